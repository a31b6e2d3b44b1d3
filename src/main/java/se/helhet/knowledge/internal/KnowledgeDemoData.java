package se.helhet.knowledge.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.knowledge.ArticleStatus;
import se.helhet.knowledge.ArticleView;
import se.helhet.catalogue.Catalogue;
import se.helhet.knowledge.Knowledge.LinkServices;
import se.helhet.knowledge.Knowledge.NewDocument;
import se.helhet.knowledge.Knowledge.NewVersion;
import se.helhet.knowledge.Knowledge.SaveArticle;
import se.helhet.knowledge.internal.DemoKnowledgeTexts.Entry;
import se.helhet.knowledge.DocumentView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.DemoDataContributor;
import se.helhet.platform.Role;

/**
 * The demo knowledge base: articles and governing documents of the three functions (the
 * documents linked to the catalogue services they govern), from
 * {@code demo/knowledge/articles.md} and {@code demo/knowledge/documents.md}.
 */
@Component
class KnowledgeDemoData implements DemoDataContributor {

	static final String ARTICLES = "/demo/knowledge/articles.md";

	static final String DOCUMENTS = "/demo/knowledge/documents.md";

	private final JdbcClient jdbc;

	private final ArticleService articles;

	private final GoverningDocumentService documents;

	private final Organisation organisation;

	private final Catalogue catalogue;

	KnowledgeDemoData(JdbcClient jdbc, ArticleService articles, GoverningDocumentService documents,
			Organisation organisation, Catalogue catalogue) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.articles = articles;
		this.documents = documents;
		this.organisation = organisation;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select count(*) from kn_article").query(Long.class).single() > 0;
	}

	@Override
	@Transactional
	public void load(DemoSeed seed) {
		Map<String, UUID> functions = organisation.functions()
			.stream()
			.collect(Collectors.toMap(UnitView::shortName, UnitView::id));
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		// services by Swedish name, for the documents' "tjänster:" lines
		Map<String, UUID> services = new java.util.HashMap<>();
		catalogue.services().forEach(s -> services.put(s.nameSv(), s.id()));
		for (Entry entry : DemoKnowledgeTexts.read(ARTICLES)) {
			CurrentUser owner = person(entry.key("ägare"));
			ArticleView article = articles.write(new SaveArticle(functions.get(entry.key("funktion")), entry.title(),
					entry.body(), entry.keys().getOrDefault("taggar", ""),
					entry.keys().getOrDefault("målgrupp", "FORVALTNINGAR"), owner.username(), null), owner);
			ArticleStatus status = ArticleStatus.valueOf(entry.keys().getOrDefault("status", "PUBLICERAD"));
			if (status != ArticleStatus.UTKAST) {
				articles.move(article.id(), ArticleStatus.PUBLICERAD, null, owner);
			}
			if (status == ArticleStatus.ARKIVERAD) {
				articles.move(article.id(), ArticleStatus.ARKIVERAD, null, owner);
			}
		}
		for (Entry entry : DemoKnowledgeTexts.read(DOCUMENTS)) {
			CurrentUser owner = person(entry.key("ägare"));
			Entry first = entry.versions().getFirst();
			DocumentView document = documents.create(new NewDocument(functions.get(entry.key("funktion")),
					entry.title(), entry.key("typ"), owner.username(), first.body(), first.key("beslutat"),
					DemoKnowledgeTexts.date(first.key("beslutsdatum"), today),
					DemoKnowledgeTexts.date(first.key("gäller"), today),
					DemoKnowledgeTexts.date(first.key("översyn"), today)), owner);
			for (Entry next : entry.versions().subList(1, entry.versions().size())) {
				document = documents.revise(document.id(),
						new NewVersion(next.body(), next.key("beslutat"),
								DemoKnowledgeTexts.date(next.key("beslutsdatum"), today),
								DemoKnowledgeTexts.date(next.key("gäller"), today),
								DemoKnowledgeTexts.date(next.key("översyn"), today), next.key("ändring"), null),
						owner);
			}
			String serviceNames = entry.keys().getOrDefault("tjänster", "");
			String summary = entry.keys().get("sammanfattning");
			if (!serviceNames.isBlank() || summary != null) {
				List<UUID> serviceIds = java.util.Arrays.stream(serviceNames.split(";"))
					.map(String::strip)
					.filter(name -> !name.isEmpty())
					.map(name -> services.computeIfAbsent(name, n -> {
						throw new IllegalStateException(
								"Demo document \"" + entry.title() + "\" names no service " + n);
					}))
					.toList();
				documents.linkServices(document.id(), new LinkServices(serviceIds, summary, null), owner);
			}
		}
	}

	/** The demo account as the author: the administrator's rights, the owner's name. */
	private static CurrentUser person(String username) {
		return new CurrentUser(null, username, username, null, Set.of(Role.ADMIN), null, null);
	}

}
