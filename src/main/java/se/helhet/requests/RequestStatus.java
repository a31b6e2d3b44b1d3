package se.helhet.requests;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a request: Ny → Tilldelad → Pågår → Väntar på beställare → Löst →
 * Stängd. The names are part of the API.
 */
public enum RequestStatus {

	NY, TILLDELAD, PAGAR, VANTAR, LOST, STANGD;

	/** The statuses a handler may move a request to from this one. */
	public Set<RequestStatus> handlerTransitions() {
		return switch (this) {
			case NY -> EnumSet.of(TILLDELAD, PAGAR, LOST);
			case TILLDELAD -> EnumSet.of(PAGAR, VANTAR, LOST);
			case PAGAR -> EnumSet.of(VANTAR, LOST);
			case VANTAR -> EnumSet.of(PAGAR, LOST);
			case LOST -> EnumSet.of(PAGAR, STANGD);
			case STANGD -> EnumSet.noneOf(RequestStatus.class);
		};
	}

	public boolean open() {
		return this != LOST && this != STANGD;
	}

	public String labelKey() {
		return "status." + name();
	}

}
