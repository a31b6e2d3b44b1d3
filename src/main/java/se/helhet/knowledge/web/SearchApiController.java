package se.helhet.knowledge.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.ServiceView;
import se.helhet.knowledge.internal.Savings;
import se.helhet.knowledge.internal.SearchIndexer;
import se.helhet.knowledge.internal.SearchService;
import se.helhet.knowledge.internal.SearchService.Hit;
import se.helhet.knowledge.internal.SearchService.IndexStatus;
import se.helhet.knowledge.internal.SearchService.Results;
import se.helhet.knowledge.internal.SearchType;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;
import se.helhet.platform.ValidationException;

/**
 * Search over REST: the search box ({@code /api/v1/search?q=}), similar requests
 * ({@code /api/v1/requests/similar?text=}), the counted savings, and the search index's
 * state and rebuild for the administrator.
 */
@RestController
@RequestMapping("/api/v1")
class SearchApiController {

	private final SearchService search;

	private final SearchIndexer indexer;

	private final Savings savings;

	private final Catalogue catalogue;

	SearchApiController(SearchService search, SearchIndexer indexer, Savings savings, Catalogue catalogue) {
		this.search = search;
		this.indexer = indexer;
		this.savings = savings;
		this.catalogue = catalogue;
	}

	/** A search hit: {@code type} is SERVICE, ARTICLE, DOCUMENT or REQUEST. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record HitJson(String type, UUID id, String title, String snippet, String url, String number, String status) {

		static HitJson of(Hit hit) {
			return new HitJson(hit.type().name(), hit.id(), hit.title(), hit.snippet(), hit.url(), hit.number(),
					hit.status());
		}

	}

	record SearchJson(String query, List<HitJson> hits, boolean more) {
	}

	@GetMapping("/search")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Sök tjänster, artiklar, styrdokument och ärenden",
			description = "Vilken text som helst är en giltig fråga. Svaret innehåller bara det den som frågar får se. "
					+ "Snippet är HTML-säker text där träffade ord står inom <mark>.")
	SearchJson search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "limit", defaultValue = "20") String limit, CurrentUser user) {
		String query = q == null ? ""
				: (q.length() > SearchController.MAX_QUERY ? q.substring(0, SearchController.MAX_QUERY) : q);
		SearchType kind = SearchController.parseType(type);
		if (type != null && !type.isBlank() && kind == null) {
			throw new ValidationException(
					Map.of("type", "Okänd typ. Välj SERVICE, ARTICLE, DOCUMENT eller REQUEST, eller utelämna type."));
		}
		Results results = search.search(query, kind, parseLimit(limit), user);
		return new SearchJson(query, results.hits().stream().map(HitJson::of).toList(), results.more());
	}

	/**
	 * A request on the same question. Where the caller may not see the request, only its
	 * number and a note that the function already handles the question.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SimilarJson(UUID id, String number, double score, String title, String status, String url, String note) {

		static SimilarJson of(Hit hit) {
			double score = Math.round(hit.score() * 1000) / 1000.0;
			if (!hit.details()) {
				return new SimilarJson(hit.id(), hit.number(), score, null, null, null, "Frågan handläggs redan av "
						+ hit.functionCode() + ". Du kan gå med i ärendet och få dess uppdateringar.");
			}
			return new SimilarJson(hit.id(), hit.number(), score, hit.title(), hit.status(), hit.url(), null);
		}

	}

	record SimilarListJson(List<SimilarJson> hits) {
	}

	@GetMapping("/requests/similar")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Ärenden om samma fråga",
			description = "Öppna eller nyligen lösta ärenden från alla förvaltningar som ställer samma fråga som texten. "
					+ "Sekretessärenden som den som frågar inte får se kommer aldrig med.")
	SimilarListJson similar(@RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "serviceId", required = false) UUID serviceId,
			@RequestParam(name = "limit", defaultValue = "5") String limit, CurrentUser user) {
		String words = text == null ? ""
				: (text.length() > SearchController.MAX_QUERY ? text.substring(0, SearchController.MAX_QUERY) : text);
		UUID functionId = serviceId == null ? null
				: catalogue.service(serviceId).map(ServiceView::functionId).orElse(null);
		return new SimilarListJson(search.similar(words, functionId, null, user, parseLimit(limit))
			.stream()
			.map(SimilarJson::of)
			.toList());
	}

	private static int parseLimit(String limit) {
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= SearchService.MAX_LIMIT) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// the message below says what to do
		}
		throw new ValidationException(
				Map.of("limit", "Ange limit som ett heltal mellan 1 och " + SearchService.MAX_LIMIT + "."));
	}

	record SavingJson(String kind, UUID functionId, UUID forvaltningId, long count) {
	}

	@GetMapping("/savings")
	@PreAuthorize("hasAnyRole('FUNCTION_LEAD', 'GROUP_LEAD', 'ADMIN')")
	@Operation(summary = "Undvikna dubbletter och besvarade frågor per funktion och förvaltning",
			description = "kind: UNDVIKEN_DUBBLETT (gick med i ett befintligt ärende), SAMMANFOGAD (dubblett sammanfogad), "
					+ "AVLEDD (en artikel eller ett styrdokument besvarade frågan). Standard: innevarande år.")
	List<SavingJson> savings(@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to, CurrentUser user) {
		OffsetDateTime start = parseTime(from, "from",
				OffsetDateTime.now().withDayOfYear(1).toLocalDate().atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
		OffsetDateTime end = parseTime(to, "to", OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(1));
		return savings.counts(start, end)
			.stream()
			.filter(c -> user.has(Role.ADMIN) || user.has(Role.GROUP_LEAD) || c.functionId().equals(user.unitId()))
			.map(c -> new SavingJson(c.kind().name(), c.functionId(), c.forvaltningId(), c.count()))
			.toList();
	}

	private static OffsetDateTime parseTime(String value, String field, OffsetDateTime otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return java.time.LocalDate.parse(value.strip()).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new ValidationException(Map.of(field, "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-01."));
		}
	}

	record IndexJson(Map<SearchType, Integer> counts, int total, long requestsInDatabase, boolean rebuilding,
			int percent, long done, long of, OffsetDateTime rebuildStartedAt, OffsetDateTime rebuildFinishedAt,
			String rebuildFailure, OffsetDateTime lastCatchUp) {

		static IndexJson of(IndexStatus s) {
			SearchIndexer.Progress p = s.progress();
			return new IndexJson(s.counts(), s.total(), s.requestsInDatabase(), p.running(), p.percent(), p.done(),
					p.total(), p.startedAt(), p.finishedAt(), p.failure(), s.lastCatchUp());
		}

	}

	@GetMapping("/search/index")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Sökindexets läge på den här noden")
	IndexJson index() {
		return IndexJson.of(search.status(indexer));
	}

	@PostMapping("/search/index/rebuild")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Bygg om sökindexet på den här noden", description = "Svarar 202 och bygger i bakgrunden; "
			+ "följ förloppet med GET /api/v1/search/index. Pågår redan en ombyggnad fortsätter den (202, rebuilding true).")
	ResponseEntity<IndexJson> rebuild() {
		indexer.startRebuild();
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(IndexJson.of(search.status(indexer)));
	}

}
