package se.helhet.catalogue.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import se.helhet.catalogue.ServiceView;

/** The demo catalogue as views, for tests of other modules that need no database. */
public final class DemoCatalogueFixture {

	private DemoCatalogueFixture() {
	}

	/**
	 * @param functions function short name → id
	 * @param competence (function id, competence name) → competence id, or null
	 */
	public static List<ServiceView> services(Map<String, UUID> functions, BiFunction<UUID, String, UUID> competence) {
		return DemoCatalogue.SERVICES.stream().map(s -> {
			UUID function = functions.get(s.function());
			return new ServiceView(UUID.nameUUIDFromBytes(("service:" + s.nameSv()).getBytes(StandardCharsets.UTF_8)),
					function, s.nameSv(), s.nameEn(), s.descriptionSv(), null,
					competence.apply(function, s.competence()), s.slaWorkingHours(), s.confidential(),
					s.retentionMonths(), s.routine(), null, true, 1, s.fields(), s.checklist(), 0);
		}).toList();
	}

}
