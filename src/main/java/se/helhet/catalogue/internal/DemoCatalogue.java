package se.helhet.catalogue.internal;

import java.util.List;

import se.helhet.catalogue.FieldType;
import se.helhet.catalogue.FormField;

/**
 * The demo municipality's service catalogue: what a Swedish municipality's central HR,
 * finance and communications departments actually offer its förvaltningar. Plain data, no
 * Spring.
 */
final class DemoCatalogue {

	private DemoCatalogue() {
	}

	/**
	 * A service of the demo catalogue.
	 */
	record DemoService(String function, String nameSv, String nameEn, String descriptionSv, String competence,
			int slaWorkingHours, boolean confidential, int retentionMonths, String routine, List<FormField> fields,
			List<String> checklist) {
	}

	static FormField text(String key, String label, String labelEn, boolean required) {
		return new FormField(key, label, labelEn, FieldType.TEXT, required, List.of());
	}

	static FormField choice(String key, String label, String labelEn, boolean required, String... options) {
		return new FormField(key, label, labelEn, FieldType.CHOICE, required, List.of(options));
	}

	static FormField date(String key, String label, String labelEn, boolean required) {
		return new FormField(key, label, labelEn, FieldType.DATE, required, List.of());
	}

	static FormField number(String key, String label, String labelEn, boolean required) {
		return new FormField(key, label, labelEn, FieldType.NUMBER, required, List.of());
	}

	static FormField yesNo(String key, String label, String labelEn, boolean required) {
		return new FormField(key, label, labelEn, FieldType.YESNO, required, List.of());
	}

	static final List<DemoService> SERVICES = List.of(
			// HR
			new DemoService("HR", "Rekrytering", "Recruitment",
					"Stöd genom hela rekryteringen: kravprofil, annons, urval, intervjuer, referenser och anställningsbeslut.",
					"Rekrytering", 80, false, 24, "Rutin för rekrytering",
					List.of(text("befattning", "Befattning", "Position", true),
							choice("anstallningsform", "Anställningsform", "Type of employment", true, "Tillsvidare",
									"Visstid", "Vikariat", "Timavlönad"),
							number("antal", "Antal tjänster", "Number of positions", true),
							date("tilltrade", "Önskat tillträde", "Desired start date", false),
							yesNo("annonsering", "Extern annonsering", "External advertising", true)),
					List.of("Kravprofil klar med chefen", "Annons publicerad", "Urval och intervjuer",
							"Referenser tagna", "Anställningsbeslut fattat och diariefört")),
			new DemoService("HR", "Rehabilitering", "Rehabilitation",
					"Stöd till chef vid upprepad eller längre sjukfrånvaro: rehabiliteringsutredning, plan för återgång i arbete och kontakt med Försäkringskassan och företagshälsovården.",
					"Rehabilitering", 40, true, 24, "Rutin för rehabilitering och återgång i arbete",
					List.of(choice("anledning", "Anledning", "Reason", true, "Upprepad korttidsfrånvaro",
							"Sjukskrivning längre än 14 dagar", "Signal om ohälsa", "Arbetsskada"),
							yesNo("medarbetaren_informerad", "Medarbetaren är informerad",
									"The employee has been informed", true),
							date("sjuk_sedan", "Sjukskriven sedan", "On sick leave since", false)),
					List.of("Rehabiliteringssamtal bokat", "Plan för återgång upprättad",
							"Kontakt med företagshälsovård", "Uppföljning efter åtta veckor")),
			new DemoService("HR", "Arbetsrättslig rådgivning", "Employment law advice",
					"Råd i arbetsrättsliga frågor: uppsägning, disciplinåtgärd, LAS-frågor, kollektivavtal, MBL-förhandling.",
					"Arbetsrätt", 24, false, 36, "Riktlinje för arbetsrättsliga ärenden",
					List.of(choice("omrade", "Område", "Area", true, "Anställningsskydd (LAS)", "Disciplinära åtgärder",
							"Kollektivavtal", "MBL och förhandling", "Annat"),
							yesNo("bradskande", "Brådskande", "Urgent", true)),
					List.of()),
			new DemoService("HR", "Personalärende", "Personnel matter",
					"Känsliga personalärenden som misstanke om misskötsamhet, kränkande särbehandling eller trakasserier. Sekretess enligt OSL 39 kap.",
					"Arbetsrätt", 16, true, 60, "Rutin vid kränkande särbehandling och trakasserier",
					List.of(choice("typ", "Typ av ärende", "Kind of matter", true, "Misskötsamhet",
							"Kränkande särbehandling", "Trakasserier", "Annat")),
					List.of("Inledande samtal med chef", "Utredning påbörjad", "Åtgärd beslutad", "Uppföljning")),
			new DemoService("HR", "Lönefråga", "Pay question",
					"Frågor om lön, tillägg, avdrag, semesterersättning och felaktiga utbetalningar.",
					"Lön och ersättningar", 16, false, 24, "Rutin för löneadministration",
					List.of(choice("typ", "Gäller", "Concerns", true, "Felaktig utbetalning", "OB och tillägg",
							"Semesterersättning", "Löneväxling", "Annat"),
							text("period", "Löneperiod", "Pay period", false)),
					List.of()),
			new DemoService("HR", "Lönerevision och lönesättning", "Salary review",
					"Stöd inför och under lönerevision: lönekartläggning, lönekriterier, lönesamtal och underlag.",
					"Lön och ersättningar", 40, false, 36, "Riktlinje för lönebildning", List.of(), List.of()),
			new DemoService("HR", "Omställning och övertalighet", "Transition and redundancy",
					"Stöd vid omorganisation, arbetsbrist och omställning: turordning, omplacering och omställningsavtalet.",
					"Omställning", 80, false, 60, "Rutin vid arbetsbrist och omplacering",
					List.of(number("antal_berorda", "Antal berörda medarbetare", "Number of employees affected",
							false)),
					List.of("Riskbedömning gjord", "MBL-förhandling genomförd", "Omplaceringsutredning")),
			new DemoService("HR", "Arbetsmiljö", "Work environment",
					"Stöd i det systematiska arbetsmiljöarbetet: riskbedömning, skyddsrond, tillbud och OSA.",
					"Arbetsmiljö", 40, false, 36, "Rutin för systematiskt arbetsmiljöarbete",
					List.of(choice("typ", "Gäller", "Concerns", true, "Riskbedömning", "Skyddsrond",
							"Tillbud eller olycka", "Organisatorisk och social arbetsmiljö")),
					List.of()),
			new DemoService("HR", "Kompetensutveckling", "Skills development",
					"Stöd att planera kompetensutveckling och kompetensförsörjning för en enhet.",
					"Kompetensförsörjning", 80, false, 24, null, List.of(), List.of()),
			new DemoService("HR", "Introduktion av nyanställd", "Onboarding",
					"Stöd vid introduktion: checklista, behörigheter, introduktionsprogram.", "Rekrytering", 40, false,
					12, "Rutin för introduktion",
					List.of(text("namn", "Den nyanställdes namn", "Name of the new employee", true),
							date("startdatum", "Startdatum", "Start date", true)),
					List.of("Välkomstbrev skickat", "Behörigheter beställda", "Introduktionsdag bokad")),
			new DemoService("HR", "Förhandling och samverkan", "Negotiation and union cooperation",
					"Stöd inför förhandling enligt MBL eller samverkansavtalet.", "Förhandling och samverkan", 24,
					false, 60, "Samverkansavtal för Sjöviks kommun",
					List.of(date("motesdatum", "Mötesdatum", "Meeting date", false)), List.of()),
			// Ekonomi
			new DemoService("EK", "Budgetuppföljning", "Budget monitoring",
					"Stöd i månadsuppföljning och prognos: avvikelser, analys och åtgärder.", "Budget och prognos", 24,
					false, 36, "Riktlinje för ekonomistyrning",
					List.of(choice("period", "Period", "Period", true, "Januari–februari", "Mars", "April", "Maj",
							"Juni–juli", "Augusti", "September", "Oktober", "November", "December")),
					List.of()),
			new DemoService("EK", "Bokslutsstöd", "Year-end closing support",
					"Stöd vid delårs- och årsbokslut: periodiseringar, avstämningar och verksamhetsberättelse.",
					"Bokslut och redovisning", 40, false, 120, "Anvisningar för bokslut",
					List.of(choice("bokslut", "Bokslut", "Closing", true, "Delårsbokslut april",
							"Delårsbokslut augusti", "Årsbokslut")),
					List.of("Avstämningar klara", "Periodiseringar bokförda", "Analys skickad")),
			new DemoService("EK", "Investeringskalkyl", "Investment appraisal",
					"Kalkyl och beslutsunderlag för investeringar: livscykelkostnad, kapitalkostnad och driftkonsekvenser.",
					"Investeringskalkyl", 80, false, 120, "Riktlinje för investeringar",
					List.of(number("belopp", "Uppskattat belopp (kr)", "Estimated amount (SEK)", true),
							text("objekt", "Investeringsobjekt", "Investment", true)),
					List.of()),
			new DemoService("EK", "Fakturafråga", "Invoice question",
					"Frågor om leverantörsfakturor: attest, kontering, felaktiga fakturor och påminnelser.",
					"Leverantörsfakturor", 8, false, 24, "Rutin för leverantörsfakturor",
					List.of(text("fakturanummer", "Fakturanummer", "Invoice number", false),
							text("leverantor", "Leverantör", "Supplier", false)),
					List.of()),
			new DemoService("EK", "Inköp och upphandlingsstöd", "Purchasing and procurement support",
					"Stöd vid inköp och upphandling: avrop, direktupphandling, förfrågningsunderlag och LOU.",
					"Upphandling och inköp", 80, false, 120, "Riktlinje för inköp och upphandling",
					List.of(number("varde", "Uppskattat värde (kr)", "Estimated value (SEK)", true),
							yesNo("ramavtal", "Finns ramavtal", "Framework agreement exists", false)),
					List.of("Behov och värde bedömt", "Upphandlingsform vald", "Underlag klart")),
			new DemoService("EK", "Budgetarbete", "Budget preparation",
					"Stöd i budgetprocessen: ramar, internbudget och underlag till nämnd.", "Budget och prognos", 40,
					false, 36, "Anvisningar för budgetarbete", List.of(), List.of()),
			new DemoService("EK", "Internkontroll", "Internal control",
					"Stöd i internkontrollplan, riskanalys och uppföljning av kontroller.", "Internkontroll", 40, false,
					60, "Reglemente för intern kontroll", List.of(), List.of()),
			new DemoService("EK", "Ekonomisk analys", "Financial analysis",
					"Analys av kostnader, nyckeltal och jämförelser med andra kommuner (Kolada).",
					"Verksamhetsuppföljning", 40, false, 36, null,
					List.of(text("fraga", "Vad vill du veta?", "What do you want to know?", true)), List.of()),
			new DemoService("EK", "Kund- och kravfråga", "Customer invoicing question",
					"Frågor om kundfakturor, avgifter, betalningspåminnelser och kravhantering.",
					"Bokslut och redovisning", 16, false, 24, null, List.of(), List.of()),
			new DemoService("EK", "Statsbidrag och externa medel", "Government grants",
					"Stöd vid ansökan och redovisning av statsbidrag och andra externa medel.",
					"Verksamhetsuppföljning", 40, false, 120, null,
					List.of(text("bidrag", "Vilket bidrag", "Which grant", true),
							date("sista_dag", "Sista dag för ansökan eller redovisning", "Deadline", false)),
					List.of()),
			// Kommunikation
			new DemoService("KOM", "Pressfråga", "Press enquiry",
					"Stöd när media hör av sig: svar, talespersoner, pressmeddelande.", "Presskontakter", 4, false, 24,
					"Riktlinje för mediekontakter",
					List.of(text("media", "Vilken redaktion", "Which newsroom", false),
							text("deadline", "Journalistens deadline", "Reporter's deadline", false)),
					List.of()),
			new DemoService("KOM", "Webbpublicering", "Web publishing",
					"Publicering och ändring på kommunens webbplats och intranät, tillgängligt och i klarspråk.",
					"Webbpublicering", 16, false, 12, "Riktlinje för webbpublicering",
					List.of(text("sida", "Sida eller adress", "Page or address", false),
							date("publiceras", "Ska publiceras senast", "Publish by", false)),
					List.of("Text granskad för klarspråk", "Tillgänglighet kontrollerad", "Publicerad")),
			new DemoService("KOM", "Grafisk produktion", "Graphic design",
					"Trycksaker, affischer, rollups och digitala annonser enligt kommunens grafiska profil.",
					"Grafisk produktion", 80, false, 24, "Grafisk manual",
					List.of(choice("produkt", "Produkt", "Product", true, "Affisch", "Folder", "Rollup",
							"Digital annons", "Annat"), date("leverans", "Önskad leverans", "Desired delivery", false)),
					List.of()),
			new DemoService("KOM", "Kriskommunikation", "Crisis communication",
					"Kommunikation vid kris eller allvarlig händelse: budskap, kanaler, samordning med krisledningen.",
					"Kriskommunikation", 2, false, 120, "Plan för kriskommunikation",
					List.of(text("handelse", "Vad har hänt", "What has happened", true)),
					List.of("Krisledning kontaktad", "Första budskap publicerat", "Uppföljning")),
			new DemoService("KOM", "Evenemangsstöd", "Event support",
					"Stöd vid evenemang: planering, marknadsföring och publicering i evenemangskalendern.", "Evenemang",
					40, false, 24, null,
					List.of(text("evenemang", "Evenemang", "Event", true), date("datum", "Datum", "Date", true),
							number("besokare", "Förväntat antal besökare", "Expected visitors", false)),
					List.of()),
			new DemoService("KOM", "Sociala medier", "Social media",
					"Publicering i kommunens kanaler i sociala medier och stöd för förvaltningens egna konton.",
					"Sociala medier", 16, false, 12, "Riktlinje för sociala medier", List.of(), List.of()),
			new DemoService("KOM", "Internkommunikation", "Internal communication",
					"Stöd att informera medarbetare: intranätnyheter, chefsbrev, förändringskommunikation.",
					"Internkommunikation", 24, false, 12, null, List.of(), List.of()),
			new DemoService("KOM", "Klarspråksgranskning", "Plain language review",
					"Granskning av brev, beslut och webbtexter så att mottagaren förstår.", "Klarspråk", 24, false, 12,
					"Riktlinje för klarspråk", List.of(number("sidor", "Antal sidor", "Number of pages", false)),
					List.of()),
			new DemoService("KOM", "Tillgänglighetsgranskning", "Accessibility review",
					"Granskning av webbsidor och dokument mot WCAG 2.1 AA och lagen om tillgänglighet till digital offentlig service.",
					"Digital tillgänglighet", 40, false, 24, null,
					List.of(text("adress", "Adress eller dokument", "Address or document", true)), List.of()),
			new DemoService("KOM", "Kommunikationsplan", "Communication plan",
					"Stöd att ta fram en kommunikationsplan för ett projekt eller en förändring.",
					"Internkommunikation", 80, false, 24, null, List.of(), List.of()));

}
