package se.helhet.routing.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

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

	@Transactional
	void save(UUID functionId, Weights weights, String by) {
		jdbc.sql("delete from routing_weights where function_id = ?").param(functionId).update();
		jdbc.sql("""
				insert into routing_weights (function_id, contact_weight, competence_weight, load_weight,
				 continuity_weight, sla_risk_weight, ceiling_percent, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(functionId, weights.contact(), weights.competence(), weights.load(), weights.continuity(),
					weights.slaRisk(), weights.ceilingPercent(), by, OffsetDateTime.now())
			.update();
	}

}
