package se.helhet.knowledge.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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

import se.helhet.knowledge.ArticleStatus;
import se.helhet.knowledge.ArticleView;
import se.helhet.knowledge.Audience;
import se.helhet.knowledge.Knowledge;
import se.helhet.knowledge.Knowledge.ArticleQuery;
import se.helhet.knowledge.Knowledge.SaveArticle;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.ETags;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.ValidationException;

/**
 * Knowledge articles as JSON. Everyone logged in reads the published articles for the
 * förvaltningar; drafts, archived and function-only articles answer 404 outside the
 * function. The function's staff write and change; its lead and the owner publish and
 * archive.
 */
@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Kunskapsartiklar", description = "Artiklar i Markdown med status, målgrupp, taggar och återkoppling")
class ArticlesApiController {

	private final Knowledge knowledge;

	ArticlesApiController(Knowledge knowledge) {
		this.knowledge = knowledge;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Artiklar",
			description = "De artiklar du får läsa. Filtrera på functionId, tag, q (alla ord ska finnas) och status "
					+ "(UTKAST, PUBLICERAD, ARKIVERAD); utan status visas publicerade och utkast, inte arkiverade.")
	List<ArticleJson> list(@RequestParam(required = false) UUID functionId, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String q, @RequestParam(required = false) String status, CurrentUser user) {
		ArticleStatus chosen = ArticleStatus.parse(status).orElse(null);
		if (status != null && !status.isBlank() && chosen == null) {
			throw new ValidationException(Map.of("status", "status ska vara UTKAST, PUBLICERAD eller ARKIVERAD."));
		}
		return knowledge.articles(new ArticleQuery(functionId, tag, q, chosen), user)
			.stream()
			.map(ArticleJson::of)
			.toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "En artikel",
			description = "Med texten i Markdown (body) och som säker HTML (html), och ETag.")
	ResponseEntity<ArticleJson> one(@PathVariable UUID id, CurrentUser user) {
		ArticleView article = readable(id, user);
		return ResponseEntity.ok().eTag(ETags.of(article.version())).body(ArticleJson.of(article));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Skriv en artikel",
			description = "Sparas som utkast. Utan functionId gäller din egen funktion; audience är FORVALTNINGAR "
					+ "(standard) eller FUNKTIONEN; tags är en lista; owner ett användarnamn (standard: du).")
	ResponseEntity<ArticleJson> create(@RequestBody ArticleRequest request, CurrentUser user) {
		ArticleView article = knowledge.writeArticle(request.toCommand(null), user);
		return ResponseEntity.created(URI.create("/api/v1/articles/" + article.id()))
			.eTag(ETags.of(article.version()))
			.body(ArticleJson.of(article));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Ändra en artikel",
			description = "Skicka If-Match med artikelns ETag; en ändring på en gammal version ger 412.")
	ResponseEntity<ArticleJson> update(@PathVariable UUID id, @RequestBody ArticleRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
		readable(id, user);
		ArticleView article = knowledge.changeArticle(id, request.toCommand(ETags.version(ifMatch, "en")), user);
		return ResponseEntity.ok().eTag(ETags.of(article.version())).body(ArticleJson.of(article));
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasAnyRole('HANDLER', 'FUNCTION_LEAD', 'ADMIN')")
	@Operation(summary = "Publicera, arkivera eller gör till utkast",
			description = "Funktionens chef och artikelns ägare. {\"status\": \"PUBLICERAD\"}; skicka If-Match med "
					+ "artikelns ETag, en gammal version ger 412. Artiklar tas inte bort; de arkiveras.")
	ResponseEntity<ArticleJson> move(@PathVariable UUID id, @RequestBody StatusRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
		readable(id, user);
		ArticleStatus to = ArticleStatus.parse(request.status()).orElse(null);
		if (to == null) {
			throw new ValidationException(Map.of("status", "status ska vara UTKAST, PUBLICERAD eller ARKIVERAD."));
		}
		ArticleView article = knowledge.moveArticle(id, to, ETags.version(ifMatch, "en"), user);
		return ResponseEntity.ok().eTag(ETags.of(article.version())).body(ArticleJson.of(article));
	}

	@PostMapping("/{id}/feedback")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Var det här till hjälp?",
			description = "{\"helpful\": true} eller false; en röst per person, den senaste gäller.")
	ArticleJson feedback(@PathVariable UUID id, @RequestBody FeedbackRequest request, CurrentUser user) {
		readable(id, user);
		if (request.helpful() == null) {
			throw new ValidationException(Map.of("helpful", "helpful ska vara true eller false."));
		}
		return ArticleJson.of(knowledge.answerHelpful(id, request.helpful(), user));
	}

	private ArticleView readable(UUID id, CurrentUser user) {
		return knowledge.article(id, user).orElseThrow(() -> new NotFoundException("Artikeln finns inte."));
	}

	/** An article as the API shows it. */
	record ArticleJson(UUID id, UUID functionId, String title, String body, String html, List<String> tags,
			String owner, String ownerName, ArticleStatus status, Audience audience, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, OffsetDateTime publishedAt, int helpfulYes, int helpfulNo, int version) {

		static ArticleJson of(ArticleView a) {
			return new ArticleJson(a.id(), a.functionId(), a.title(), a.body(), a.html(), a.tags(), a.owner(),
					a.ownerName(), a.status(), a.audience(), a.createdAt(), a.updatedAt(), a.publishedAt(),
					a.helpfulYes(), a.helpfulNo(), a.version());
		}

	}

	/** What a client sends to write or change an article. */
	record ArticleRequest(UUID functionId, String title, String body, List<String> tags, String audience,
			String owner) {

		SaveArticle toCommand(Integer version) {
			return new SaveArticle(functionId, title, body, tags == null ? "" : String.join(",", tags), audience, owner,
					version);
		}

	}

	record StatusRequest(String status) {
	}

	record FeedbackRequest(Boolean helpful) {
	}

}
