package se.helhet.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.helhet.catalogue.Catalogue.SaveService;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitView;
import se.helhet.platform.Accounts;
import se.helhet.platform.ValidationException;
import se.helhet.requests.RequestView;
import se.helhet.requests.Requests;
import se.helhet.requests.Requests.SubmitRequest;
import se.helhet.testsupport.HelhetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HelhetIntegrationTest
class CatalogueIntegrationTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	Organisation organisation;

	@Autowired
	Requests requests;

	@Autowired
	Accounts accounts;

	@Test
	void demoCatalogueHasAtLeastThirtyServicesAcrossTheThreeFunctions() {
		List<ServiceView> services = catalogue.services();
		assertThat(services).hasSizeGreaterThanOrEqualTo(30);
		for (UnitView function : organisation.functions()) {
			assertThat(services).filteredOn(s -> s.functionId().equals(function.id()))
				.as(function.name())
				.hasSizeGreaterThanOrEqualTo(8);
		}
		assertThat(services).filteredOn(ServiceView::confidential)
			.extracting(ServiceView::nameSv)
			.contains("Rehabilitering", "Personalärende");
		assertThat(services).allSatisfy(s -> {
			assertThat(s.slaWorkingHours()).isPositive();
			assertThat(s.retentionMonths()).isPositive();
		});
	}

	@Test
	void searchFindsServicesByWordsInNameOrDescription() {
		assertThat(catalogue.search("faktura")).extracting(ServiceView::nameSv).contains("Fakturafråga");
		assertThat(catalogue.search("rekrytering annons")).extracting(ServiceView::nameSv).contains("Rekrytering");
		assertThat(catalogue.search("\"(*:~")).isEmpty();
	}

	@Test
	void aFiledRequestKeepsTheFormItWasFiledWithWhenTheLeadChangesTheService() {
		UUID hr = organisation.functions()
			.stream()
			.filter(f -> "HR".equals(f.shortName()))
			.findFirst()
			.orElseThrow()
			.id();
		UUID serviceId = catalogue.save(new SaveService(null, hr, "Testtjänst formversion", null,
				"En tjänst för att prova formulärversioner.", null, null, "16", false, "12", null, null, true,
				List.of(new FormField("enhet", "Enhet", null, FieldType.TEXT, true, List.of())),
				List.of("Första steget"), null));
		var requester = accounts.findByUsername("bestallare").orElseThrow();
		RequestView filed = requests.submit(
				new SubmitRequest(serviceId, "Före ändringen", "Beskrivning", Map.of("enhet", "Norrängsskolan"), null),
				requester);
		assertThat(filed.formVersion()).isEqualTo(1);

		ServiceView before = catalogue.service(serviceId).orElseThrow();
		List<FormField> changed = new ArrayList<>();
		changed.add(new FormField("enhet", "Skola eller enhet", null, FieldType.TEXT, true, List.of()));
		changed.add(new FormField("antal", "Antal elever", null, FieldType.NUMBER, true, List.of()));
		catalogue.save(new SaveService(serviceId, hr, before.nameSv(), null, before.descriptionSv(), null, null, "16",
				false, "12", null, null, true, changed, List.of("Nytt steg"), before.version()));

		ServiceView after = catalogue.service(serviceId).orElseThrow();
		assertThat(after.formVersion()).isEqualTo(2);
		assertThat(catalogue.form(serviceId, 1)).extracting(FormField::labelSv).containsExactly("Enhet");

		RequestView old = requests.find(filed.id(), requester).orElseThrow();
		assertThat(old.formVersion()).isEqualTo(1);
		assertThat(old.answers()).extracting(RequestView.Answer::label).containsExactly("Enhet");
		assertThat(old.answers()).extracting(RequestView.Answer::value).containsExactly("Norrängsskolan");
		assertThat(old.checklist()).extracting(RequestView.ChecklistItem::text).containsExactly("Första steget");

		assertThatThrownBy(() -> requests.submit(
				new SubmitRequest(serviceId, "Efter ändringen", "Beskrivning", Map.of("enhet", "Norrängsskolan"), null),
				requester))
			.isInstanceOf(ValidationException.class)
			.satisfies(ex -> assertThat(((ValidationException) ex).errors()).containsKey("field_antal"));
		RequestView newer = requests.submit(new SubmitRequest(serviceId, "Efter ändringen", "Beskrivning",
				Map.of("enhet", "Norrängsskolan", "antal", "24"), null), requester);
		assertThat(newer.formVersion()).isEqualTo(2);
		assertThat(newer.answers()).extracting(RequestView.Answer::label)
			.containsExactly("Skola eller enhet", "Antal elever");
	}

	@Test
	void aStaleServiceEditIsRefusedAndChangingOnlyTextsKeepsTheFormVersion() {
		ServiceView service = catalogue.services()
			.stream()
			.filter(s -> s.nameSv().equals("Klarspråksgranskning"))
			.findFirst()
			.orElseThrow();
		catalogue.save(new SaveService(service.id(), service.functionId(), service.nameSv(), service.nameEn(),
				service.descriptionSv() + " ", null, service.competenceId(), String.valueOf(service.slaWorkingHours()),
				service.confidential(), String.valueOf(service.retentionMonths()), service.routineTitle(),
				service.routineUrl(), true, service.fields(), service.checklist(), service.version()));
		assertThat(catalogue.service(service.id()).orElseThrow().formVersion()).isEqualTo(service.formVersion());
		assertThatThrownBy(() -> catalogue.save(new SaveService(service.id(), service.functionId(), "Gammal version",
				null, service.descriptionSv(), null, service.competenceId(), "8", false, "12", null, null, true,
				service.fields(), service.checklist(), service.version())))
			.isInstanceOf(se.helhet.platform.ConflictException.class);
	}

	@Test
	void aServiceWithBrokenRulesIsRefusedWithSwedishMessagesPerField() {
		UUID hr = organisation.functions()
			.stream()
			.filter(f -> "HR".equals(f.shortName()))
			.findFirst()
			.orElseThrow()
			.id();
		assertThatThrownBy(() -> catalogue.save(new SaveService(null, hr, "", null, "", null, null, "noll", false, "-1",
				null, "javascript:alert(1)", true,
				List.of(new FormField("", "Val", null, FieldType.CHOICE, true, List.of("bara ett"))), List.of(), null)))
			.isInstanceOf(ValidationException.class)
			.satisfies(ex -> assertThat(((ValidationException) ex).errors()).containsKeys("nameSv", "descriptionSv",
					"slaWorkingHours", "retentionMonths", "routineUrl", "fields[1]"));
	}

}
