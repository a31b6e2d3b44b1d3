package se.helhet.events.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import se.helhet.events.Accessibility;
import se.helhet.events.AgeGroup;
import se.helhet.events.Category;

/**
 * Kulturnatten in Sjövik, generated from building blocks: about fifty venues in seven
 * parts of the city and about three hundred events whose titles, texts, organisers, times
 * and accessibility vary the way a real programme does. The same seed gives the same
 * programme.
 */
final class DemoProgramme {

	/** Kulturnatten 2027: the last Saturday in January. */
	static final LocalDate NIGHT = LocalDate.of(2027, 1, 30);

	static final String SLUG = "kulturnatten-2027";

	static final String CALENDAR_SLUG = "evenemangskalendern";

	private final Random random;

	private final int eventsWanted;

	/**
	 * @param events how many events: 300 for the demo, 400 for the benchmark
	 */
	DemoProgramme(long seed, int events) {
		this.random = new Random(seed ^ 0x4b756c74L);
		this.eventsWanted = events;
	}

	record Venue(String name, String street, String postalCode, String area, BigDecimal latitude, BigDecimal longitude,
			boolean stepFree, boolean accessibleToilet, boolean parkingNearby, LocalTime opens, LocalTime closes,
			String kind) {
	}

	record Slot(OffsetDateTime start, OffsetDateTime end, Set<Accessibility> accessibility) {
	}

	record Event(int number, String titleSv, String titleEn, String descriptionSv, String descriptionEn, Venue venue,
			String organiser, List<Slot> slots, Set<Category> categories, Set<AgeGroup> ages, String language,
			Integer priceSek, String priceNote, List<String[]> links) {
	}

	/** An area of the city and where its centre lies. */
	private record Area(String name, double lat, double lon, String postalCode) {
	}

	private static final List<Area> AREAS = List.of(new Area("Centrum", 56.8790, 14.8059, "352 30"),
			new Area("Gamla staden", 56.8772, 14.8120, "352 33"), new Area("Hamnen", 56.8745, 14.7960, "352 36"),
			new Area("Norrängen", 56.8905, 14.8150, "352 45"), new Area("Sjöstrand", 56.8690, 14.8230, "352 51"),
			new Area("Östra Lugnet", 56.8820, 14.8390, "352 55"), new Area("Tallbacken", 56.8950, 14.7880, "352 60"));

	/**
	 * The venues: name, street address, area index, kind (what it puts on), opening
	 * hours.
	 */
	private static final String[][] VENUES = {
			{ "Stadsbiblioteket", "Västra Esplanaden 7", "0", "bibliotek", "10", "22" },
			{ "Konsthallen", "Kungsgatan 12", "0", "konst", "11", "23" },
			{ "Sjöviks museum", "Museiplatsen 1", "1", "museum", "10", "24" },
			{ "Domkyrkan", "Kyrkogatan 2", "1", "kyrka", "12", "23" },
			{ "Stadsteatern", "Teatergatan 4", "0", "teater", "13", "24" },
			{ "Konserthuset", "Västra Esplanaden 10", "0", "musik", "14", "24" },
			{ "Rådhuset", "Stortorget 1", "0", "historia", "10", "18" },
			{ "Stortorget", "Stortorget", "0", "utomhus", "15", "24" },
			{ "Kulturhuset Magasinet", "Hamngatan 3", "2", "kultur", "12", "24" },
			{ "Hamnmagasinet", "Kajen 5", "2", "kultur", "14", "24" },
			{ "Sjöfartsmuseet", "Kajen 9", "2", "museum", "10", "20" },
			{ "Båtklubbens paviljong", "Strandpromenaden 2", "2", "förening", "16", "22" },
			{ "Café Kajutan", "Kajen 14", "2", "café", "10", "23" },
			{ "Biografen Fyren", "Storgatan 21", "0", "film", "13", "24" },
			{ "Bokhandeln Lärkan", "Storgatan 8", "0", "butik", "10", "21" },
			{ "Galleri Norrsken", "Norra Järnvägsgatan 5", "0", "konst", "12", "22" },
			{ "Gamla apoteket", "Kyrkogatan 9", "1", "historia", "11", "20" },
			{ "Biskopsgården", "Kyrkogatan 14", "1", "historia", "12", "21" },
			{ "Hantverkshuset", "Smedjegatan 3", "1", "verkstad", "10", "20" },
			{ "Musikskolan", "Skolgatan 11", "1", "musik", "12", "22" },
			{ "Katedralskolan", "Skolgatan 1", "1", "skola", "14", "22" },
			{ "Restaurang Linnea", "Linnégatan 6", "1", "mat", "16", "24" },
			{ "Krukmakeriet", "Smedjegatan 10", "1", "verkstad", "11", "19" },
			{ "Norrängens bibliotek", "Norrängsvägen 30", "3", "bibliotek", "10", "20" },
			{ "Norrängsskolan", "Norrängsvägen 44", "3", "skola", "12", "20" },
			{ "Norrängens fritidsgård", "Lärkvägen 2", "3", "ungdom", "14", "23" },
			{ "Norrängens kyrka", "Kyrkbacken 1", "3", "kyrka", "12", "21" },
			{ "Medborgarhuset Norrängen", "Norrängstorget 3", "3", "kultur", "11", "22" },
			{ "Sjöstrandsskolan", "Strandvägen 20", "4", "skola", "12", "20" },
			{ "Sjöstrandsbadet", "Strandvägen 40", "4", "utomhus", "16", "21" },
			{ "Villa Solgläntan", "Solvägen 3", "4", "konst", "12", "22" },
			{ "Sjöstrands bibliotek", "Strandtorget 2", "4", "bibliotek", "10", "19" },
			{ "Segelsällskapets klubbhus", "Bryggvägen 1", "4", "förening", "15", "22" },
			{ "Östra Lugnets kulturgård", "Lugnetvägen 12", "5", "kultur", "11", "22" },
			{ "Lugnets dansstudio", "Idrottsvägen 4", "5", "dans", "13", "23" },
			{ "Sporthallen Lugnet", "Idrottsvägen 8", "5", "idrott", "12", "20" },
			{ "Moskéföreningens kulturcenter", "Lugnetvägen 30", "5", "förening", "14", "22" },
			{ "Planetariet", "Observatorievägen 1", "5", "vetenskap", "14", "24" },
			{ "Tallbackens hembygdsgård", "Gårdsvägen 5", "6", "historia", "11", "20" },
			{ "Tallbackens bibliotek", "Tallbackstorget 1", "6", "bibliotek", "10", "19" },
			{ "Ateljé Tallkotten", "Barrvägen 7", "6", "konst", "12", "21" },
			{ "Kvarnen scen", "Kvarnvägen 2", "6", "musik", "16", "24" },
			{ "Naturum Tallbacken", "Skogsstigen 1", "6", "vetenskap", "10", "18" },
			{ "Stadsparken", "Parkgatan", "0", "utomhus", "16", "23" },
			{ "Residenset", "Residensgatan 1", "0", "historia", "12", "18" },
			{ "Studieförbundet Vuxenskolan", "Storgatan 40", "0", "verkstad", "12", "22" },
			{ "ABF-huset", "Folketshusgatan 2", "0", "kultur", "12", "23" },
			{ "Pensionärsföreningens lokal", "Södra Vägen 9", "1", "förening", "11", "17" },
			{ "Teknikens hus", "Universitetsvägen 3", "3", "vetenskap", "10", "20" },
			{ "Vinterträdgården", "Parkgatan 4", "0", "konst", "12", "24" },
			{ "Saluhallen", "Torggatan 6", "0", "mat", "10", "22" }, };

	List<Venue> venues() {
		List<Venue> venues = new ArrayList<>();
		for (String[] v : VENUES) {
			Area area = AREAS.get(Integer.parseInt(v[2]));
			double lat = area.lat() + (random.nextDouble() - 0.5) * 0.006;
			double lon = area.lon() + (random.nextDouble() - 0.5) * 0.01;
			boolean outdoors = v[3].equals("utomhus");
			venues.add(new Venue(v[0], v[1], area.postalCode(), area.name(), decimal(lat), decimal(lon),
					outdoors || random.nextInt(10) < 7, !outdoors && random.nextInt(10) < 6, random.nextInt(10) < 4,
					LocalTime.of(Integer.parseInt(v[4]), 0),
					Integer.parseInt(v[5]) == 24 ? LocalTime.MAX : LocalTime.of(Integer.parseInt(v[5]), 0), v[3]));
		}
		return venues;
	}

	/**
	 * A kind of event: its category, who it is for and how its title and text are built.
	 */
	private record Block(Category category, Set<String> venueKinds, AgeGroup age, int minutes, String titleSv,
			String titleEn, String textSv, String textEn, boolean repeats) {
	}

	private static Block block(Category category, String venueKinds, AgeGroup age, int minutes, boolean repeats,
			String titleSv, String titleEn, String textSv, String textEn) {
		return new Block(category, Set.of(venueKinds.split(",")), age, minutes, titleSv, titleEn, textSv, textEn,
				repeats);
	}

	// {x} is filled from the pools below: {artist}, {kor}, {forfattare}, {amne}, {epok},
	// {land}, {ratt}, {instrument}, {stil}
	private static final List<Block> BLOCKS = List.of(block(Category.MUSIK, "musik,kultur,utomhus,café,mat",
			AgeGroup.ALLA, 45, false, "Konsert med {artist}", "Concert with {artist}",
			"{artist} spelar egna låtar och några älskade klassiker. Sittplatser finns för cirka 80 personer, kom i god tid.",
			"{artist} play their own songs and a few beloved classics. Seats for about 80 people; come early."),
			block(Category.MUSIK, "kyrka,musik", AgeGroup.ALLA, 40, true, "{kor} sjunger vintersånger",
					"{kor} sings winter songs",
					"En stämningsfull stund med {kor}. Programmet blandar folkvisor, nyskrivet och en allsång på slutet.",
					"An atmospheric hour with {kor}: folk songs, new music and a sing-along at the end."),
			block(Category.MUSIK, "musik,skola", AgeGroup.ALLA, 30, true, "Elever spelar {instrument}",
					"Students play the {instrument}",
					"Musikskolans elever visar vad de lärt sig i höst. Prova gärna själv efteråt – lärarna finns på plats.",
					"Music school students show what they have learnt this autumn. Try it yourself afterwards."),
			block(Category.MUSIK, "musik,kultur,mat,café", AgeGroup.VUXNA, 60, false, "{stil} i vinternatten", null,
					"Kvällens gäster bjuder på {stil} i intim miljö. Baren är öppen, entrén fri så länge platserna räcker.",
					null),
			block(Category.KONST, "konst,kultur", AgeGroup.ALLA, 240, false, "Utställning: {konstnar} – {tema}",
					"Exhibition: {konstnar} – {tema}",
					"{konstnar} visar måleri och grafik på temat {tema}. Konstnären finns på plats och berättar om verken.",
					"{konstnar} shows paintings and prints on the theme {tema}. The artist is there to talk about the work."),
			block(Category.KONST, "konst,museum", AgeGroup.ALLA, 30, true, "Visning av {tema}", "Guided view: {tema}",
					"En av våra guider tar dig runt i utställningen om {tema}. Visningen är cirka 30 minuter.",
					"One of our guides shows you the exhibition on {tema}. About 30 minutes."),
			block(Category.VERKSTAD, "verkstad,konst,bibliotek,kultur", AgeGroup.BARN, 60, true,
					"Verkstad: gör din egen {pyssel}", "Workshop: make your own {pyssel}",
					"Kom och skapa! Vi har allt material, du tar med fantasin. Passar barn från sex år tillsammans med en vuxen.",
					"Come and create! We provide the materials, you bring your imagination. For children from six with an adult."),
			block(Category.VERKSTAD, "verkstad", AgeGroup.VUXNA, 90, false, "Prova på {hantverk}", "Try {hantverk}",
					"Hantverkarna visar grunderna och du får prova själv. Begränsat antal platser, först till kvarn.",
					"The craftspeople show the basics and you try it yourself. Limited places, first come first served."),
			block(Category.LITTERATUR, "bibliotek,butik,café,kultur", AgeGroup.VUXNA, 45, false,
					"Författarsamtal med {forfattare}", "In conversation with {forfattare}",
					"{forfattare} berättar om sin nya bok och läser ur den. Efteråt finns tid för frågor och signering.",
					"{forfattare} talks about the new book and reads from it, followed by questions and signing."),
			block(Category.LITTERATUR, "bibliotek", AgeGroup.SMABARN, 30, true, "Sagostund i vinterljus",
					"Story time in the winter light",
					"Vi läser högt ur bilderböcker om snö, mörker och mys. För de minsta, 2–5 år, tillsammans med en vuxen.",
					"We read picture books about snow, darkness and cosiness. For children aged 2–5 with an adult."),
			block(Category.LITTERATUR, "bibliotek,kultur", AgeGroup.UNGA, 60, false, "Skrivarverkstad för unga",
					"Writing workshop for young people",
					"Skriv en novell på en timme! En författare ger tips och övningar. För dig mellan 13 och 19 år.",
					"Write a short story in an hour, with tips and exercises from an author. For ages 13–19."),
			block(Category.TEATER, "teater,kultur,skola", AgeGroup.BARN, 45, true, "Barnteater: {pjas}",
					"Children's theatre: {pjas}",
					"En rolig och lite läskig föreställning om vänskap och mod. Passar barn från fyra år.",
					"A funny and slightly scary play about friendship and courage. For children from four."),
			block(Category.TEATER, "teater,kultur", AgeGroup.VUXNA, 60, false, "Improvisationsteater med Sjöviks impro",
					"Improv theatre with Sjövik Impro",
					"Publiken bestämmer och skådespelarna hittar på. Ingen föreställning blir den andra lik.",
					"The audience decides and the actors make it up. No two shows are the same."),
			block(Category.DANS, "dans,kultur,utomhus", AgeGroup.ALLA, 30, true, "Dansuppvisning: {dans}",
					"Dance show: {dans}",
					"Dansare från {forening} visar {dans}. Efteråt blir det en kort lektion där alla får vara med.",
					"Dancers from {forening} show {dans}, followed by a short lesson for everyone."),
			block(Category.DANS, "dans,ungdom", AgeGroup.UNGA, 60, false, "Streetdance-battle", "Street dance battle",
					"Unga dansare möts i battle med DJ. Anmäl dig på plats om du vill tävla, annars heja!",
					"Young dancers battle to a DJ. Sign up on site to compete, or come and cheer."),
			block(Category.FILM, "film,bibliotek,kultur", AgeGroup.ALLA, 90, false, "Film: {film}", "Film: {film}",
					"Vi visar {film}, en film som blivit en favorit i Sjövik. Filmen är textad.",
					"We show {film}, a local favourite. Subtitled."),
			block(Category.HISTORIA, "historia,museum,kyrka", AgeGroup.ALLA, 45, true, "Guidad tur: {epok}",
					"Guided tour: {epok}",
					"Följ med på en vandring genom {epok}. Guiden berättar om människorna som levde här och visar platser man sällan ser.",
					"Join a walk through {epok}. The guide tells of the people who lived here and shows rarely seen places."),
			block(Category.HISTORIA, "historia,bibliotek", AgeGroup.VUXNA, 45, false, "Föredrag: {epok}",
					"Talk: {epok}", "Hembygdsföreningen berättar om {epok} med bilder ur arkivet. Kaffe serveras.",
					"The local history society talks about {epok} with pictures from the archive. Coffee served."),
			block(Category.VETENSKAP, "vetenskap,bibliotek,skola", AgeGroup.BARN, 45, true,
					"Experimentverkstad: {experiment}", "Experiment workshop: {experiment}",
					"Vad händer när {experiment}? Testa själv tillsammans med forskare från högskolan.",
					"What happens when {experiment}? Find out with researchers from the university."),
			block(Category.VETENSKAP, "vetenskap", AgeGroup.ALLA, 40, true, "Stjärnhimlen i januari",
					"The January night sky",
					"Vi tittar på vinterns stjärnbilder i kupolen och, om det är klart, i teleskopet på taket.",
					"Winter constellations under the dome and, if the sky is clear, through the telescope on the roof."),
			block(Category.MAT, "mat,café,förening", AgeGroup.ALLA, 60, false, "Smaka på {ratt}", "Taste {ratt}",
					"Vi bjuder på {ratt} och berättar om receptet. Så länge det räcker!",
					"Come and taste {ratt} and hear about the recipe. While stocks last!"),
			block(Category.MAT, "mat", AgeGroup.VUXNA, 60, false, "Matlagning från {land}", "Cooking from {land}",
					"Sjöviksbor med rötter i {land} lagar mat och berättar om traditionerna bakom.",
					"People of Sjövik with roots in {land} cook and talk about the traditions behind the food."),
			block(Category.FOREDRAG, "bibliotek,kultur,förening,vetenskap", AgeGroup.VUXNA, 45, false,
					"Föreläsning: {amne}", "Lecture: {amne}",
					"En kort föreläsning om {amne}, följd av samtal med publiken.",
					"A short lecture on {amne}, followed by a conversation with the audience."),
			block(Category.GUIDNING, "utomhus,historia", AgeGroup.ALLA, 60, true, "Lyktvandring genom {plats}",
					"Lantern walk through {plats}",
					"Vi går med lyktor genom {plats} och stannar vid platser med spännande historier. Varma kläder!",
					"A lantern-lit walk through {plats}, stopping at places with stories to tell. Dress warmly!"),
			block(Category.MUSIK, "ungdom,kultur", AgeGroup.UNGA, 45, false, "Ung scen: {band}", "Young stage: {band}",
					"Sjöviks unga band tar scenen. Kvällens akt är {band}.",
					"Sjövik's young bands take the stage. Tonight: {band}."),
			block(Category.VERKSTAD, "idrott,förening", AgeGroup.BARN, 60, true, "Prova på {sport}", "Try {sport}",
					"Föreningen visar grunderna i {sport}. Ta med inneskor, utrustning finns att låna.",
					"The club shows the basics of {sport}. Bring indoor shoes; equipment can be borrowed."));

	/**
	 * Fills that are Swedish words, not names: an English text with one of them would
	 * read half in Swedish, so those events stay Swedish only.
	 */
	private static final List<String> SWEDISH_WORDS = List.of("{pyssel}", "{hantverk}", "{tema}", "{dans}", "{epok}",
			"{experiment}", "{ratt}", "{amne}", "{plats}", "{sport}", "{instrument}", "{land}");

	private static final String[] ARTISTS = { "Trio Vinterljus", "Annika Ström & Band", "Sjöviks Storband",
			"Duo Hallon", "Karl-Erik Nyberg", "Folkbandet Tjärn", "Nour Haddad Kvartett", "Ellen Sandberg",
			"Brasskvintetten Norrsken", "The Harbour Lights", "Salsa Sjövik", "Maja och Mikael",
			"Kvartetten Isbrytaren", "Johanna Ek", "Sjöviks spelmanslag", "Bandet Nordanvind", "Leila Karimi",
			"Gustav Hedlund Trio", "Orkestern Ljusglimt", "Vilma & Vänner" };

	private static final String[] CHOIRS = { "Domkyrkokören", "Sjöviks kammarkör", "Norrängens gospelkör",
			"Flickkören Lärkan", "Manskören Bryggan", "Seniorkören Silverstämman", "Ungdomskören Eko",
			"Kören Vox Sjövik" };

	private static final String[] INSTRUMENTS = { "fiol", "piano", "gitarr", "trummor", "cello", "nyckelharpa" };

	private static final String[] STYLES = { "Jazz", "Blues", "Visor", "Folkmusik", "Tango", "Klezmer" };

	private static final String[] ARTISTS_VISUAL = { "Lena Holm", "Amir Sadeghi", "Britt-Marie Oskarsson", "Jonas Lind",
			"Sara Kekkonen", "Fatima Yilmaz" };

	private static final String[] THEMES = { "ljus och mörker", "sjön", "staden som växer", "vinterfåglar", "minnen",
			"händer" };

	private static final String[] CRAFTS = { "pappersstjärna", "lykta av glasburk", "bokmärke", "snöglob",
			"tygkasse med tryck", "vinterkrans" };

	private static final String[] HANDICRAFTS = { "smide", "drejning", "knyppling", "bokbinderi", "kalligrafi" };

	private static final String[] AUTHORS = { "Eva Lundqvist", "Hassan Jama", "Kristina Bergdahl", "Per Åkesson",
			"Linnea Ohlsson", "Ingrid Falk", "Samir Osman", "Ulla Isaksson", "Viktor Engström" };

	private static final String[] PLAYS = { "Trollet i källaren", "Den modiga snöflingan", "Lilla Björn vaknar",
			"Pippis vinterresa" };

	private static final String[] DANCES = { "folkdans från Småland", "bollywooddans", "hiphop", "balett", "lindy hop",
			"dabke" };

	private static final String[] CLUBS = { "Sjöviks folkdanslag", "Dansföreningen Takt", "Kulturföreningen Oliven",
			"Studio Rörelse" };

	private static final String[] FILMS = { "Sommaren vid sjön", "Hamnens ljus", "Fiskarens dotter",
			"En vinter i Sjövik", "Systrarna på Norrängen", "Sista tåget från Sjövik" };

	private static final String[] EPOCHS = { "medeltidens Sjövik", "stadsbranden 1843", "järnvägens ankomst",
			"hamnens storhetstid", "tändsticksfabriken", "1900-talets skolor", "kvarteret kring Domkyrkan",
			"emigrationen till Amerika", "Sjöviks första bibliotek" };

	private static final String[] EXPERIMENTS = { "is möter salt", "ljuset bryts", "vi bygger en raket",
			"magneter dansar" };

	private static final String[] DISHES = { "äppelkaka från Sjöviks trädgårdar", "kroppkakor", "saffransbullar",
			"linssoppa", "baklava", "kolbullar" };

	private static final String[] COUNTRIES = { "Syrien", "Bosnien", "Chile", "Finland", "Eritrea" };

	private static final String[] TOPICS = { "sömn och mörker", "sjöns fåglar", "AI i vardagen", "Sjöviks gatunamn",
			"klimatet i Småland" };

	private static final String[] PLACES = { "Gamla staden", "hamnen", "Stadsparken", "Tallbacken" };

	private static final String[] BANDS = { "Nattfjärilar", "Kaos i Köket", "Lugnet Crew", "Blå Timmen", "Vinterkräk",
			"Sjöbusarna", "Neonfåglar" };

	private static final String[] SPORTS = { "innebandy", "klättring", "judo", "parkour" };

	private static final String[] ORGANISERS = { "Sjöviks hembygdsförening", "Studieförbundet Vuxenskolan",
			"ABF Sjövik", "Kultur- och fritidsförvaltningen", "Sjöviks konstförening", "Musikskolan i Sjövik",
			"Föreningen Norden Sjövik", "Sjöviks scoutkår", "Rädda Barnen Sjövik", "Röda Korset Sjövik",
			"Sjöviks schacksällskap", "Svenska kyrkan i Sjövik", "Sjöviks stadsmission", "Högskolan i Sjövik",
			"Sjöviks teaterförening", "Naturskyddsföreningen Sjövik" };

	List<Event> events(List<Venue> venues) {
		List<Event> events = new ArrayList<>();
		int number = 1;
		// every venue gets a share; busy kinds (museum, library, culture house) more
		int round = 0;
		int before = -1;
		while (events.size() < eventsWanted && events.size() != before) {
			before = round == 0 ? -1 : events.size();
			for (Venue venue : venues) {
				if (events.size() >= eventsWanted) {
					break;
				}
				int share = switch (venue.kind()) {
					case "museum", "bibliotek", "kultur", "musik", "konst" -> 8;
					case "utomhus", "teater", "historia", "verkstad" -> 6;
					default -> 4;
				};
				if (round >= share * (1 + (eventsWanted - 1) / 300)) {
					continue;
				}
				List<Block> fitting = BLOCKS.stream().filter(b -> b.venueKinds().contains(venue.kind())).toList();
				if (fitting.isEmpty()) {
					fitting = BLOCKS.stream().filter(b -> b.category() == Category.FOREDRAG).toList();
				}
				events.add(event(number++, fitting.get(random.nextInt(fitting.size())), venue));
			}
			round++;
		}
		return events;
	}

	private Event event(int number, Block block, Venue venue) {
		String[] fills = new String[] { pick(ARTISTS), pick(CHOIRS), pick(INSTRUMENTS), pick(STYLES),
				pick(ARTISTS_VISUAL), pick(THEMES), pick(CRAFTS), pick(HANDICRAFTS), pick(AUTHORS), pick(PLAYS),
				pick(DANCES), pick(CLUBS), pick(FILMS), pick(EPOCHS), pick(EXPERIMENTS), pick(DISHES), pick(COUNTRIES),
				pick(TOPICS), pick(PLACES), pick(BANDS), pick(SPORTS) };
		String titleSv = fill(block.titleSv(), fills);
		boolean translated = random.nextInt(10) >= 3 && block.titleEn() != null
				&& SWEDISH_WORDS.stream().noneMatch(block.titleEn()::contains)
				&& (block.textEn() == null || SWEDISH_WORDS.stream().noneMatch(block.textEn()::contains));
		String titleEn = translated ? fill(block.titleEn(), fills) : null;
		String textSv = fill(block.textSv(), fills) + " " + closing();
		String textEn = titleEn == null || block.textEn() == null ? null : fill(block.textEn(), fills);
		List<Slot> slots = slots(block, venue);
		Set<Category> categories = new LinkedHashSet<>(List.of(block.category()));
		if (random.nextInt(8) == 0) {
			categories.add(Category.values()[random.nextInt(Category.values().length)]);
		}
		Set<AgeGroup> ages = EnumSet.of(block.age());
		if (block.age() == AgeGroup.BARN && random.nextBoolean()) {
			ages.add(AgeGroup.SMABARN);
		}
		String language = switch (random.nextInt(30)) {
			case 0 -> "engelska";
			case 1 -> "arabiska och svenska";
			case 2 -> "svenskt teckenspråk";
			default -> "svenska";
		};
		boolean paid = block.category() == Category.VERKSTAD && random.nextInt(4) == 0;
		List<String[]> links = random.nextInt(5) == 0
				? List.<String[]>of(new String[] { "https://www.sjovik.se/kulturnatten", "Mer om Kulturnatten" })
				: List.of();
		return new Event(number, titleSv, titleEn, textSv, textEn, venue,
				venue.kind().equals("förening") || random.nextInt(3) == 0 ? pick(ORGANISERS) : venue.name(), slots,
				categories, ages, language, paid ? 40 : null, paid ? "Materialkostnad 40 kr, betalas på plats" : "",
				links);
	}

	private String closing() {
		String[] closings = { "Fri entré.", "Ingen föranmälan.", "Välkommen!", "Fika finns att köpa.",
				"Lokalen har hörslinga.", "Passar hela familjen.", "Begränsat antal platser." };
		return closings[random.nextInt(closings.length)];
	}

	private List<Slot> slots(Block block, Venue venue) {
		int opens = venue.opens().getHour();
		int closes = venue.closes() == LocalTime.MAX ? 24 : venue.closes().getHour();
		int minutes = block.minutes() + (block.minutes() >= 240 ? 0 : 15 * random.nextInt(3));
		int lastStart = Math.max(opens * 2, closes * 2 - (minutes + 29) / 30);
		int count = block.repeats() && random.nextInt(3) > 0 ? 2 + random.nextInt(2) : 1;
		List<Slot> slots = new ArrayList<>();
		int half = opens * 2 + random.nextInt(Math.max(1, lastStart - opens * 2 + 1));
		for (int i = 0; i < count && half <= lastStart; i++) {
			OffsetDateTime start = at(half);
			OffsetDateTime end = start.plusMinutes(minutes);
			Set<Accessibility> access = EnumSet.noneOf(Accessibility.class);
			if (random.nextInt(20) == 0) {
				access.add(Accessibility.SIGN_LANGUAGE);
			}
			if (random.nextInt(5) == 0) {
				access.add(Accessibility.HEARING_LOOP);
			}
			if (block.category() == Category.FILM || random.nextInt(25) == 0) {
				access.add(Accessibility.CAPTIONS);
			}
			if ((block.age() == AgeGroup.SMABARN || block.age() == AgeGroup.BARN) && random.nextInt(3) == 0) {
				access.add(Accessibility.LOW_STIMULUS);
			}
			slots.add(new Slot(start, end, access));
			half += (minutes + 29) / 30 + 2 + random.nextInt(3);
		}
		if (slots.isEmpty()) {
			OffsetDateTime start = at(opens * 2);
			slots.add(new Slot(start, start.plusMinutes(minutes), EnumSet.noneOf(Accessibility.class)));
		}
		return slots;
	}

	/** The half hour of Kulturnatten, in Swedish time. */
	static OffsetDateTime at(int halfHours) {
		ZonedDateTime day = NIGHT.atStartOfDay(EventsService.STOCKHOLM);
		return day.plusMinutes(30L * halfHours).toOffsetDateTime();
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String fill(String template, String[] f) {
		return template.replace("{artist}", f[0])
			.replace("{kor}", f[1])
			.replace("{instrument}", f[2])
			.replace("{stil}", f[3])
			.replace("{konstnar}", f[4])
			.replace("{tema}", f[5])
			.replace("{pyssel}", f[6])
			.replace("{hantverk}", f[7])
			.replace("{forfattare}", f[8])
			.replace("{pjas}", f[9])
			.replace("{dans}", f[10])
			.replace("{forening}", f[11])
			.replace("{film}", f[12])
			.replace("{epok}", f[13])
			.replace("{experiment}", f[14])
			.replace("{ratt}", f[15])
			.replace("{land}", f[16])
			.replace("{amne}", f[17])
			.replace("{plats}", f[18])
			.replace("{band}", f[19])
			.replace("{sport}", f[20]);
	}

	private static BigDecimal decimal(double value) {
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
	}

}
