package se.helhet.organisation.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.organisation.internal.demo.DemoAbsences;
import se.helhet.organisation.internal.demo.DemoMunicipality;
import se.helhet.organisation.internal.demo.DemoMunicipality.Generated;
import se.helhet.organisation.internal.demo.DemoMunicipality.Staff;
import se.helhet.organisation.internal.demo.DemoMunicipality.Unit;
import se.helhet.platform.Accounts;
import se.helhet.platform.Accounts.NewAccount;
import se.helhet.platform.DemoDataContributor;
import se.helhet.platform.Role;

/** Loads the demo municipality's organisation and the accounts of its people. */
@Component
class OrganisationDemoData implements DemoDataContributor {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final OrganisationService organisation;

	private final Clock clock;

	OrganisationDemoData(JdbcClient jdbc, Accounts accounts, OrganisationService organisation, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organisation = organisation;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select count(*) from org_unit").query(Long.class).single() > 0;
	}

	@Override
	@Transactional
	public void load(DemoSeed seed) {
		organisation.referenceDataChanged();
		Generated org = new DemoMunicipality(seed.seed(), seed.scale()).generate();
		jdbc.sql("insert into org_group (id, name, municipality_name, org_number, version) values (?, ?, ?, ?, 0)")
			.params(UUID.nameUUIDFromBytes("helhet-demo:group".getBytes()), DemoMunicipality.GROUP,
					DemoMunicipality.MUNICIPALITY, "212000-0999")
			.update();
		for (Unit unit : org.units()) {
			jdbc.sql(
					"""
							insert into org_unit (id, kind, name, short_name, parent_id, orders_central_services, description, version)
							values (?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(unit.id(), unit.kind(), unit.name(), unit.shortName(), unit.parentId(),
						unit.ordersCentralServices(), unit.description())
				.update();
		}
		for (var function : org.functions()) {
			function.professions()
				.forEach((name, id) -> jdbc.sql("insert into org_profession (id, function_id, name) values (?, ?, ?)")
					.params(id, function.id(), name)
					.update());
			function.competences()
				.forEach((name, id) -> jdbc.sql("insert into org_competence (id, function_id, name) values (?, ?, ?)")
					.params(id, function.id(), name)
					.update());
		}
		UUID ubf = org.unitNamed("Utbildningsförvaltningen").id();
		UUID hr = org.functionWithShortName("HR").id();
		UUID ubfHrContact = org.contacts()
			.stream()
			.filter(c -> c.forvaltningId().equals(ubf) && c.functionId().equals(hr))
			.findFirst()
			.orElseThrow()
			.staffId();
		UUID kom = org.functionWithShortName("KOM").id();
		UUID editor = org.staff()
			.stream()
			.filter(s -> s.functionId().equals(kom) && s.profession().equals("Webbredaktör"))
			.findFirst()
			.orElseThrow()
			.id();
		List<String> usernames = new ArrayList<>();
		for (Staff staff : org.staff()) {
			String username = staff.id().equals(ubfHrContact) ? "handlaggare"
					: staff.id().equals(editor) ? "redaktor" : staff.username();
			jdbc.sql(
					"""
							insert into org_staff (id, function_id, first_name, last_name, email, phone, profession_id, specialist,
							 weekly_capacity_hours, username, lead, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(staff.id(), staff.functionId(), staff.firstName(), staff.lastName(), staff.email(),
						staff.phone(), staff.professionId(), staff.specialist(), staff.weeklyCapacityHours(), username,
						staff.lead())
				.update();
			Map<UUID, Integer> competences = new LinkedHashMap<>(staff.competences());
			if (staff.id().equals(ubfHrContact)) {
				// a förvaltning's named contact is a generalist: at least the basics of
				// every HR competence, so that routing may give them any of the
				// förvaltning's
				// HR requests
				org.functions()
					.stream()
					.filter(f -> f.id().equals(hr))
					.flatMap(f -> f.competences().values().stream())
					.forEach(c -> competences.putIfAbsent(c, 1));
			}
			competences.forEach((competence, level) -> jdbc
				.sql("insert into org_staff_competence (staff_id, competence_id, level) values (?, ?, ?)")
				.params(staff.id(), competence, level)
				.update());
			Set<Role> roles = EnumSet.of(Role.HANDLER);
			if (staff.lead()) {
				roles.add(Role.FUNCTION_LEAD);
			}
			if (staff.id().equals(editor)) {
				roles.add(Role.EDITOR);
			}
			accounts.save(new NewAccount(username, staff.firstName() + " " + staff.lastName(), staff.profession(),
					staff.email(), roles, staff.functionId(), staff.id()));
			usernames.add(username);
		}
		for (var contact : org.contacts()) {
			jdbc.sql("insert into org_contact (forvaltning_id, function_id, staff_id) values (?, ?, ?)")
				.params(contact.forvaltningId(), contact.functionId(), contact.staffId())
				.update();
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (DemoAbsences.Absence absence : new DemoAbsences(seed.seed(), now.toLocalDate()).plan(org.staff())) {
			if (absence.staffId().equals(ubfHrContact) && !absence.from().isAfter(now.toLocalDate().plusWeeks(2))
					&& !absence.to().isBefore(now.toLocalDate())) {
				// the demo account handlaggare is at work for the next two weeks,
				// whatever
				// the date: the demo (and the tests) start with it getting its
				// förvaltning's new requests
				continue;
			}
			jdbc.sql(
					"""
							insert into org_absence (id, staff_id, kind, from_date, to_date, part_day_percent, note, registered_by,
							 registered_at, version) values (?, ?, ?, ?, ?, ?, ?, 'hr-systemet', ?, 0)""")
				.params(UUID.nameUUIDFromBytes(("helhet-demo:absence:" + absence.staffId() + ":" + absence.from())
					.getBytes(StandardCharsets.UTF_8)), absence.staffId(), absence.kind().name(), absence.from(),
						absence.to(), absence.partDayPercent(), absence.note(), now)
				.update();
		}
		UUID klf = org.unitNamed("Kommunledningsförvaltningen").id();
		UUID school = org.unitNamed("Norrängsskolan").id();
		UUID homeCare = org.unitNamed("Hemtjänst Norr").id();
		List<NewAccount> people = List.of(
				new NewAccount("admin", "Tomas Wennerberg", "Systemförvaltare", "tomas.wennerberg@sjovik.se",
						Set.of(Role.ADMIN), klf, null),
				new NewAccount("bestallare", "Maria Lindholm", "Rektor, Norrängsskolan", "maria.lindholm@sjovik.se",
						Set.of(Role.REQUESTER), school, null),
				new NewAccount("forvaltningschef", "Göran Axelsson", "Förvaltningschef, utbildningsförvaltningen",
						"goran.axelsson@sjovik.se", Set.of(Role.ADMINISTRATION_LEAD, Role.REQUESTER), ubf, null),
				new NewAccount("kommundirektor", "Birgitta Sandell", "Kommundirektör", "birgitta.sandell@sjovik.se",
						Set.of(Role.GROUP_LEAD, Role.REQUESTER), klf, null),
				new NewAccount("facklig", "Rami Haddad", "Huvudskyddsombud, Kommunal", "rami.haddad@sjovik.se",
						Set.of(Role.UNION_REP, Role.REQUESTER), homeCare, null));
		for (NewAccount person : people) {
			accounts.save(person);
			usernames.add(person.username());
		}
		usernames.forEach(accounts::grantDemoCredentials);
	}

}
