package se.helhet.knowledge.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.helhet.knowledge.DocumentType;
import se.helhet.knowledge.DocumentVersionView;
import se.helhet.knowledge.DocumentView;
import se.helhet.knowledge.Knowledge;
import se.helhet.knowledge.Knowledge.DocumentServices;
import se.helhet.knowledge.Knowledge.LinkServices;
import se.helhet.knowledge.Knowledge.NewDocument;
import se.helhet.knowledge.Knowledge.NewVersion;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.ETags;
import se.helhet.platform.NotFoundException;

/**
 * Governing documents as JSON. Everyone logged in reads them and their versions; the
 * function's lead (and the administrator) adds documents and new versions. Versions are
 * never changed or removed: a change is a new version.
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Styrdokument", description = "Policyer, riktlinjer, rutiner och instruktioner med versioner")
class DocumentsApiController {

	private final Knowledge knowledge;

	DocumentsApiController(Knowledge knowledge) {
		this.knowledge = knowledge;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Styrdokument", description = "Alla, eller en funktions (functionId), med gällande version. "
			+ "overdue är true när datumet för översyn har passerat.")
	List<DocumentJson> list(@RequestParam(required = false) UUID functionId) {
		LocalDate today = today();
		return knowledge.documents(functionId).stream().map(d -> json(d, today)).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Ett styrdokument", description = "Med gällande version och ETag.")
	ResponseEntity<DocumentJson> one(@PathVariable UUID id) {
		DocumentView document = existing(id);
		return ResponseEntity.ok().eTag(ETags.of(document.version())).body(json(document, today()));
	}

	@GetMapping("/{id}/versions")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Versionshistorik", description = "Nyast först; replacedBy anger versionen som ersatte den.")
	List<VersionJson> versions(@PathVariable UUID id) {
		existing(id);
		return knowledge.versions(id).stream().map(VersionJson::of).toList();
	}

	@GetMapping("/{id}/versions/{number}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "En version", description = "Äldre versioner går alltid att läsa.")
	VersionJson version(@PathVariable UUID id, @PathVariable String number) {
		existing(id);
		return knowledge.versions(id)
			.stream()
			.filter(v -> String.valueOf(v.number()).equals(number))
			.findFirst()
			.map(VersionJson::of)
			.orElseThrow(() -> new NotFoundException("Versionen finns inte."));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Lägg till ett styrdokument",
			description = "type är POLICY, RIKTLINJE, RUTIN eller INSTRUKTION; datum som ÅÅÅÅ-MM-DD. Utan functionId "
					+ "gäller din egen funktion; owner är ett användarnamn (standard: du). serviceIds: katalogtjänsterna "
					+ "i funktionen som dokumentet gäller; requesterSummary: det beställaren ska veta innan hen beställer.")
	ResponseEntity<DocumentJson> create(@RequestBody DocumentRequest request, CurrentUser user) {
		DocumentView document = knowledge.createDocument(
				new NewDocument(request.functionId(), request.title(), request.type(), request.owner(), request.body(),
						request.decidedBy(), request.decisionDate(), request.validFrom(), request.reviewDate()),
				new LinkServices(request.serviceIds(), request.requesterSummary(), null), user);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id()))
			.eTag(ETags.of(document.version()))
			.body(json(document, today()));
	}

	@PutMapping("/{id}/services")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Tjänster som dokumentet gäller",
			description = "{\"serviceIds\": [...], \"requesterSummary\": \"...\"} ersätter listan. Tjänsterna ska höra till "
					+ "dokumentets funktion. Skicka If-Match med dokumentets ETag; har någon hunnit ändra ger det 412.")
	ResponseEntity<DocumentJson> services(@PathVariable UUID id, @RequestBody ServicesRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
		existing(id);
		DocumentView document = knowledge.linkServices(id, new LinkServices(request.serviceIds(),
				request.requesterSummary(), ETags.version(ifMatch, "dokumentets")), user);
		return ResponseEntity.ok().eTag(ETags.of(document.version())).body(json(document, today()));
	}

	@PostMapping("/{id}/versions")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Ny version",
			description = "Beslut, datum och vad som ändrats (changeNote). Skicka If-Match med dokumentets ETag; "
					+ "har någon hunnit lägga till en version ger det 412.")
	ResponseEntity<DocumentJson> revise(@PathVariable UUID id, @RequestBody VersionRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
		existing(id);
		DocumentView document = knowledge.reviseDocument(id,
				new NewVersion(request.body(), request.decidedBy(), request.decisionDate(), request.validFrom(),
						request.reviewDate(), request.changeNote(), ETags.version(ifMatch, "dokumentets")),
				user);
		return ResponseEntity
			.created(URI.create("/api/v1/documents/" + id + "/versions/" + document.current().number()))
			.eTag(ETags.of(document.version()))
			.body(json(document, today()));
	}

	private DocumentJson json(DocumentView document, LocalDate today) {
		return DocumentJson.of(document, today, knowledge.documentServices(document.id()));
	}

	private DocumentView existing(UUID id) {
		return knowledge.document(id).orElseThrow(() -> new NotFoundException("Styrdokumentet finns inte."));
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Stockholm"));
	}

	/** A governing document with its current version. */
	record DocumentJson(UUID id, UUID functionId, String title, DocumentType type, String owner, String ownerName,
			LocalDate reviewDate, boolean overdue, VersionJson current, int version, List<UUID> serviceIds,
			String requesterSummary) {

		static DocumentJson of(DocumentView d, LocalDate today, DocumentServices services) {
			return new DocumentJson(d.id(), d.functionId(), d.title(), d.type(), d.owner(), d.ownerName(),
					d.reviewDate(), d.overdue(today), VersionJson.of(d.current()), d.version(), services.serviceIds(),
					services.requesterSummary());
		}

	}

	/** One version; replacedBy is null for the current one. */
	record VersionJson(int number, String body, String html, String decidedBy, LocalDate decisionDate,
			LocalDate validFrom, LocalDate reviewDate, String changeNote, String createdBy, OffsetDateTime createdAt,
			Integer replacedBy) {

		static VersionJson of(DocumentVersionView v) {
			return new VersionJson(v.number(), v.body(), v.html(), v.decidedBy(), v.decisionDate(), v.validFrom(),
					v.reviewDate(), v.changeNote(), v.createdBy(), v.createdAt(), v.replacedBy());
		}

	}

	record DocumentRequest(UUID functionId, String title, String type, String owner, String body, String decidedBy,
			String decisionDate, String validFrom, String reviewDate, List<UUID> serviceIds, String requesterSummary) {
	}

	record ServicesRequest(List<UUID> serviceIds, String requesterSummary) {
	}

	record VersionRequest(String body, String decidedBy, String decisionDate, String validFrom, String reviewDate,
			String changeNote) {
	}

}
