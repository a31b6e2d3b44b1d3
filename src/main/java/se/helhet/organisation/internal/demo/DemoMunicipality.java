package se.helhet.organisation.internal.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Generates the fictional municipality "Sjöviks kommun", modelled on a Swedish
 * municipality of about 95,000 inhabitants with centralised HR, Ekonomi and
 * Kommunikation. Deterministic: the same seed and scale always give the same
 * organisation, ids included. Scale 1 is the demo; larger scales give more units and
 * staff for benchmarks. No Spring, no database.
 */
public final class DemoMunicipality {

	public static final String MUNICIPALITY = "Sjöviks kommun";

	public static final String GROUP = "Sjöviks kommunkoncern";

	static final String MAIL_DOMAIN = "sjovik.se";

	private static final String[] FIRST_NAMES = { "Anna", "Karin", "Eva", "Maria", "Lena", "Kerstin", "Sara", "Emma",
			"Ingrid", "Malin", "Johanna", "Linnea", "Elin", "Sofia", "Helena", "Annika", "Camilla", "Frida", "Ida",
			"Jenny", "Therese", "Ulrika", "Petra", "Åsa", "Lars", "Anders", "Johan", "Per", "Mikael", "Erik", "Peter",
			"Fredrik", "Daniel", "Magnus", "Jonas", "Mattias", "Henrik", "Niklas", "Oskar", "Gustav", "Emil", "Viktor",
			"Ahmed", "Amira", "Nadia", "Omar", "Leyla", "Mirja", "Aleksander", "Tuva" };

	private static final String[] LAST_NAMES = { "Ek", "Lindgren", "Berglund", "Sjöberg", "Holm", "Nyström",
			"Lundqvist", "Björk", "Forsberg", "Sandberg", "Engström", "Hedlund", "Åberg", "Strand", "Wikström", "Blom",
			"Lind", "Norén", "Falk", "Hägg", "Vik", "Rosén", "Ekström", "Dahl", "Törnqvist", "Mäkinen", "Haddad",
			"Karimi", "Nordin", "Sundqvist", "Gran", "Löfgren", "Åström", "Bergkvist", "Hallberg" };

	private final long seed;

	private final int scale;

	private final Random random;

	private final Set<String> usedUsernames = new HashSet<>();

	private final Set<String> usedNames = new HashSet<>();

	public DemoMunicipality(long seed, int scale) {
		if (scale < 1) {
			throw new IllegalArgumentException("scale must be at least 1");
		}
		this.seed = seed;
		this.scale = scale;
		this.random = new Random(seed);
	}

	/** The whole organisation. */
	public Generated generate() {
		List<Unit> units = new ArrayList<>();
		List<Unit> forvaltningar = new ArrayList<>();
		for (String[] f : FORVALTNINGAR) {
			Unit unit = new Unit(id("unit:" + f[0]), "FORVALTNING", f[0], f[1], null, true, f[2]);
			units.add(unit);
			forvaltningar.add(unit);
		}
		for (String[] b : BOLAG) {
			units.add(new Unit(id("unit:" + b[0]), "BOLAG", b[0], b[1], null, false, b[2]));
		}
		for (Unit forvaltning : forvaltningar) {
			String[] children = UNITS.getOrDefault(forvaltning.name(), new String[0]);
			for (int copy = 0; copy < scale; copy++) {
				for (String child : children) {
					String name = copy == 0 ? child : child + " " + (copy + 1);
					units.add(new Unit(id("unit:" + forvaltning.name() + ":" + name), "UNIT", name, null,
							forvaltning.id(), true, null));
				}
			}
		}
		Unit klf = forvaltningar.getFirst();
		List<Function> functions = new ArrayList<>();
		List<Staff> staff = new ArrayList<>();
		List<Contact> contacts = new ArrayList<>();
		for (FunctionPlan plan : FUNCTIONS) {
			UUID functionId = id("function:" + plan.shortName());
			units.add(new Unit(functionId, "FUNCTION", plan.name(), plan.shortName(), klf.id(), true,
					plan.description()));
			Map<String, UUID> competences = new LinkedHashMap<>();
			plan.competences().forEach(c -> competences.put(c, id("competence:" + plan.shortName() + ":" + c)));
			Map<String, UUID> professions = new LinkedHashMap<>();
			plan.roles()
				.forEach(r -> professions.putIfAbsent(r.profession(),
						id("profession:" + plan.shortName() + ":" + r.profession())));
			functions.add(new Function(functionId, plan.shortName(), competences, professions));
			List<Staff> functionStaff = new ArrayList<>();
			for (RolePlan role : plan.roles()) {
				int count = role.lead() ? 1 : role.count() * scale;
				for (int i = 0; i < count; i++) {
					String[] name = uniqueName();
					String username = role.lead() ? plan.leadUsername() : username(name);
					Map<UUID, Integer> levels = new LinkedHashMap<>();
					for (int c = 0; c < role.competences().length; c++) {
						int base = role.levels()[c];
						int level = Math.max(1, Math.min(3, base - (i % 3 == 2 ? 1 : 0)));
						levels.put(competences.get(role.competences()[c]), level);
					}
					// generalists also know a little of a neighbouring area: the team can
					// cover each other
					if (!role.specialist() && random.nextInt(3) > 0) {
						String extra = plan.competences().get(random.nextInt(plan.competences().size()));
						levels.putIfAbsent(competences.get(extra), 1);
					}
					BigDecimal capacity = role.lead() ? new BigDecimal("16")
							: CAPACITIES[random.nextInt(CAPACITIES.length)];
					Staff member = new Staff(id("staff:" + plan.shortName() + ":" + role.profession() + ":" + i),
							functionId, name[0], name[1], email(name), phone(), professions.get(role.profession()),
							role.profession(), role.specialist(), capacity, username, role.lead(), levels);
					functionStaff.add(member);
				}
			}
			staff.addAll(functionStaff);
			List<Staff> contactPool = functionStaff.stream()
				.filter(s -> s.profession().equals(plan.contactProfession()))
				.toList();
			for (int i = 0; i < forvaltningar.size(); i++) {
				contacts.add(new Contact(forvaltningar.get(i).id(), functionId,
						contactPool.get(i % contactPool.size()).id()));
			}
		}
		return new Generated(units, functions, staff, contacts, klf.id());
	}

	/**
	 * The handler demo account is an HR-konsult and utbildningsförvaltningen's HR
	 * contact.
	 */
	public static String handlerProfession() {
		return "HR-konsult";
	}

	UUID id(String key) {
		return UUID.nameUUIDFromBytes(("helhet-demo:" + seed + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	private String[] uniqueName() {
		for (int attempt = 0; attempt < 1000; attempt++) {
			String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
			String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
			if (usedNames.add(first + " " + last)) {
				return new String[] { first, last };
			}
		}
		String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
		String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)] + "-"
				+ LAST_NAMES[random.nextInt(LAST_NAMES.length)];
		usedNames.add(first + " " + last);
		return new String[] { first, last };
	}

	private String username(String[] name) {
		String base = ascii(name[0]) + "." + ascii(name[1]);
		String candidate = base;
		for (int n = 2; !usedUsernames.add(candidate); n++) {
			candidate = base + n;
		}
		return candidate;
	}

	private String email(String[] name) {
		return ascii(name[0]) + "." + ascii(name[1]) + "@" + MAIL_DOMAIN;
	}

	private String phone() {
		return String.format("0470-%02d %02d %02d", 40 + random.nextInt(50), random.nextInt(100), random.nextInt(100));
	}

	static String ascii(String text) {
		return Normalizer.normalize(text.toLowerCase(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9-]", "");
	}

	private static final BigDecimal[] CAPACITIES = { new BigDecimal("40"), new BigDecimal("40"), new BigDecimal("40"),
			new BigDecimal("36"), new BigDecimal("32"), new BigDecimal("30") };

	/** Name, short name, mission. The first is where the central functions sit. */
	private static final String[][] FORVALTNINGAR = {
			{ "Kommunledningsförvaltningen", "KLF",
					"Stödjer kommunstyrelsen och samordnar kommunens styrning, planering och uppföljning." },
			{ "Utbildningsförvaltningen", "UBF",
					"Förskola, grundskola, gymnasium och vuxenutbildning för kommunens barn, unga och vuxna." },
			{ "Omsorgsförvaltningen", "OMF",
					"Äldreomsorg, hemtjänst, funktionsstöd och hälso- och sjukvård i hemmet." },
			{ "Förvaltningen för arbete och välfärd", "AVF",
					"Ekonomiskt bistånd, arbetsmarknadsinsatser, individ- och familjeomsorg." },
			{ "Kultur- och fritidsförvaltningen", "KFF",
					"Bibliotek, kulturhus, idrottsanläggningar, fritidsgårdar och evenemang." },
			{ "Samhällsbyggnadsförvaltningen", "SBF",
					"Översiktsplanering, detaljplaner, bygglov och mark- och exploatering." },
			{ "Tekniska förvaltningen", "TF", "Gator, parker, vatten och avlopp, avfall och kommunens fordon." },
			{ "Miljö- och hälsoskyddsförvaltningen", "MHF",
					"Tillsyn av livsmedel, miljö och hälsoskydd samt miljöstrategiskt arbete." } };

	private static final String[][] BOLAG = {
			{ "Sjöviks Kommunföretag AB", "SKF", "Moderbolag för de kommunala bolagen." },
			{ "Sjövikshem AB", "SHEM", "Kommunens allmännyttiga bostadsbolag med cirka 9 000 lägenheter." },
			{ "Sjövik Energi AB", "SEAB", "Fjärrvärme, elnät och förnybar elproduktion." },
			{ "Sjöviks Kommunlokaler AB", "SKL", "Äger och förvaltar skolor, förskolor och äldreboenden." },
			{ "Sjövik Vatten AB", "SVAB", "Dricksvatten och avloppsrening i kommunen." },
			{ "Sjöviks Parkerings AB", "SPAB", "Parkeringsanläggningar i centrum." },
			{ "Sjövik Airport AB", "SAAB", "Den regionala flygplatsen." },
			{ "Sjöviks Stadsnät AB", "SSN", "Öppet fibernät för hushåll och företag." } };

	private static final Map<String, String[]> UNITS = Map.of("Kommunledningsförvaltningen",
			new String[] { "Kansliavdelningen", "Digitaliseringsavdelningen", "Planeringsavdelningen" },
			"Utbildningsförvaltningen",
			new String[] { "Norrängsskolan", "Sjöstrandsskolan", "Katedralskolan", "Förskoleområde Väster",
					"Förskoleområde Öster", "Vuxenutbildningen" },
			"Omsorgsförvaltningen",
			new String[] { "Hemtjänst Norr", "Hemtjänst Söder", "Björkhagens vård- och omsorgsboende",
					"Funktionsstöd daglig verksamhet" },
			"Förvaltningen för arbete och välfärd",
			new String[] { "Försörjningsstöd", "Arbetsmarknadsenheten", "Barn och familj" },
			"Kultur- och fritidsförvaltningen",
			new String[] { "Stadsbiblioteket", "Konsthallen", "Fritidsgårdarna", "Idrottsanläggningar" },
			"Samhällsbyggnadsförvaltningen", new String[] { "Bygglovsenheten", "Planenheten", "Mark och exploatering" },
			"Tekniska förvaltningen", new String[] { "Gata och park", "Vatten och avlopp", "Fordonsenheten" },
			"Miljö- och hälsoskyddsförvaltningen", new String[] { "Livsmedelskontroll", "Miljötillsyn" });

	private static final List<FunctionPlan> FUNCTIONS = List.of(new FunctionPlan("HR-avdelningen", "HR", "hr-chef",
			"HR-konsult",
			"Arbetsgivarfrågor, rekrytering, lön, rehabilitering, arbetsrätt och arbetsmiljö för alla förvaltningar.",
			List.of("Rekrytering", "Rehabilitering", "Arbetsrätt", "Lön och ersättningar", "Arbetsmiljö", "Omställning",
					"Kompetensförsörjning", "Förhandling och samverkan"),
			List.of(new RolePlan("HR-chef", 1, true, true, new String[] { "Förhandling och samverkan", "Arbetsrätt" },
					new int[] { 3, 2 }),
					new RolePlan("HR-konsult", 5, false, false,
							new String[] { "Rehabilitering", "Rekrytering", "Arbetsmiljö" }, new int[] { 2, 2, 2 }),
					new RolePlan("Lönespecialist", 2, true, false, new String[] { "Lön och ersättningar" },
							new int[] { 3 }),
					new RolePlan("Arbetsrättsjurist", 2, true, false,
							new String[] { "Arbetsrätt", "Förhandling och samverkan" }, new int[] { 3, 2 }),
					new RolePlan("Rekryteringsspecialist", 2, true, false,
							new String[] { "Rekrytering", "Kompetensförsörjning" }, new int[] { 3, 2 }),
					new RolePlan("Rehabiliteringssamordnare", 1, true, false,
							new String[] { "Rehabilitering", "Arbetsmiljö" }, new int[] { 3, 2 }),
					new RolePlan("Arbetsmiljöspecialist", 1, true, false, new String[] { "Arbetsmiljö" },
							new int[] { 3 }),
					new RolePlan("Omställningsstrateg", 1, true, false,
							new String[] { "Omställning", "Kompetensförsörjning" }, new int[] { 3, 2 }))),
			new FunctionPlan("Ekonomiavdelningen", "EK", "ekonomichef", "Controller",
					"Budget, uppföljning, redovisning, bokslut, investeringar och inköp för alla förvaltningar.",
					List.of("Budget och prognos", "Bokslut och redovisning", "Investeringskalkyl",
							"Leverantörsfakturor", "Upphandling och inköp", "Internkontroll", "Finansiering",
							"Verksamhetsuppföljning"),
					List.of(new RolePlan("Ekonomichef", 1, true, true,
							new String[] { "Budget och prognos", "Finansiering" }, new int[] { 3, 3 }),
							new RolePlan("Controller", 3, false, false,
									new String[] { "Budget och prognos", "Verksamhetsuppföljning", "Internkontroll" },
									new int[] { 3, 2, 2 }),
							new RolePlan("Redovisningsekonom", 3, true, false,
									new String[] { "Bokslut och redovisning", "Leverantörsfakturor" },
									new int[] { 3, 2 }),
							new RolePlan("Budgetstrateg", 2, true, false,
									new String[] { "Budget och prognos", "Investeringskalkyl" }, new int[] { 3, 2 }),
							new RolePlan("Upphandlare", 1, true, false, new String[] { "Upphandling och inköp" },
									new int[] { 3 }),
							new RolePlan("Finansstrateg", 1, true, false,
									new String[] { "Finansiering", "Investeringskalkyl" }, new int[] { 3, 3 }),
							new RolePlan("Ekonomiassistent", 2, false, false, new String[] { "Leverantörsfakturor" },
									new int[] { 2 }))),
			new FunctionPlan("Kommunikationsavdelningen", "KOM", "kommunikationschef", "Kommunikatör",
					"Kommunikationsstöd, webb, press, grafisk produktion, kriskommunikation och kommunens evenemang.",
					List.of("Presskontakter", "Webbpublicering", "Grafisk produktion", "Kriskommunikation", "Evenemang",
							"Sociala medier", "Klarspråk", "Internkommunikation", "Digital tillgänglighet"),
					List.of(new RolePlan("Kommunikationschef", 1, true, true,
							new String[] { "Kriskommunikation", "Presskontakter" }, new int[] { 3, 3 }),
							new RolePlan("Kommunikatör", 4, false, false,
									new String[] { "Internkommunikation", "Sociala medier", "Klarspråk" },
									new int[] { 2, 2, 2 }),
							new RolePlan("Webbredaktör", 2, true, false,
									new String[] { "Webbpublicering", "Digital tillgänglighet", "Evenemang" },
									new int[] { 3, 2, 2 }),
							new RolePlan("Pressekreterare", 1, true, false,
									new String[] { "Presskontakter", "Kriskommunikation" }, new int[] { 3, 2 }),
							new RolePlan("Grafisk formgivare", 2, true, false, new String[] { "Grafisk produktion" },
									new int[] { 3 }),
							new RolePlan("Evenemangssamordnare", 1, true, false,
									new String[] { "Evenemang", "Presskontakter" }, new int[] { 3, 1 }))));

	record FunctionPlan(String name, String shortName, String leadUsername, String contactProfession,
			String description, List<String> competences, List<RolePlan> roles) {
	}

	record RolePlan(String profession, int count, boolean specialist, boolean lead, String[] competences,
			int[] levels) {
	}

	/** A unit of the group. */
	public record Unit(UUID id, String kind, String name, String shortName, UUID parentId,
			boolean ordersCentralServices, String description) {
	}

	/** A central function's competences and professions by name. */
	public record Function(UUID id, String shortName, Map<String, UUID> competences, Map<String, UUID> professions) {
	}

	/** A central staff member. */
	public record Staff(UUID id, UUID functionId, String firstName, String lastName, String email, String phone,
			UUID professionId, String profession, boolean specialist, BigDecimal weeklyCapacityHours, String username,
			boolean lead, Map<UUID, Integer> competences) {
	}

	/** A förvaltning's named contact in a function. */
	public record Contact(UUID forvaltningId, UUID functionId, UUID staffId) {
	}

	/** The generated organisation. */
	public record Generated(List<Unit> units, List<Function> functions, List<Staff> staff, List<Contact> contacts,
			UUID centralFunctionsHome) {

		public Unit unitNamed(String name) {
			return units.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
		}

		public Unit functionWithShortName(String shortName) {
			return units.stream()
				.filter(u -> u.kind().equals("FUNCTION") && shortName.equals(u.shortName()))
				.findFirst()
				.orElseThrow();
		}

	}

}
