package se.helhet.knowledge.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.DemoDataContributor;
import se.helhet.platform.Role;

/**
 * The demo functions' synonyms: the abbreviations and everyday words their requesters
 * use.
 */
@Component
class SynonymDemoData implements DemoDataContributor {

	static final Map<String, List<List<String>>> SYNONYMS = Map.of("HR",
			List.of(List.of("vab", "vård av barn"), List.of("las", "lagen om anställningsskydd"),
					List.of("rehab", "rehabilitering"), List.of("föräldraledighet", "föräldraledig"),
					List.of("sjukskrivning", "sjukfrånvaro"), List.of("ob", "obekväm arbetstid")),
			"EK",
			List.of(List.of("semesterlöneskuld", "upplupna semesterlöner"), List.of("moms", "mervärdesskatt"),
					List.of("lou", "lagen om offentlig upphandling"), List.of("faktura", "räkning"),
					List.of("bokslut", "årsbokslut")),
			"KOM", List.of(List.of("pressmeddelande", "pressrelease"), List.of("webben", "webbplatsen"),
					List.of("logga", "logotyp")));

	private final JdbcClient jdbc;

	private final Synonyms synonyms;

	private final Organisation organisation;

	SynonymDemoData(JdbcClient jdbc, Synonyms synonyms, Organisation organisation) {
		this.jdbc = jdbc;
		this.synonyms = synonyms;
		this.organisation = organisation;
	}

	@Override
	public int order() {
		return 41;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select count(*) from kn_synonym").query(Long.class).single() > 0;
	}

	@Override
	public void load(DemoSeed seed) {
		Map<String, UUID> functions = organisation.functions()
			.stream()
			.collect(Collectors.toMap(UnitView::shortName, UnitView::id));
		CurrentUser admin = new CurrentUser(null, "admin", "Helhet (demodata)", null, java.util.Set.of(Role.ADMIN),
				null, null);
		SYNONYMS.forEach((function, pairs) -> {
			UUID functionId = functions.get(function);
			if (functionId != null) {
				pairs.forEach(pair -> synonyms.add(functionId, pair.get(0), pair.get(1), admin));
			}
		});
	}

}
