package se.helhet.knowledge.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.catalogue.ServiceRoutines;
import se.helhet.knowledge.DocumentView;
import se.helhet.requests.ServiceGuidance;

/**
 * Tells the intake form, the request page and the catalogue which routine a service
 * follows: the governing document linked to it. Governing documents are public to
 * everyone logged in, so the guidance can be shown to any requester.
 */
@Component
class RoutineGuidance implements ServiceGuidance, ServiceRoutines {

	private final GoverningDocumentService documents;

	RoutineGuidance(GoverningDocumentService documents) {
		this.documents = documents;
	}

	@Override
	public Optional<Guidance> forService(UUID serviceId, Locale locale) {
		return documents.routineOf(serviceId)
			.map(d -> new Guidance(d.id(), d.title(), d.type().name(), documents.services(d.id()).summary(), url(d),
					d.current().validFrom(), d.current().number()));
	}

	@Override
	public Optional<Routine> routineOf(UUID serviceId) {
		return documents.routineOf(serviceId)
			.map(d -> new Routine(d.id(), d.title(), d.type().name(), d.current().number(), url(d)));
	}

	private static String url(DocumentView document) {
		return "/kunskap/styrdokument/" + document.id();
	}

}
