package se.helhet.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.platform.CurrentUser;
import se.helhet.requests.RequestsForSearch;
import se.helhet.requests.internal.RequestVisibility.Condition;

/** Requests as the search index reads them; visibility by the request page's own rule. */
@Service
@Transactional(readOnly = true)
class RequestSearchFeed implements RequestsForSearch {

	private static final String COLUMNS = "r.id, r.number, r.function_id, r.function_code, r.service_id, r.service_name, "
			+ "r.forvaltning_id, r.forvaltning_name, r.confidential, r.competence_id, r.requester_username, "
			+ "r.assignee_staff_id, r.title, r.description, r.status, r.merged_into, r.created_at, r.updated_at";

	/* Enough for a page of hits; a caller asking about more is cut, never an error. */
	private static final int MAX_IDS = 500;

	private final JdbcClient jdbc;

	private final RequestService requests;

	RequestSearchFeed(JdbcClient jdbc, RequestService requests) {
		this.jdbc = jdbc;
		this.requests = requests;
	}

	@Override
	public List<IndexEntry> entries(UUID afterId, int limit) {
		if (afterId == null) {
			return jdbc.sql("select " + COLUMNS + " from req_request r order by r.id limit ?")
				.param(limit)
				.query(RequestSearchFeed::entry)
				.list();
		}
		return jdbc.sql("select " + COLUMNS + " from req_request r where r.id > ? order by r.id limit ?")
			.param(afterId)
			.param(limit)
			.query(RequestSearchFeed::entry)
			.list();
	}

	@Override
	public List<Change> changesAfter(OffsetDateTime updatedAt, UUID afterId, int limit) {
		return jdbc.sql(
				"select r.id, r.updated_at from req_request r where r.updated_at > ? or (r.updated_at = ? and r.id > ?)"
						+ " order by r.updated_at, r.id limit ?")
			.param(updatedAt)
			.param(updatedAt)
			.param(afterId == null ? new UUID(0, 0) : afterId)
			.param(limit)
			.query((rs, n) -> new Change(rs.getObject("id", UUID.class),
					rs.getObject("updated_at", OffsetDateTime.class)))
			.list();
	}

	@Override
	public List<IndexEntry> entries(Collection<UUID> ids) {
		List<IndexEntry> found = new ArrayList<>();
		List<UUID> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += MAX_IDS) {
			List<UUID> part = all.subList(from, Math.min(all.size(), from + MAX_IDS));
			String in = String.join(", ", part.stream().map(id -> "?").toList());
			found.addAll(jdbc.sql("select " + COLUMNS + " from req_request r where r.id in (" + in + ")")
				.params(List.<Object>copyOf(part))
				.query(RequestSearchFeed::entry)
				.list());
		}
		return found;
	}

	@Override
	public long count() {
		return jdbc.sql("select count(*) from req_request").query(Long.class).single();
	}

	@Override
	public Set<UUID> visibleTo(Collection<UUID> ids, CurrentUser user) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		List<UUID> asked = ids.stream().distinct().limit(MAX_IDS).toList();
		Condition visible = RequestVisibility.sql(requests.viewer(user));
		List<Object> params = new ArrayList<>(visible.params());
		params.addAll(asked);
		String in = String.join(", ", asked.stream().map(id -> "?").toList());
		return new HashSet<>(
				jdbc.sql("select r.id from req_request r where " + visible.sql() + " and r.id in (" + in + ")")
					.params(params)
					.query(UUID.class)
					.list());
	}

	@Override
	public Set<UUID> followedBy(String username) {
		return new HashSet<>(jdbc.sql("select request_id from req_follower where username = ?")
			.param(username)
			.query(UUID.class)
			.list());
	}

	private static IndexEntry entry(ResultSet rs, int row) throws SQLException {
		return new IndexEntry(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("function_id", UUID.class), rs.getString("function_code"),
				rs.getObject("service_id", UUID.class), rs.getString("service_name"),
				rs.getObject("forvaltning_id", UUID.class), rs.getString("forvaltning_name"),
				rs.getBoolean("confidential"), rs.getObject("competence_id", UUID.class),
				rs.getString("requester_username"), rs.getObject("assignee_staff_id", UUID.class),
				rs.getString("title"), rs.getString("description"),
				// a merged request lives on in another: never a suggestion of its own
				rs.getObject("merged_into", UUID.class) != null ? RequestsForSearch.MERGED : rs.getString("status"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
	}

}
