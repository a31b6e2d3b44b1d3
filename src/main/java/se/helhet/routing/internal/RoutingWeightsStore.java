package se.helhet.routing.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.platform.ConflictException;
import se.helhet.routing.internal.RoutingRules.Weights;

/** The routing weights of each function, or the defaults when it has none. */
@Repository
class RoutingWeightsStore {

	private final JdbcClient jdbc;

	RoutingWeightsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Weights of(UUID functionId) {
		return jdbc.sql("""
				select contact_weight, competence_weight, load_weight, continuity_weight, sla_risk_weight,
				 ceiling_percent from routing_weights where function_id = ?""")
			.param(functionId)
			.query((rs, n) -> new Weights(rs.getInt("contact_weight"), rs.getInt("competence_weight"),
					rs.getInt("load_weight"), rs.getInt("continuity_weight"), rs.getInt("sla_risk_weight"),
					rs.getInt("ceiling_percent")))
			.optional()
			.orElse(Weights.DEFAULTS);
	}

	/**
	 * The version the lead's form is based on: 0 while the function uses the defaults.
	 */
	int version(UUID functionId) {
		return jdbc.sql("select version from routing_weights where function_id = ?")
			.param(functionId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * Saves the weights if nobody has saved others since the form was read; two leads
	 * changing them at once never overwrite each other silently.
	 */
	@Transactional
	void save(UUID functionId, Weights weights, String by, int basedOnVersion) {
		Optional<Row> current = jdbc
			.sql("select version, updated_by from routing_weights where function_id = ? for update")
			.param(functionId)
			.query((rs, n) -> new Row(rs.getInt("version"), rs.getString("updated_by")))
			.optional();
		int version = current.map(Row::version).orElse(0);
		if (version != basedOnVersion) {
			throw stale(current.map(Row::updatedBy).orElse(null));
		}
		if (current.isPresent()) {
			jdbc.sql("""
					update routing_weights set contact_weight = ?, competence_weight = ?, load_weight = ?,
					 continuity_weight = ?, sla_risk_weight = ?, ceiling_percent = ?, updated_by = ?, updated_at = ?,
					 version = version + 1 where function_id = ?""")
				.params(weights.contact(), weights.competence(), weights.load(), weights.continuity(),
						weights.slaRisk(), weights.ceilingPercent(), by, OffsetDateTime.now(), functionId)
				.update();
			return;
		}
		try {
			jdbc.sql("""
					insert into routing_weights (function_id, contact_weight, competence_weight, load_weight,
					 continuity_weight, sla_risk_weight, ceiling_percent, updated_by, updated_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
				.params(functionId, weights.contact(), weights.competence(), weights.load(), weights.continuity(),
						weights.slaRisk(), weights.ceilingPercent(), by, OffsetDateTime.now())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw stale(null);
		}
	}

	private static ConflictException stale(String by) {
		return new ConflictException("Vikterna har sparats av " + (by == null ? "någon annan" : by)
				+ " sedan du öppnade sidan. Dina värden står kvar i formuläret; jämför med de sparade och spara igen.");
	}

	private record Row(int version, String updatedBy) {
	}

}
