package se.helhet.knowledge.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import se.helhet.catalogue.ServiceView;
import se.helhet.knowledge.ArticleView;
import se.helhet.knowledge.DocumentView;
import se.helhet.knowledge.internal.search.AnswerRanking;
import se.helhet.knowledge.internal.search.SameQuestion;
import se.helhet.requests.RequestsForSearch;
import se.helhet.requests.RequestsForSearch.IndexEntry;

/**
 * The fields of the search index and how each kind of thing becomes a Lucene document.
 */
final class SearchFields {

	static final String KEY = "key";

	static final String TYPE = "type";

	static final String ID = "id";

	static final String TITLE = "title";

	static final String BODY = "body";

	static final String NUMBER = "number";

	static final String STATUS = "status";

	static final String FUNCTION = "function";

	static final String FORVALTNING = "forvaltning";

	static final String CONFIDENTIAL = "confidential";

	static final String REQUESTER = "requester";

	static final String AUDIENCE = "audience";

	static final String OPEN = "open";

	static final String UPDATED = "updated";

	static final String EXTRA = "extra";

	/**
	 * The ISO week of a request's last change, e.g. 2026-W48: "solved lately" as terms.
	 */
	static final String WEEK = "week";

	/**
	 * How long a solved or closed request stays among the similar-request candidates
	 * after its last change: the 90 days of {@link SearchService#RECENTLY_SOLVED} and two
	 * weeks more, as the query's recency filter counts in whole weeks. The filter
	 * decides; the candidates need only hold everything it may let through.
	 */
	static final long CANDIDATE_DAYS = SearchService.RECENTLY_SOLVED.toDays() + 14;

	/* Stored for snippets; a longer body is cut, the whole of it is still searched. */
	static final int STORED_BODY = 20_000;

	private SearchFields() {
	}

	static String key(SearchType type, UUID id) {
		return type.name() + ":" + id;
	}

	static Document service(ServiceView service) {
		Document document = base(SearchType.SERVICE, service.id(), service.nameSv(), service.descriptionSv());
		document.add(new StringField(FUNCTION, service.functionId().toString(), Field.Store.YES));
		document.add(new StringField(OPEN, Boolean.toString(service.active()), Field.Store.NO));
		document.add(new StoredField(EXTRA, service.nameEn() == null ? "" : service.nameEn()));
		AnswerRanking.addFields(document, service.nameSv() + " " + (service.nameEn() == null ? "" : service.nameEn()),
				service.descriptionSv());
		return document;
	}

	static Document article(ArticleView article) {
		Document document = base(SearchType.ARTICLE, article.id(), article.title(),
				Markdown.toPlainText(article.body()));
		document.add(new StringField(FUNCTION, article.functionId().toString(), Field.Store.YES));
		document.add(new StringField(STATUS, article.status().name(), Field.Store.YES));
		document.add(new StringField(AUDIENCE, article.audience().name(), Field.Store.YES));
		AnswerRanking.addFields(document, article.title() + " " + String.join(" ", article.tags()),
				Markdown.toPlainText(article.body()));
		return document;
	}

	static Document governingDocument(DocumentView governing, String body) {
		String text = Markdown.toPlainText(body);
		Document document = base(SearchType.DOCUMENT, governing.id(), governing.title(), text);
		document.add(new StringField(FUNCTION, governing.functionId().toString(), Field.Store.YES));
		document.add(new StoredField(EXTRA, governing.type().name()));
		AnswerRanking.addFields(document, governing.title(), text);
		return document;
	}

	static Document request(IndexEntry request) {
		Document document = base(SearchType.REQUEST, request.id(), request.title(), request.description());
		document.add(new StringField(NUMBER, request.number(), Field.Store.YES));
		document.add(new StringField(STATUS, request.status(), Field.Store.YES));
		document.add(new StringField(FUNCTION, request.functionId().toString(), Field.Store.YES));
		document.add(new StringField(FORVALTNING, request.forvaltningId().toString(), Field.Store.YES));
		document.add(new StringField(CONFIDENTIAL, Boolean.toString(request.confidential()), Field.Store.YES));
		document.add(new StringField(REQUESTER, request.requesterUsername(), Field.Store.NO));
		document.add(new StringField(OPEN, Boolean.toString(request.open()), Field.Store.NO));
		document.add(new LongField(UPDATED, millis(request.updatedAt()), Field.Store.YES));
		if (request.updatedAt() != null) {
			document.add(new StringField(WEEK, week(request.updatedAt().toLocalDate()), Field.Store.NO));
		}
		document.add(new StoredField(EXTRA, request.functionCode()));
		// one analysed text field: a million requests must re-index within minutes, and
		// the search box reads the same field the similar-request detection does
		SameQuestion.addFields(document, request.title(), request.description());
		return document;
	}

	private static Document base(SearchType type, UUID id, String title, String body) {
		Document document = new Document();
		document.add(new StringField(KEY, key(type, id), Field.Store.NO));
		document.add(new StringField(TYPE, type.name(), Field.Store.YES));
		document.add(new StringField(ID, id.toString(), Field.Store.YES));
		document.add(new StoredField(TITLE, title == null ? "" : title));
		String text = body == null ? "" : body;
		document.add(new StoredField(BODY, text.length() > STORED_BODY ? text.substring(0, STORED_BODY) : text));
		return document;
	}

	/**
	 * Whether a document is a request that can be a similar-request candidate now or
	 * until the next sweep: open, or changed within {@link #CANDIDATE_DAYS} days. A
	 * merged request never is (it lives on in the one it was merged into).
	 */
	static boolean maySoonBeSimilar(Document document, Instant now) {
		if (!SearchType.REQUEST.name().equals(document.get(TYPE))
				|| RequestsForSearch.MERGED.equals(document.get(STATUS))) {
			return false;
		}
		if ("true".equals(document.get(OPEN))) {
			return true;
		}
		IndexableField updated = document.getField(UPDATED);
		return updated != null && updated.numericValue() != null
				&& updated.numericValue().longValue() >= now.minus(Duration.ofDays(CANDIDATE_DAYS)).toEpochMilli();
	}

	/**
	 * A request's document as the candidates hold it: with the compared words as doc
	 * values, which every similar-request query reads for its candidates. Added after the
	 * whole index has taken the document, which does without them.
	 */
	static Document asCandidate(Document request) {
		SameQuestion.addTermValues(request);
		if (request.getField(SHOWN) == null) {
			String shown = String.join(SEPARATOR, request.get(ID), request.get(NUMBER), request.get(STATUS),
					request.get(CONFIDENTIAL), request.get(EXTRA), request.get(TITLE));
			request.add(new BinaryDocValuesField(SHOWN, new BytesRef(shown)));
		}
		return request;
	}

	/**
	 * What a similar request shows, and what decides whether it may be shown, as one doc
	 * value of the candidates: id, number, status, confidential, function code and title.
	 * Read by position for a query's few matches, without unpacking stored fields.
	 */
	static final String SHOWN = "shown";

	private static final String SEPARATOR = "\u001f";

	/**
	 * A candidate's {@link #SHOWN} value, split: id, number, status, confidential, code,
	 * title.
	 */
	static String[] shown(String value) {
		return value.split(SEPARATOR, 6);
	}

	/**
	 * The candidates no longer so: solved, closed or merged, and unchanged for longer
	 * than {@link #CANDIDATE_DAYS} days.
	 */
	static Query noLongerSimilar(Instant now) {
		return new BooleanQuery.Builder().add(new TermQuery(new Term(OPEN, "false")), Occur.FILTER)
			.add(LongField.newRangeQuery(UPDATED, Long.MIN_VALUE,
					now.minus(Duration.ofDays(CANDIDATE_DAYS)).toEpochMilli() - 1), Occur.FILTER)
			.build();
	}

	static String week(java.time.LocalDate day) {
		return day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W" + String.format(java.util.Locale.ROOT,
				"%02d", day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** The weeks from the given day up to today, as {@link #WEEK} terms. */
	static java.util.List<org.apache.lucene.util.BytesRef> weeksSince(java.time.LocalDate from,
			java.time.LocalDate today) {
		java.util.List<org.apache.lucene.util.BytesRef> weeks = new java.util.ArrayList<>();
		for (java.time.LocalDate day = from; !day.isAfter(today.plusDays(7)); day = day.plusDays(7)) {
			weeks.add(new org.apache.lucene.util.BytesRef(week(day)));
		}
		return weeks;
	}

	static long millis(OffsetDateTime time) {
		return time == null ? 0 : time.toInstant().toEpochMilli();
	}

}
