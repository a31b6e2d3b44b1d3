package se.helhet.routing.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

}
