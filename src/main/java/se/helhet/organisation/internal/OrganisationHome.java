package se.helhet.organisation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.helhet.organisation.ContactView;
import se.helhet.organisation.StaffView;
import se.helhet.organisation.UnitKind;
import se.helhet.organisation.UnitView;
import se.helhet.platform.CurrentUser;
import se.helhet.platform.HomeCard;
import se.helhet.platform.HomeCard.Item;
import se.helhet.platform.HomeCard.Link;
import se.helhet.platform.HomeContributor;
import se.helhet.platform.Role;

/** What the organisation shows on each role's start page. */
@Component
class OrganisationHome implements HomeContributor {

	private final OrganisationService organisation;

	private final MessageSource messages;

	OrganisationHome(OrganisationService organisation, MessageSource messages) {
		this.organisation = organisation;
		this.messages = messages;
	}

	@Override
	public List<HomeCard> cardsFor(CurrentUser user, Locale locale) {
		List<HomeCard> cards = new ArrayList<>();
		if (user.has(Role.ADMIN)) {
			cards.add(adminCard(locale));
		}
		if (user.has(Role.GROUP_LEAD)) {
			cards.add(groupCard(locale));
		}
		if (user.has(Role.FUNCTION_LEAD) && user.unitId() != null) {
			organisation.unit(user.unitId())
				.filter(u -> u.kind() == UnitKind.FUNCTION)
				.ifPresent(function -> cards.add(departmentCard(function, locale)));
		}
		if (user.has(Role.HANDLER) && user.staffId() != null) {
			organisation.staffMember(user.staffId()).ifPresent(staff -> cards.add(assignmentCard(staff, locale)));
		}
		if (user.has(Role.REQUESTER) || user.has(Role.ADMINISTRATION_LEAD)) {
			cards.add(orderSupportCard(organisation.topUnitOf(user.unitId()), locale));
		}
		if (user.has(Role.ADMINISTRATION_LEAD)) {
			organisation.topUnitOf(user.unitId()).ifPresent(f -> cards.add(forvaltningCard(f, locale)));
		}
		return cards;
	}

	private HomeCard adminCard(Locale locale) {
		List<UnitView> units = organisation.units();
		long forvaltningar = units.stream().filter(u -> u.kind() == UnitKind.FORVALTNING).count();
		long bolag = units.stream().filter(u -> u.kind() == UnitKind.BOLAG).count();
		long functions = units.stream().filter(u -> u.kind() == UnitKind.FUNCTION).count();
		int staff = organisation.allStaff().size();
		return new HomeCard(t(locale, "home.org.heading"), organisation.group().name(),
				List.of(new Item(t(locale, "home.org.forvaltningar"), String.valueOf(forvaltningar),
						"/organisation#forvaltningar"),
						new Item(t(locale, "home.org.bolag"), String.valueOf(bolag), "/organisation#bolag"),
						new Item(t(locale, "home.org.functions"), String.valueOf(functions),
								"/organisation#funktioner"),
						new Item(t(locale, "home.org.staff"), String.valueOf(staff), "/organisation/personal")),
				"", List.of(new Link(t(locale, "home.org.open"), "/organisation"),
						new Link(t(locale, "home.org.contacts"), "/organisation/kontakter")),
				5);
	}

	private HomeCard groupCard(Locale locale) {
		List<Item> items = new ArrayList<>();
		for (UnitView function : organisation.functions()) {
			List<StaffView> staff = organisation.staff(function.id());
			items.add(new Item(function.name(), t(locale, "home.group.function", staff.size(), hours(staff)), null));
		}
		long forvaltningar = organisation.units().stream().filter(u -> u.kind() == UnitKind.FORVALTNING).count();
		return new HomeCard(t(locale, "home.group.heading"), t(locale, "home.group.lead", forvaltningar), items,
				t(locale, "home.group.empty"), List.of(), 5);
	}

	private HomeCard departmentCard(UnitView function, Locale locale) {
		List<StaffView> staff = organisation.staff(function.id());
		List<Item> items = staff.stream()
			.map(s -> new Item(s.fullName(),
					s.profession() + " · " + t(locale, s.specialist() ? "staff.specialist" : "staff.generalist") + " · "
							+ t(locale, "home.hoursPerWeek",
									s.weeklyCapacityHours().stripTrailingZeros().toPlainString())
							+ (s.competences().isEmpty() ? "" : " · " + competenceSummary(s)),
					null))
			.toList();
		return new HomeCard(t(locale, "home.department.heading", function.name()),
				t(locale, "home.department.lead", staff.size(), hours(staff)), items,
				t(locale, "home.department.empty"), List.of(), 5);
	}

	private HomeCard assignmentCard(StaffView staff, Locale locale) {
		List<Item> items = new ArrayList<>();
		items.add(new Item(t(locale, "home.assignment.profession"), staff.profession() + " ("
				+ t(locale, staff.specialist() ? "staff.specialist" : "staff.generalist") + ")", null));
		items.add(new Item(t(locale, "home.assignment.capacity"),
				t(locale, "home.hoursPerWeek", staff.weeklyCapacityHours().stripTrailingZeros().toPlainString()),
				null));
		if (!staff.competences().isEmpty()) {
			items.add(new Item(t(locale, "home.assignment.competences"), competenceSummary(staff), null));
		}
		List<UnitView> contactFor = organisation.contactFor(staff.id());
		if (!contactFor.isEmpty()) {
			items.add(new Item(t(locale, "home.assignment.contactFor"),
					String.join(", ", contactFor.stream().map(UnitView::name).toList()), null));
		}
		return new HomeCard(t(locale, "home.assignment.heading"), "", items, "", List.of(), 30);
	}

	private HomeCard orderSupportCard(Optional<UnitView> forvaltning, Locale locale) {
		if (forvaltning.isEmpty()) {
			return new HomeCard(t(locale, "home.order.heading"), t(locale, "home.order.noUnit"), List.of(), "",
					List.of(), 20);
		}
		UnitView unit = forvaltning.get();
		if (!unit.ordersCentralServices()) {
			return new HomeCard(t(locale, "home.order.heading"), t(locale, "home.order.bolag", unit.name()), List.of(),
					"", List.of(), 20);
		}
		List<ContactView> contacts = organisation.contactsOf(unit.id());
		List<Item> items = new ArrayList<>();
		for (UnitView function : organisation.functions()) {
			String detail = contacts.stream()
				.filter(c -> c.functionId().equals(function.id()))
				.findFirst()
				.map(c -> t(locale, "home.order.contact", c.staff().fullName(), c.staff().profession(),
						c.staff().email(), c.staff().phone() == null ? "" : c.staff().phone()))
				.orElse(t(locale, "home.order.noContact"));
			items.add(new Item(function.name(), detail, null));
		}
		return new HomeCard(t(locale, "home.order.heading"), t(locale, "home.order.lead", unit.name()), items, "",
				List.of(), 20);
	}

	private HomeCard forvaltningCard(UnitView forvaltning, Locale locale) {
		List<Item> items = organisation.units()
			.stream()
			.filter(u -> forvaltning.id().equals(u.parentId()) && u.kind() == UnitKind.UNIT)
			.map(u -> new Item(u.name(), "", null))
			.toList();
		return new HomeCard(t(locale, "home.forvaltning.heading", forvaltning.name()),
				forvaltning.description() == null ? "" : forvaltning.description(), items,
				t(locale, "home.forvaltning.empty"), List.of(), 25);
	}

	private static String competenceSummary(StaffView staff) {
		return String.join(", ", staff.competences().stream().map(c -> c.name() + " " + c.level()).toList());
	}

	private static String hours(List<StaffView> staff) {
		return staff.stream()
			.map(StaffView::weeklyCapacityHours)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.stripTrailingZeros()
			.toPlainString();
	}

	private String t(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
