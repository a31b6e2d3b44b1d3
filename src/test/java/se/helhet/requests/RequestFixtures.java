package se.helhet.requests;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.FormField;
import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;
import se.helhet.platform.Accounts;
import se.helhet.platform.Accounts.NewAccount;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.Role;
import se.helhet.requests.Requests.SubmitRequest;

/**
 * The demo municipality as the request tests need it: services, units, people, and
 * requests filed through the facade. Every test files its own requests.
 */
public final class RequestFixtures {

	private final Catalogue catalogue;

	private final Organisation organisation;

	private final Accounts accounts;

	private final Requests requests;

	public RequestFixtures(Catalogue catalogue, Organisation organisation, Accounts accounts, Requests requests) {
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.accounts = accounts;
		this.requests = requests;
	}

	public ServiceView service(String nameSv) {
		return catalogue.services()
			.stream()
			.filter(s -> s.nameSv().equals(nameSv))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No demo service " + nameSv));
	}

	public UnitView unit(String name) {
		return organisation.units()
			.stream()
			.filter(u -> u.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No demo unit " + name));
	}

	public UnitView function(String shortName) {
		return organisation.functions()
			.stream()
			.filter(u -> u.kind() == UnitKind.FUNCTION && shortName.equals(u.shortName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No function " + shortName));
	}

	public UUID competence(String functionShortName, String name) {
		return organisation.competences(function(functionShortName).id())
			.stream()
			.filter(c -> c.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No competence " + name))
			.id();
	}

	public StaffView staff(String username) {
		CurrentUser user = user(username);
		return organisation.staffMember(user.staffId()).orElseThrow();
	}

	public CurrentUser user(String username) {
		return accounts.findByUsername(username).orElseThrow(() -> new AssertionError("No account " + username));
	}

	/**
	 * An account of a person in the unit, with the demo password and API token, created
	 * the first time.
	 */
	public CurrentUser person(String username, String displayName, UUID unitId, Role... roles) {
		accounts.save(new NewAccount(username, displayName, "Testperson", username + "@sjovik.se",
				roles.length == 0 ? EnumSet.of(Role.REQUESTER) : EnumSet.of(roles[0], roles), unitId, null));
		accounts.grantDemoCredentials(username);
		return user(username);
	}

	public RequestView submit(String username, String serviceName, String title) {
		ServiceView service = service(serviceName);
		return requests.submit(new SubmitRequest(service.id(), title, "Beskrivning av " + title.toLowerCase(),
				validAnswers(service), null), user(username));
	}

	/** An answer to every field of the service's form that the form accepts. */
	public static Map<String, String> validAnswers(ServiceView service) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (FormField field : service.fields()) {
			answers.put(field.key(), switch (field.type()) {
				case TEXT -> "Uppgift för " + field.labelSv();
				case CHOICE -> field.options().getFirst();
				case DATE -> "2026-12-01";
				case NUMBER -> "2";
				case YESNO -> "ja";
			});
		}
		return answers;
	}

}
