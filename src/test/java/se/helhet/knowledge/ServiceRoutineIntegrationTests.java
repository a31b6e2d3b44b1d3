package se.helhet.knowledge;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.helhet.catalogue.ServiceView;
import se.helhet.requests.ApiClient.Response;
import se.helhet.requests.Browser;
import se.helhet.requests.RequestView;
import se.helhet.testsupport.ApiTestSupport;
import se.helhet.testsupport.HelhetIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each catalogue service links to its routine: the requester reads its guidance on the
 * intake form before sending, the handler sees it on the request page, and the catalogue
 * shows it. Leads link their documents to their own function's services.
 */
@HelhetIntegrationTest
class ServiceRoutineIntegrationTests extends ApiTestSupport {

	@Autowired
	Knowledge knowledge;

	@Test
	void mostDemoServicesHaveARoutineAndTheYearEndRoutineSaysHowTheHolidayPayLiabilityIsComputed() {
		List<ServiceView> services = catalogue.services();
		long withRoutine = services.stream().filter(s -> knowledge.routineOf(s.id()).isPresent()).count();

		assertThat(withRoutine).as("services with a routine, of %s", services.size())
			.isGreaterThan(services.size() * 3 / 4);
		DocumentView routine = knowledge.routineOf(fixtures.service("Bokslutsstöd").id()).orElseThrow();
		assertThat(routine.title()).isEqualTo("Rutin för bokslut och delårsrapport");
		assertThat(routine.type()).isEqualTo(DocumentType.RUTIN);
		assertThat(routine.current().body()).contains("Semesterlöneskulden i bokslutet")
			.contains("semesterlöneskulden");
	}

	@Test
	void theRequesterReadsTheRoutinesGuidanceOnTheIntakeFormBeforeTheSubmitButton() {
		ServiceView service = fixtures.service("Bokslutsstöd");
		DocumentView routine = knowledge.routineOf(service.id()).orElseThrow();
		Browser browser = Browser.loggedIn(port, "bestallare");

		String form = browser.get("/arenden/ny?tjanst=" + service.id()).body();

		int guidance = form.indexOf("Läs det här innan du beställer");
		assertThat(guidance).as("the guidance is shown").isPositive();
		assertThat(guidance).as("before the submit button").isLessThan(form.indexOf("Skicka beställningen"));
		assertThat(form).contains("Rutin för bokslut och delårsrapport")
			.contains("räknar fram semesterlöneskulden centralt")
			.contains("href=\"/kunskap/styrdokument/" + routine.id() + "\"");
		HttpResponse<String> whole = browser.get("/kunskap/styrdokument/" + routine.id());
		assertThat(whole.statusCode()).as("requesters may read published governing documents").isEqualTo(200);
		assertThat(whole.body()).contains("Semesterlöneskulden i bokslutet");
		assertThat(browser.get("/katalog/" + service.id()).body()).as("the catalogue shows it too")
			.contains("href=\"/kunskap/styrdokument/" + routine.id() + "\"");
	}

	@Test
	void aServiceWithoutARoutineShowsNoGuidance() {
		ServiceView service = fixtures.service("Kund- och kravfråga");
		assertThat(knowledge.routineOf(service.id())).isEmpty();

		String form = Browser.loggedIn(port, "bestallare").get("/arenden/ny?tjanst=" + service.id()).body();

		assertThat(form).contains("Skicka beställningen").doesNotContain("Läs det här innan du beställer");
	}

	@Test
	void theHandlerSeesTheRoutineOnTheRequestPageAndTheRequesterDoesNot() {
		RequestView request = fixtures.submit("bestallare", "Lönefråga", "Sparade semesterdagar");
		DocumentView routine = knowledge.routineOf(request.serviceId()).orElseThrow();

		String handlerPage = Browser.loggedIn(port, "hr-chef").get("/arenden/" + request.id()).body();
		String requesterPage = Browser.loggedIn(port, "bestallare").get("/arenden/" + request.id()).body();

		assertThat(handlerPage).contains("href=\"/kunskap/styrdokument/" + routine.id() + "\"")
			.contains(routine.title())
			.contains("version " + routine.current().number());
		assertThat(requesterPage).doesNotContain("href=\"/kunskap/styrdokument/" + routine.id() + "\"");
	}

	@Test
	void aLeadLinksANewDocumentToTheFunctionsServicesAndRequestersSeeItsSummary() {
		ServiceView skills = fixtures.service("Kompetensutveckling");
		ServiceView invoices = fixtures.service("Fakturafråga");
		String summary = "Gör en kompetensinventering i enheten innan du beställer " + System.nanoTime() + ".";

		Response created = api.post("/api/v1/documents", "hr-chef", """
				{"title": "Rutin för kompetensplanering", "type": "RUTIN", "body": "## Steg\\n\\n1. Inventera.",
				 "decidedBy": "HR-chef", "decisionDate": "2026-01-10", "validFrom": "2026-02-01",
				 "reviewDate": "2027-02-01", "serviceIds": ["%s"], "requesterSummary": "%s"}""".formatted(skills.id(),
				summary));

		assertThat(created.status()).as("%s", created).isEqualTo(201);
		JsonNode document = created.json();
		assertThat(document.get("serviceIds").get(0).asString()).isEqualTo(skills.id().toString());
		assertThat(Browser.loggedIn(port, "bestallare").get("/arenden/ny?tjanst=" + skills.id()).body())
			.contains("Rutin för kompetensplanering")
			.contains(summary);

		String id = document.get("id").asString();
		String etag = created.header("ETag");
		Response otherFunction = api.send("PUT", "/api/v1/documents/" + id + "/services", "hr-chef",
				"{\"serviceIds\": [\"%s\"]}".formatted(invoices.id()), "If-Match", etag);
		assertThat(otherFunction.status()).isEqualTo(400);
		assertThat(otherFunction.json().get("errors").get("serviceIds").asString()).isEqualTo(
				"Fakturafråga hör till en annan funktion. Ett styrdokument gäller tjänster i den egna funktionen.");
		assertThat(api
			.send("PUT", "/api/v1/documents/" + id + "/services", "handlaggare", "{\"serviceIds\": []}", "If-Match",
					etag)
			.status()).isEqualTo(403);
		Response unlinked = api.send("PUT", "/api/v1/documents/" + id + "/services", "hr-chef", "{\"serviceIds\": []}",
				"If-Match", etag);
		assertThat(unlinked.status()).as("%s", unlinked).isEqualTo(200);
		assertThat(api
			.send("PUT", "/api/v1/documents/" + id + "/services", "hr-chef",
					"{\"serviceIds\": [\"%s\"]}".formatted(skills.id()), "If-Match", etag)
			.status()).as("based on an old version").isEqualTo(412);
		assertThat(knowledge.routineOf(skills.id())).isEmpty();
	}

	@Test
	void theLeadChoosesServicesOnTheDocumentPageAndAWrongChoiceKeepsWhatWasTyped() {
		DocumentView routine = knowledge.documents(fixtures.function("HR").id())
			.stream()
			.filter(d -> d.title().equals("Rutin för rekrytering"))
			.findFirst()
			.orElseThrow();
		UUID invoices = fixtures.service("Fakturafråga").id();
		Browser browser = Browser.loggedIn(port, "hr-chef");
		String path = "/kunskap/styrdokument/" + routine.id();

		HttpResponse<String> page = browser.postForm(path + "/tjanster", Browser.csrfToken(browser.get(path)),
				java.util.Map.of("serviceIds", invoices.toString(), "requesterSummary", "Min text", "version",
						String.valueOf(routine.version())));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("hör till en annan funktion").contains(">Min text</textarea>");
		assertThat(knowledge.routineOf(fixtures.service("Rekrytering").id()).map(DocumentView::id))
			.contains(routine.id());
	}

}
