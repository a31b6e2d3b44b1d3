package se.helhet.catalogue.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.catalogue.Catalogue.SaveService;
import se.helhet.catalogue.internal.DemoCatalogue.DemoService;
import se.helhet.organisation.NamedItem;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.DemoDataContributor;

/**
 * Loads the demo catalogue after the organisation, whose functions and competences it
 * refers to.
 */
@Component
class CatalogueDemoData implements DemoDataContributor {

	private final JdbcClient jdbc;

	private final CatalogueService catalogue;

	private final Organisation organisation;

	CatalogueDemoData(JdbcClient jdbc, CatalogueService catalogue, Organisation organisation) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.organisation = organisation;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select count(*) from cat_service").query(Long.class).single() > 0;
	}

	@Override
	@Transactional
	public void load(DemoSeed seed) {
		Map<String, UUID> functions = organisation.functions()
			.stream()
			.collect(Collectors.toMap(UnitView::shortName, UnitView::id));
		for (DemoService service : DemoCatalogue.SERVICES) {
			UUID functionId = functions.get(service.function());
			UUID competence = organisation.competences(functionId)
				.stream()
				.filter(c -> c.name().equals(service.competence()))
				.map(NamedItem::id)
				.findFirst()
				.orElse(null);
			catalogue.save(new SaveService(null, functionId, service.nameSv(), service.nameEn(),
					service.descriptionSv(), null, competence, String.valueOf(service.slaWorkingHours()),
					service.confidential(), String.valueOf(service.retentionMonths()), service.routine(), null, true,
					service.fields(), service.checklist(), null));
		}
	}

}
