package se.helhet.requests.internal;

import java.util.UUID;

import se.helhet.platform.Text;
import se.helhet.requests.RequestStatus;

/**
 * When a duplicate may be merged into another request. Merging moves everything written
 * in the duplicate to the target, so the target must be handled by the same function, be
 * still alive, and not show the content to people who could not see it before.
 */
final class MergeRules {

	private MergeRules() {
	}

	/** What the rules look at on each side. */
	record Side(String number, UUID functionId, boolean confidential, RequestStatus status, boolean merged,
			String requesterUsername) {
	}

	/** Why the duplicate may not be merged into the target, or null when it may. */
	static Text problem(Side duplicate, Side into) {
		if (!duplicate.functionId().equals(into.functionId())) {
			return Text.of(
					"Bara ärenden i samma funktion kan sammanfogas. " + into.number()
							+ " handläggs av en annan funktion; länka ärendena i stället.",
					"Only requests of the same function can be merged. " + into.number()
							+ " is handled by another function; link the requests instead.");
		}
		if (into.merged()) {
			return Text.of(
					into.number() + " är redan sammanfogat med ett annat ärende. Sammanfoga med det ärendet i stället.",
					into.number() + " has already been merged into another request. Merge into that one instead.");
		}
		if (into.status() == RequestStatus.STANGD) {
			return Text.of(
					into.number() + " är stängt. Sammanfoga med ett öppet eller löst ärende, eller länka ärendena.",
					into.number() + " is closed. Merge into an open or resolved request, or link the requests.");
		}
		if (duplicate.confidential() && !into.confidential()) {
			return Text.of(
					duplicate.number() + " är ett sekretessärende och kan inte sammanfogas med " + into.number()
							+ ", som inte är det: innehållet skulle bli synligt för fler än de som får se det.",
					duplicate.number() + " is confidential and cannot be merged into " + into.number()
							+ ", which is not: its content would be seen by more people than may see it.");
		}
		if (!duplicate.confidential() && into.confidential()
				&& !duplicate.requesterUsername().equals(into.requesterUsername())) {
			return Text.of(
					into.number() + " är ett sekretessärende som beställaren av " + duplicate.number()
							+ " inte får se. Länka ärendena i stället.",
					into.number() + " is confidential and the requester of " + duplicate.number()
							+ " may not see it. Link the requests instead.");
		}
		return null;
	}

}
