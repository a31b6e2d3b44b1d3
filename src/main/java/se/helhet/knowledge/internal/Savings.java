package se.helhet.knowledge.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.requests.RequestEvents.RequestJoined;
import se.helhet.requests.RequestEvents.RequestMerged;

/**
 * Work not done twice, counted per förvaltning and function: requesters who joined a
 * request on the same question instead of filing another, duplicates merged by a handler,
 * and questions an article or governing document answered before anything was filed. The
 * insights module turns the counts into time and money.
 */
@Service
public class Savings {

	/** What was saved. */
	public enum Kind {

		/** A requester joined an existing request instead of filing a new one. */
		UNDVIKEN_DUBBLETT,
		/** A handler merged a duplicate into the request on the same question. */
		SAMMANFOGAD,
		/** An article or governing document answered the question; nothing was filed. */
		AVLEDD

	}

	/** Counts of one kind for one function and förvaltning. */
	public record Count(Kind kind, UUID functionId, UUID forvaltningId, long count) {
	}

	private final JdbcClient jdbc;

	Savings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void record(Kind kind, UUID functionId, UUID forvaltningId, UUID requestId, UUID articleId,
			String username) {
		jdbc.sql("""
				insert into kn_saving (id, kind, function_id, forvaltning_id, request_id, article_id, username, at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), kind.name(), functionId, forvaltningId, requestId, articleId, username,
					OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	@ApplicationModuleListener
	void on(RequestJoined joined) {
		record(Kind.UNDVIKEN_DUBBLETT, joined.functionId(), joined.forvaltningId(), joined.requestId(), null,
				joined.username());
	}

	@ApplicationModuleListener
	void on(RequestMerged merged) {
		record(Kind.SAMMANFOGAD, merged.functionId(), merged.forvaltningId(), merged.duplicateId(), null, merged.by());
	}

	/** The counts between the two times, per kind, function and förvaltning. */
	@Transactional(readOnly = true)
	public List<Count> counts(OffsetDateTime from, OffsetDateTime to) {
		return jdbc.sql("""
				select kind, function_id, forvaltning_id, count(*) as n from kn_saving
				where at >= ? and at < ? group by kind, function_id, forvaltning_id
				order by kind, function_id""")
			.params(from, to)
			.query((rs, row) -> new Count(Kind.valueOf(rs.getString("kind")), rs.getObject("function_id", UUID.class),
					rs.getObject("forvaltning_id", UUID.class), rs.getLong("n")))
			.list();
	}

}
