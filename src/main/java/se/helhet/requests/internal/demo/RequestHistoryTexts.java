package se.helhet.requests.internal.demo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Swedish of the demo request history: per catalogue service the kinds of question
 * people actually ask, each in many phrasings, plus the pieces a message is assembled
 * from (greetings, openers, closings, signatures) and what handlers write back. Words in
 * braces are filled per request, e.g. {unit}, {name}, {date}, {amount}, {supplier}.
 */
final class RequestHistoryTexts {

	private RequestHistoryTexts() {
	}

	/**
	 * One kind of question to a service.
	 *
	 * @param key short name
	 * @param weight how common, relative to the service's other kinds
	 * @param season weight per calendar month (index 0 = January), null for all year
	 * @param titles ways people title it
	 * @param bodies ways people ask it (the core of the message)
	 * @param details details people add, some of them
	 * @param answers form answers that follow from the question, "key=value"
	 */
	record Kind(String key, double weight, double[] season, List<String> titles, List<String> bodies,
			List<String> details, Map<String, String> answers) {

		double weightIn(int month) {
			return weight * (season == null ? 1.0 : season[month - 1]);
		}

	}

	/**
	 * The same question arriving from several förvaltningar within a few weeks.
	 *
	 * @param key stable name, e.g. "heltid-som-norm"
	 * @param service the catalogue service
	 * @param daysAgo when the first one arrives, counted back from now
	 * @param spanDays how many days they keep coming
	 * @param count how many arrive
	 * @param kind the phrasings
	 */
	record Cluster(String key, String service, int daysAgo, int spanDays, int count, Kind kind) {
	}

	static String[] t(String... texts) {
		return texts;
	}

	/** Strong in the given months, weak the rest of the year. */
	static double[] peak(int... months) {
		double[] w = new double[12];
		Arrays.fill(w, 0.35);
		for (int m : months) {
			w[m - 1] = 3.0;
		}
		return w;
	}

	/** Only in the given months. */
	static double[] only(int... months) {
		double[] w = new double[12];
		for (int m : months) {
			w[m - 1] = 2.0;
		}
		return w;
	}

	static Kind kind(String key, double weight, double[] season, String[] titles, String[] bodies, String[] details,
			String... answers) {
		Map<String, String> a = new LinkedHashMap<>();
		for (String answer : answers) {
			int eq = answer.indexOf('=');
			a.put(answer.substring(0, eq), answer.substring(eq + 1));
		}
		return new Kind(key, weight, season, List.of(titles), List.of(bodies), List.of(details), a);
	}

	// ---- the parts of a message

	static final List<String> GREETINGS = List.of("Hej!", "Hej,", "Hej {contact}!", "Hej {contact},", "Hejsan!",
			"Hej hej", "God morgon!", "Hej igen!", "Hallå!", "Hej {function}!", "Tjena,", "Hej på er,");

	static final List<String> OPENERS = List.of("Jag är {role} på {unit} och har en fråga.",
			"Vi på {unit} behöver hjälp med en sak.", "Jag skriver för {unit}s räkning.",
			"Ny som {role} här, så ursäkta om frågan är enkel.",
			"Har en fråga som jag inte hittar svar på i rutinerna.", "Min chef bad mig höra av mig till er.",
			"Vi hade uppe det här på ledningsgruppen i veckan.", "Kort fråga från {unit}.",
			"Jag har försökt leta på intranätet men hittar inget.", "Det här har legat på mitt bord ett tag nu.",
			"Ringde tidigare men kom inte fram, så jag skriver här istället.", "Följer upp det vi pratade om på APT.",
			"Skriver från {unit}, {forv}.");

	static final List<String> CLOSINGS = List.of("Tack på förhand!", "Tacksam för snabbt svar.",
			"Hör av er om ni behöver mer information.",
			"Ring gärna om det är enklare, jag sitter på {unit} hela veckan.", "Tack!",
			"Vore bra om vi kunde få svar innan {date}.", "Ha en fin dag!", "Tack för hjälpen!",
			"Säg till om jag ska fylla i något mer.", "Det brådskar lite.",
			"Ingen jättebrådska, men gärna inom ett par veckor.", "Återkom gärna med vad ni behöver från oss.");

	/** {first}, {full}, {role}, {unit}, {phone} */
	static final List<String> SIGNATURES = List.of("Mvh {first}", "/{first}", "Hälsningar\n{full}",
			"Med vänlig hälsning\n{full}\n{role}, {unit}", "MVH {first}", "//{first}", "Vänliga hälsningar\n{full}",
			"{first}", "Mvh\n{full}\n{role}\nTel {phone}", "Hälsningar {first} på {unit}",
			"Tack, {first}\n\nSkickat från min iPhone");

	// ---- what handlers and requesters write after intake

	static final Map<String, List<String>> QUESTIONS = Map.of("HR", List.of(
			"Hej {first}! Tack för ditt ärende. Kan du berätta lite mer om bakgrunden, och om medarbetaren är informerad?",
			"Hej! För att kunna hjälpa dig behöver jag veta vilken anställningsform det gäller och sedan när.",
			"Hej {first}, jag behöver några uppgifter till: vilken period gäller det och har du pratat med facket?",
			"Tack för frågan. Har du möjlighet att skicka underlaget ni har hittills, t.ex. anteckningar från samtalen?",
			"Hej! Innan jag går vidare: finns det ett tidigare beslut eller en överenskommelse i frågan? Skicka gärna den.",
			"Hej {first}. Vilket datum vill du att det ska gälla från? Och är det heltid eller deltid?",
			"Hej, kan vi ta ett kort möte om detta? Föreslå gärna en tid nästa vecka."), "EK",
			List.of("Hej {first}! Vilket ansvar och vilken verksamhet ska det bokas på?",
					"Hej! Kan du skicka en kopia på fakturan eller fakturanumret? Jag hittar den inte i Raindance.",
					"Tack! Behöver veta vilken period det gäller och om det finns en beslutad budget för det.",
					"Hej {first}, har du underlaget i Excel? Skicka gärna så tittar jag direkt.",
					"Hej! Är detta redan beslutat i nämnden eller är det ett underlag inför beslut?",
					"Hej, vem är beställare hos leverantören? Jag behöver en referens för att reda ut det."),
			"KOM",
			List.of("Hej {first}! Vilken målgrupp vänder ni er till i första hand?",
					"Hej! Har du texten klar eller ska vi ta fram den? Skicka gärna det du har.",
					"Tack för beställningen. Vilket datum måste det vara ute senast?",
					"Hej {first}, har ni bilder vi får använda? Vi behöver veta vem som tagit dem.",
					"Hej! Vem är kontaktperson i er verksamhet om journalister hör av sig?",
					"Hej, finns det en budget för tryck eller ska vi hålla oss till digitalt?"));

	static final List<String> REQUESTER_ANSWERS = List.of("Hej! Ja, det stämmer. Skickar underlaget i eftermiddag.",
			"Det gäller från {date}. Medarbetaren är informerad.", "Bifogar det vi har. Säg till om något saknas!",
			"Ansvar 4120, verksamhet 310. Hoppas det räcker.", "Ja, vi kan ses på tisdag kl 10 om det passar?",
			"Sorry för sent svar, har varit sjuk. Perioden är {month}.", "Vi vänder oss främst till vårdnadshavare.",
			"Nej, det finns inget tidigare beslut. Det är första gången vi stöter på det här.",
			"Texten kommer imorgon, jag väntar på ett ok från min chef.",
			"Ja facket är informerat, Kommunal och Vision.", "Har pratat med medarbetaren idag, hen är med på det.",
			"Det är {supplier} det gäller, fakturanummer {invoice}.",
			"Tack för snabb återkoppling! Heltid, tillsvidare.",
			"Japp, {first} här igen – det ska vara klart till {date}.");

	static final Map<String, List<String>> SOLUTIONS = Map.of("HR", List.of(
			"Hej {first}! Nu är det klart. Jag har lagt in ändringen och den syns på nästa lönebesked. Hör av dig om något ser konstigt ut.",
			"Hej! Jag har gått igenom frågan. Kort svar: ja, ni kan göra så, men dokumentera beslutet och informera facket. Rutinen finns länkad i tjänsten.",
			"Hej {first}, tack för ett bra samtal idag. Som vi sa: du går vidare med samtalet med medarbetaren och jag finns med som stöd. Jag markerar ärendet som löst, öppna det igen om det behövs.",
			"Hej! Svar på din fråga: enligt AB och vårt lokala avtal gäller det du beskriver från första dagen. Se bifogad sammanfattning.",
			"Klart! Annonsen ligger ute till och med {date}. Vi tar urvalet tillsammans när ansökningstiden gått ut.",
			"Hej! Jag har pratat med lönespecialisten och rättat underlaget. Korrigeringen kommer med {month}s lön.",
			"Hej {first}. Vi har nu en plan och uppföljning är inbokad. Jag stänger detta ärende, uppföljningen sker i kalendern.",
			"Här kommer svaret, ursäkta att det dröjde: det krävs ingen förhandling enligt MBL 11 § i det här fallet, men informera i samverkansgruppen."),
			"EK",
			List.of("Hej {first}! Fakturan är nu omkonterad och attesterad. Den betalas i nästa betalkörning.",
					"Hej! Jag har tagit fram underlaget, se bifogad fil. Prognosen landar på ett underskott på ca {amount}.",
					"Hej {first}, klart. Jag har bokat periodiseringen och stämt av kontot.",
					"Hej! Leverantören har skickat en kreditfaktura, så det är löst. Ni behöver inte göra något mer.",
					"Hej! Kalkylen är klar och ligger i bilagan. Kapitalkostnaden blir ungefär {amount} per år.",
					"Svar: ja, det går bra att avropa från ramavtalet. Använd avropsformuläret och skicka till upphandlingsenheten.",
					"Hej {first}. Jag har lagt upp analysen i Hypergene så att du kan följa den själv framöver."),
			"KOM",
			List.of("Hej {first}! Nu är sidan publicerad. Kolla gärna att allt ser rätt ut.",
					"Hej! Här kommer korrektur. Säg till om ni vill ändra något, annars skickar vi till tryck på {date}.",
					"Hej {first}, pressmeddelandet är ute och vi har svarat journalisten. Jag tar nästa kontakt om de hör av sig igen.",
					"Hej! Inlägget är schemalagt och publiceras på {date} kl 08:00.",
					"Hej! Vi har granskat texten, ändringsförslagen syns i dokumentet. Mest kortare meningar och färre passiv form.",
					"Hej {first}! Klart och publicerat. Vi har också lagt en notis på intranätet.",
					"Hej! Här är kommunikationsplanen. Vi följer upp efter fyra veckor."));

	static final Map<String, List<String>> INTERNAL_NOTES = Map.of("HR",
			List.of("Pratat med {colleague} om liknande fall, vi gör som förra gången.",
					"Behöver stämma av med arbetsrättsjuristen innan svar.",
					"Kollat i Heroma: stämmer inte med anställningsbeslutet.",
					"Facket har redan hört av sig om detta, bör samordnas.",
					"Samma fråga som vi fick från en annan förvaltning, återanvänd svaret.",
					"Väntar på läkarintyg innan nästa steg.",
					"Rör flera förvaltningar – lyfter på HR-ledningen på tisdag."),
			"EK",
			List.of("Fakturan låg i fel flöde, flyttad.", "Har ringt leverantören, de återkommer med kredit.",
					"Stämt av med {colleague}, prognosen justeras även på förvaltningsnivå.",
					"Obs: underlaget i Hypergene är inte uppdaterat efter senaste periodbokslutet.",
					"Samma fråga som från en annan förvaltning förra veckan, se det ärendet.",
					"Behöver kolla med upphandlingsenheten om ramavtalet gäller detta."),
			"KOM",
			List.of("Pratat med pressekreteraren, vi håller samma linje som tidigare.",
					"Bilderna saknar fotograf – frågar beställaren.",
					"Sidan ligger i gamla strukturen, flyttas i samband med nya intranätet.",
					"{colleague} tar formgivningen, jag tar texten.",
					"Liknande beställning från en annan förvaltning, samordna budskapen.",
					"Tillgänglighetskollen visar kontrastfel i PDF:en, behöver ny version."));

	static final Map<String, List<String>> ACTIVITIES = Map.of("HR",
			List.of("Samtal med chef", "Utredning", "Möte med facket", "Dokumentation", "Rådgivning per telefon",
					"Intervjuer", "Genomgång av underlag", "Förhandling", "Uppföljningsmöte"),
			"EK",
			List.of("Analys", "Avstämning", "Kontering", "Underlag till nämnd", "Kontakt med leverantör", "Kalkyl",
					"Möte med förvaltningen", "Prognosarbete"),
			"KOM", List.of("Textbearbetning", "Publicering", "Formgivning", "Mediekontakt", "Möte med beställaren",
					"Granskning", "Bildhantering", "Planering"));

	static final Map<Integer, List<String>> RATING_COMMENTS = Map.of(5,
			List.of("Supersnabbt, tack!", "Jättebra hjälp, precis vad vi behövde.", "Tack {assignee}, du är guld värd!",
					"Tydligt och bra svar.", "Mycket bättre än när vi hade egen HR, faktiskt.",
					"Snabbt och proffsigt."),
			4,
			List.of("Bra, men tog lite tid.", "Bra svar, hade gärna fått det lite tidigare.", "Fungerade bra.",
					"Bra stöd, lite krångligt att hitta rätt tjänst dock."),
			3,
			List.of("Okej.", "Fick svar men fick själv göra det mesta.", "Det löste sig till slut.",
					"Svaret var lite för allmänt för vår verksamhet."),
			2,
			List.of("Tog alldeles för lång tid.", "Fick vänta i flera veckor utan återkoppling.",
					"Svaret hjälpte inte riktigt, fick ringa runt själv."),
			1, List.of("Ingen återkoppling alls förrän jag ringde.", "Fel svar första gången, fick göra om allt."));

	static final List<String> RETURN_REASONS = List.of("Kräver specialistkompetens, lägger tillbaka i kön",
			"Jag är på utbildning resten av veckan – tillbaka till kön",
			"Fel kompetens för mig, någon med rätt kompetens får ta den");

	static final List<String> HANDOVER_REASONS = List.of("Fördelning av arbetsbelastning", "Kräver specialistkompetens",
			"Täcker för kollega under semester", "{colleague} har haft liknande ärenden", "Kollega sjuk, tar över");

	static final List<String> CLOSE_NOTES = List.of("Stänger ärendet då vi inte fått någon återkoppling på två veckor.",
			"Stänger. Öppna ett nytt ärende och hänvisa till detta om frågan kommer tillbaka.");

	// ---- values that fill the texts

	static final Map<String, List<String>> POSITIONS = Map.of("UBF",
			List.of("förskollärare", "lärare i matematik", "fritidspedagog", "elevassistent", "skolsköterska",
					"speciallärare", "lärare i svenska och SO", "barnskötare", "skolkurator"),
			"OMF",
			List.of("undersköterska", "sjuksköterska", "stödassistent", "vårdbiträde", "enhetschef", "arbetsterapeut",
					"fysioterapeut"),
			"AVF",
			List.of("socialsekreterare", "handläggare ekonomiskt bistånd", "arbetsmarknadskonsulent",
					"familjebehandlare"),
			"KFF", List.of("bibliotekarie", "fritidsledare", "vaktmästare", "kulturproducent", "badmästare"), "SBF",
			List.of("bygglovshandläggare", "planarkitekt", "exploateringsingenjör", "GIS-ingenjör"), "TF",
			List.of("drifttekniker", "parkarbetare", "VA-ingenjör", "fordonsmekaniker", "arbetsledare"), "MHF",
			List.of("livsmedelsinspektör", "miljöinspektör", "miljöstrateg"), "KLF",
			List.of("utredare", "IT-tekniker", "nämndsekreterare", "registrator", "digitaliseringsstrateg"));

	static final List<String> SUPPLIERS = List.of("Lyreco", "Atea Sverige AB", "Martin & Servera", "Menigo", "Dustin",
			"Securitas", "Taxi Sjövik", "Sjöviks Buss AB", "Lekolar", "Ahlsell", "Bergendahls Catering",
			"Ljungbergs Städ AB", "Sjöviks Bygg & Måleri", "Telia", "Tieto", "Office Depot", "Beijer Bygg",
			"Apoteket AB", "Abena", "Hemfrid");

	static final List<String> EVENTS = List.of("vårkonserten", "öppet hus på {unit}", "nationaldagsfirandet",
			"Kulturnatten", "sommarlovsaktiviteterna", "seniormässan", "invigningen av nya lekplatsen i Norrbacka",
			"luciafirandet i Stadsparken", "jobbmässan", "bokfesten", "skräpplockardagen", "Sjövikshalvmaran",
			"öppna förskolans höstfest", "Pride-veckan");

	static final List<String> MEDIA = List.of("Sjöviksposten", "Smålandsposten", "P4 Kronoberg", "SVT Smålandsnytt",
			"Sjövik Direkt", "Dagens Samhälle", "Kommunalarbetaren", "Läraren");

	static final List<String> GRANTS = List.of("Likvärdig skola", "Skapande skola", "Statsbidrag för lovskola",
			"Äldreomsorgslyftet", "Stärkt kvalitet i LSS", "Sommarlovsbidraget", "Extratjänster",
			"Stöd till fritidsgårdar", "Bidrag för läxhjälp", "Klimatklivet", "Lokala naturvårdssatsningar (LONA)");

	static final List<String> OBJECTS = List.of("ny förskola i Västra Sjövik", "ombyggnad av köket på {unit}",
			"nya fordon till hemtjänsten", "digitala lås på våra boenden", "konstgräsplan vid Sjövallen",
			"ny reningsanläggning", "ventilation i idrottshallen", "elcyklar till personalen", "ny lekplats",
			"läsplattor till alla elever i åk 1", "solceller på taket", "nytt verksamhetssystem");

	static final Map<String, List<String>> SYSTEMS = Map.of("HR", List.of("Heroma", "självservice", "Heroma Web"), "EK",
			List.of("Raindance", "Hypergene", "e-handelssystemet"), "KOM",
			List.of("Sitevision", "intranätet", "webbplatsen"));

	static final List<String> PAGES = List.of("sjovik.se/forskola/ansokan", "sjovik.se/omsorg/hemtjanst",
			"intranatet.sjovik.se/ubf/nyheter", "sjovik.se/kultur/bibliotek/oppettider", "sjovik.se/bygga-bo/bygglov",
			"sjovik.se/trafik/vagarbeten", "intranatet.sjovik.se/personal/semester", "sjovik.se/skola/skolval",
			"sjovik.se/fritid/badhuset", "sjovik.se/miljo/livsmedel");

	// ---- the kinds per service

	static final Map<String, List<Kind>> KINDS = new LinkedHashMap<>();

	private static void add(String service, Kind... kinds) {
		KINDS.put(service, List.of(kinds));
	}

	static {
		// ----------------------------------------------------------------- HR
		add("Rekrytering", kind("ny", 3, peak(2, 3, 4, 8),
				t("Rekrytering {position}", "Ny {position} till {unit}", "Behöver rekrytera {position}",
						"Annons {position}", "Rekrytering av {n} {position}", "Söker {position} inför hösten",
						"Hjälp med rekrytering", "rekrytering {position} {unit}"),
				t("Vi behöver rekrytera en {position} till {unit} så snart som möjligt.",
						"En av våra {position} har sagt upp sig och vi behöver ersätta tjänsten.",
						"Jag vill starta en rekrytering av {n} {position}, helst med tillträde {date}.",
						"Kan ni hjälpa oss att ta fram en annons för en {position}? Vi har aldrig gjort det i det nya systemet.",
						"Vi har fått budget för en ny tjänst som {position} och vill komma igång med rekryteringen.",
						"Behöver hjälp med en rekrytering. Det gäller {position}, tillsvidare på heltid.",
						"Hej, vi har en pensionsavgång i vår och vill rekrytera en ersättare till tjänsten som {position}.",
						"Vi vill annonsera ut ett vikariat som {position} under föräldraledighet."),
				t("Vi har en kravprofil från förra gången som kanske kan återanvändas.",
						"Vi vill gärna att annonsen också läggs ut på LinkedIn.",
						"Vi har redan en intern kandidat, men behöver ändå annonsera?",
						"Intervjuerna skulle helst ske veckan efter {date}.",
						"Det är svårrekryterat, förra gången fick vi bara två sökande.",
						"Tjänsten är budgeterad från {month}.", "Vi behöver någon med legitimation.")),
				kind("referens", 1, null,
						t("Referenstagning", "Frågor om referenser", "Kandidat – referenser", "Hur tar vi referenser?"),
						t("Vi har en kandidat till tjänsten som {position} och undrar hur vi ska ta referenser på rätt sätt.",
								"Kandidaten vi vill anställa har bara en referens. Räcker det?",
								"Kan HR hjälpa till att ta referenser på vår slutkandidat? Jag hinner inte den här veckan.",
								"En referens var ganska negativ. Hur ska vi tänka?"),
						t("Kandidaten har jobbat hos oss som timvikarie tidigare.",
								"Vi vill kunna skicka erbjudande innan {date}.")),
				kind("lonelage", 1, null,
						t("Lönesättning vid nyanställning", "Ingångslön {position}", "Vilken lön kan vi erbjuda?"),
						t("Vilken ingångslön kan vi erbjuda en {position} med fem års erfarenhet?",
								"Kandidaten vill ha {amount} i månaden, är det rimligt för en {position}?",
								"Behöver stöd i lönesättningen för en ny {position}, vi vill inte hamna fel mot befintlig personal."),
						t("Hen kommer från en privat arbetsgivare.", "Vi har två andra {position} som ligger lägre.")));

		add("Rehabilitering", kind("upprepad", 3, peak(1, 2, 3, 11, 12),
				t("Upprepad korttidsfrånvaro", "Rehab – medarbetare", "Många sjuktillfällen", "Sjukfrånvaro {name}",
						"Stöd rehabilitering", "6 tillfällen på 12 månader"),
				t("En medarbetare har haft sex sjuktillfällen de senaste tolv månaderna och jag behöver stöd i hur jag ska gå vidare.",
						"Jag har en medarbetare, {name}, som är sjuk nästan varje måndag. Hur tar jag upp det?",
						"Behöver hjälp med ett rehabärende. Upprepad korttidsfrånvaro, och jag vet inte riktigt var jag ska börja.",
						"Vi har en medarbetare med hög korttidsfrånvaro. Vill göra rätt från början, kan ni stötta i ett första samtal?",
						"{name} har varit borta mycket i höst. Enligt rutinen ska jag kalla till samtal, kan HR vara med?"),
				t("Jag har haft ett första samtal men det gav inte så mycket.", "Medarbetaren jobbar natt.",
						"Det kan finnas något privat bakom, men hen vill inte prata om det."),
				"anledning=Upprepad korttidsfrånvaro"),
				kind("lang", 2, null,
						t("Lång sjukskrivning", "Sjukskriven sedan {month}", "Plan för återgång i arbete",
								"Rehabutredning", "Återgång efter sjukskrivning"),
						t("En medarbetare har varit sjukskriven i mer än fjorton dagar och jag behöver göra en plan för återgång.",
								"{name} har varit sjukskriven sedan {month} och Försäkringskassan har hört av sig. Vad behöver jag göra?",
								"Medarbetare på {unit} ska börja arbetsträna om några veckor. Hur lägger vi upp det?",
								"Jag behöver hjälp att skriva en plan för återgång i arbete. Har aldrig gjort det förut.",
								"Läkarintyget har förlängts igen och jag vet inte hur vi ska gå vidare."),
						t("Företagshälsovården har varit inkopplad.", "Hen vill gärna börja på 25 %.",
								"Det gäller en {position}, tunga lyft ingår i jobbet."),
						"anledning=Sjukskrivning längre än 14 dagar"),
				kind("signal", 1, null, t("Signal om ohälsa", "Orolig för en medarbetare", "Medarbetare mår dåligt"), t(
						"Jag är orolig för en medarbetare som verkar må dåligt, hen har gråtit på jobbet flera gånger.",
						"Har fått signaler från kollegor om att {name} inte mår bra. Hur ska jag agera som chef?",
						"En medarbetare säger att hen är utbränd men är inte sjukskriven. Vad gör jag?"),
						t("Hen har inte sagt något själv.", "Det är mycket på jobbet just nu med underbemanning."),
						"anledning=Signal om ohälsa"));

		add("Arbetsrättslig rådgivning", kind("las", 2, null,
				t("LAS-fråga", "Företrädesrätt", "Konvertering till tillsvidare?", "Fråga om visstid",
						"Anställningsskydd", "LAS-dagar {name}"),
				t("En vikarie har jobbat hos oss på olika visstider i drygt ett år. Har hen rätt till tillsvidareanställning nu?",
						"Hur räknar vi LAS-dagar för en timvikarie som jobbat på flera enheter?",
						"Har en {position} företrädesrätt om hen jobbat nio månader på två år?",
						"Vi vill förlänga ett vikariat men är osäkra på om det blir en konvertering.",
						"Vad gäller när en provanställning ska avbrytas? Vi är inte nöjda med hur det fungerar."),
				t("Det gäller en {position}.", "Hen har frågat själv och facket är inkopplat."),
				"omrade=Anställningsskydd (LAS)"),
				kind("disciplin", 1, null,
						t("Skriftlig varning?", "Disciplinåtgärd", "Medarbetare som inte följer instruktioner"),
						t("En medarbetare har upprepade gånger kommit för sent trots samtal. Kan vi ge en skriftlig varning?",
								"Vad krävs för att en disciplinåtgärd ska hålla? Vi har en medarbetare som vägrar följa nya rutiner.",
								"Behöver råd. En medarbetare har använt verksamhetens bil privat."),
						t("Vi har dokumenterat samtalen.", "Hen är medlem i Vision."), "omrade=Disciplinära åtgärder"),
				kind("avtal", 2, null,
						t("Tolkning av kollektivavtal", "Fråga om AB", "Jourersättning enligt avtal", "Avtalsfråga",
								"Vad säger HÖK:en?"),
						t("Hur ska vi tolka AB när det gäller förläggning av arbetstid på helger?",
								"Gäller reglerna om rast och måltidsuppehåll även för våra nattpersonal?",
								"Har en fråga om beredskap: hur ska beredskapsveckan ersättas enligt avtalet?",
								"Vi funderar på att införa årsarbetstid. Vad säger avtalet?"),
						t("Vi vill göra lika som andra enheter.", "Facket har en annan tolkning."),
						"omrade=Kollektivavtal"),
				kind("mbl", 1, null, t("MBL vid förändring", "Behöver vi förhandla?", "MBL 11 §?"), t(
						"Vi ska ändra öppettiderna på {unit}. Behöver vi förhandla enligt MBL 11 §?",
						"Ska flytta verksamheten till nya lokaler efter sommaren, räcker det med information på APT?",
						"Vi vill ändra schemat för hela arbetsgruppen. Vad gäller för samverkan?"),
						t("Förändringen ska gälla från {date}.", "Det berör {n} medarbetare."),
						"omrade=MBL och förhandling"));

		add("Personalärende", kind("krankning", 2, null,
				t("Kränkande särbehandling", "Anmälan om kränkning", "Konflikt i arbetsgruppen",
						"Medarbetare upplever sig kränkt"),
				t("En medarbetare har kommit till mig och berättat att hen upplever sig kränkt av en kollega sedan en längre tid.",
						"Jag har fått en anmälan om kränkande särbehandling och behöver hjälp med hur utredningen ska göras.",
						"Det har uppstått en allvarlig konflikt i arbetsgruppen på {unit}. Två medarbetare anklagar varandra.",
						"Skyddsombudet har påtalat att en medarbetare blir utfryst. Hur går jag vidare?"),
				t("Det har pågått sedan i våras.", "Det finns sms som medarbetaren visat mig."),
				"typ=Kränkande särbehandling"),
				kind("misskotsamhet", 2, null,
						t("Misstänkt misskötsamhet", "Personalärende – misskötsamhet", "Olovlig frånvaro"),
						t("Vi misstänker att en medarbetare har varit onykter på arbetet. Vad gör jag nu?",
								"En medarbetare har uteblivit från arbetet utan att höra av sig, tredje gången i år.",
								"Vi har upptäckt att en medarbetare har haft bisyssla på arbetstid.",
								"Det finns misstanke om att en medarbetare har tagit pengar ur kassan."),
						t("Vi har inte pratat med medarbetaren än.", "Polisanmälan är inte gjord."),
						"typ=Misskötsamhet"),
				kind("trakasserier", 1, null, t("Sexuella trakasserier", "Trakasserier – anmälan"), t(
						"En praktikant har berättat om sexuella trakasserier från en anställd.",
						"Jag har fått kännedom om trakasserier i en av våra arbetsgrupper och behöver stöd direkt."),
						t("Den utpekade vet inte om det ännu.", "Praktikanten vill vara anonym."), "typ=Trakasserier"));

		add("Lönefråga", kind("fel", 3, null,
				t("Fel lön", "Felaktig utbetalning {month}", "Lönen stämmer inte", "Fel på lönen för {name}",
						"För lite lön", "Har fått för mycket lön", "Fel OB"),
				t("{name} har fått för lite lön i {month}, det verkar som att övertiden inte kommit med.",
						"En medarbetare har fått dubbel lön i {month}. Hur gör vi med återbetalningen?",
						"Lönen för en av våra timanställda stämmer inte, timmarna för {month} saknas helt.",
						"Jag tror att fel lönetillägg har registrerats för {name}. Kan ni kolla?",
						"Våra nattsjuksköterskor har fått fel OB i {month}. Gäller flera personer.",
						"Något är fel med löneutbetalningen, en ny medarbetare fick ingen lön alls."),
				t("Jag attesterade tiderna i {system} i tid.", "Det gäller löneperiod {month}.",
						"Medarbetaren är ganska upprörd, så vore bra med snabbt svar."),
				"typ=Felaktig utbetalning"),
				kind("ob", 2, null, t("OB-ersättning", "Fråga om tillägg", "Ersättning för storhelg", "Lönetillägg"),
						t("Vilken OB-ersättning gäller på midsommarafton?",
								"Hur ersätts en {position} som arbetar både kväll och helg samma pass?",
								"Kan vi ge ett tillfälligt lönetillägg för extra ansvar under hösten?",
								"Hur ska vi registrera ersättning för en medarbetare som gick in på sin semester?"),
						t("Vi har fått olika besked tidigare.", "Det gäller {n} medarbetare."), "typ=OB och tillägg"),
				kind("semester", 3, peak(4, 5, 6, 8),
						t("Semesterfråga", "Semesterersättning", "Sparade semesterdagar", "Semester vid avslut",
								"Flytta semesterdagar", "Semesterlönen"),
						t("Hur många semesterdagar får en medarbetare spara till nästa år?",
								"{name} slutar hos oss {date} och har kvar {n} semesterdagar. Hur betalas de ut?",
								"Kan en medarbetare få semesterersättning istället för att ta ut sin semester?",
								"Vi har en medarbetare som blev sjuk under semestern. Får hen tillbaka dagarna?",
								"Inför sommaren: kan vi neka en medarbetare fyra veckors sammanhängande semester?",
								"Semesterlönen ser konstig ut på lönebeskedet, sammalöneregeln eller procentregeln?"),
						t("Det gäller en {position}.", "Vi har redan lagt semesterschemat.",
								"Frågan gäller flera på {unit}."),
						"typ=Semesterersättning"),
				kind("lonevaxling", 1, null, t("Löneväxling till pension", "Fråga om löneväxling"),
						t("En medarbetare vill löneväxla till pension. Hur går det till?",
								"Kan man löneväxla om man jobbar deltid?"),
						t(), "typ=Löneväxling"));

		add("Lönerevision och lönesättning",
				kind("revision", 3, peak(2, 3, 4, 5),
						t("Lönerevision {year}", "Inför lönesamtal", "Lönekriterier", "Underlag lönerevision",
								"Löneöversyn", "Frågor om årets lönerevision"),
						t("Inför årets lönerevision undrar jag hur vi ska använda de nya lönekriterierna.",
								"Kan ni ta fram ett underlag över lönespridningen för mina {position}?",
								"Jag har {n} lönesamtal kvar och känner mig osäker på hur jag motiverar lönen.",
								"När ska lönerevisionen vara klar i år? Jag har inte fått något utskick.",
								"Behöver stöd inför lönesamtal med en medarbetare som är missnöjd med sin lön.",
								"Hur fördelar jag potten när jag har både Kommunal och Vision i gruppen?"),
						t("Förra året blev det rörigt med tidsplanen.", "Vi har fått ny chef på {unit}.")),
				kind("kartlaggning", 1, peak(9, 10), t("Lönekartläggning", "Osakliga löneskillnader?"),
						t("Vi har två {position} med samma uppdrag men olika lön. Är det en osaklig skillnad?",
								"Lönekartläggningen visar skillnader i vår grupp. Vad ska vi göra?"),
						t()));

		add("Omställning och övertalighet", kind("arbetsbrist", 2, peak(9, 10, 11),
				t("Arbetsbrist {unit}", "Omorganisation", "Neddragning", "Minskad budget – övertalighet"),
				t("Vi behöver minska antalet tjänster på {unit} med {n} inför nästa år på grund av budgeten.",
						"Vi ska slå ihop två enheter och vet inte vad som gäller för personalen.",
						"Förvaltningen har fått sparbeting och vi behöver se över bemanningen. Hur går en arbetsbristprocess till?",
						"Statsbidraget försvinner och därmed {n} tjänster. Hur hanterar vi det?"),
				t("Vi vill undvika uppsägningar om det går.", "Facket har redan frågat."), "antal_berorda={n}"),
				kind("omplacering", 1, null,
						t("Omplacering", "Omplaceringsutredning", "Medarbetare som behöver nytt jobb"),
						t("En medarbetare kan inte längre arbeta kvar hos oss av medicinska skäl. Hur fungerar omplacering?",
								"Vi behöver hjälp med en omplaceringsutredning för en {position}."),
						t("Hen har jobbat hos oss i tjugo år.")));

		add("Arbetsmiljö", kind("risk", 2, null,
				t("Riskbedömning", "Riskbedömning inför förändring", "Hjälp med riskbedömning", "Riskbedömning {unit}"),
				t("Vi ska ändra schemat och behöver göra en riskbedömning. Finns det en mall?",
						"Behöver hjälp med riskbedömning inför flytten till nya lokaler.",
						"Skyddsombudet kräver en riskbedömning av den nya bemanningen. Kan ni hjälpa oss?",
						"Hur gör vi en riskbedömning av hot och våld i vår verksamhet?"),
				t("Vi har en tidigare från {year} som kanske kan uppdateras."), "typ=Riskbedömning"),
				kind("skyddsrond", 1, peak(3, 4, 9, 10), t("Skyddsrond", "Inför skyddsrond", "Årets skyddsrond"),
						t("Det är dags för skyddsrond på {unit}. Kan någon från HR vara med?",
								"Vilken checklista ska vi använda vid skyddsronden i år?"),
						t("Vi har bokat {date}."), "typ=Skyddsrond"),
				kind("tillbud", 2, null, t("Tillbud", "Olycka på arbetet", "Hot mot personal", "Arbetsskada"), t(
						"En medarbetare blev knuffad av en brukare igår. Vi har skrivit en tillbudsrapport men vad händer nu?",
						"En {position} halkade i trappan och bröt handleden. Hur anmäler vi arbetsskadan?",
						"Vi har haft flera tillbud med hot från besökare den senaste månaden.",
						"En elev slog en av våra elevassistenter. Vad ska vi göra förutom att anmäla?"),
						t("Medarbetaren är sjukskriven.", "Polisen är kontaktad."), "typ=Tillbud eller olycka"),
				kind("osa", 2, null,
						t("Hög arbetsbelastning", "OSA – stress i arbetsgruppen", "Arbetsmiljöenkät",
								"Stress på {unit}"),
						t("Resultatet från medarbetarenkäten visar att många upplever stress. Hur jobbar vi vidare med det?",
								"Arbetsgruppen säger att arbetsbelastningen är för hög. Kan HR hjälpa till med en kartläggning?",
								"Flera i personalgruppen har sagt att de inte hinner med rasterna."),
						t("Det har blivit sämre sedan vi tappade två tjänster."),
						"typ=Organisatorisk och social arbetsmiljö"));

		add("Kompetensutveckling", kind("plan", 2, peak(1, 8, 9),
				t("Kompetensutvecklingsplan", "Kompetensförsörjning {unit}", "Utbildning för personalen",
						"Plan för kompetensutveckling"),
				t("Vi vill ta fram en kompetensutvecklingsplan för {unit} och behöver stöd.",
						"Hur kan vi jobba med kompetensförsörjning när det är så svårt att rekrytera {position}?",
						"Finns det pengar för utbildning av våra {position} i år?",
						"Vi vill att alla medarbetare ska gå en utbildning i lågaffektivt bemötande. Hur organiserar vi det?"),
				t("Vi har avsatt {amount} i budget.", "Det gäller {n} medarbetare.")),
				kind("validering", 1, null, t("Validering av undersköterskor", "Utbildning till undersköterska"),
						t("Flera vårdbiträden vill bli undersköterskor. Hur fungerar valideringen?",
								"Kan vi få Äldreomsorgslyftet för att utbilda personal?"),
						t()));

		add("Introduktion av nyanställd", kind("intro", 2, peak(1, 6, 8),
				t("Ny medarbetare börjar {date}", "Introduktion {fullname}", "Nyanställd {position}",
						"Introduktion av ny kollega", "Introplan"),
				t("{fullname} börjar hos oss {date} som {position}. Vad behöver jag beställa?",
						"Vi får en ny {position} efter sommaren och vill att introduktionen blir bra.",
						"Ny medarbetare startar snart, hur beställer jag behörigheter till {system}?",
						"Finns det en checklista för introduktion? Vi har {n} nyanställda som börjar samtidigt."),
				t("Hen har inte jobbat i kommunen förut.", "Vi vill gärna boka in hen på kommunens introdag.")));

		add("Förhandling och samverkan", kind("fsg", 2, null,
				t("Inför samverkan", "Förhandling MBL", "Underlag till FSG", "Samverkansgrupp {date}",
						"MBL-förhandling"),
				t("Vi ska ta upp en organisationsförändring i förvaltningens samverkansgrupp. Kan ni granska underlaget?",
						"Behöver stöd inför en MBL-förhandling med Kommunal om schemaändring.",
						"Facket har begärt tvisteförhandling. Vad händer nu?",
						"Kan HR vara med på samverkansmötet {date}? Vi ska informera om nya lokaler."),
				t("Mötet är {date}.", "Vision har aviserat att de vill förhandla.")));

		// ----------------------------------------------------------------- EK
		add("Budgetuppföljning", kind("prognos", 3, null,
				t("Prognos {month}", "Månadsuppföljning {month}", "Avvikelse mot budget", "Underskott på {unit}",
						"Uppföljning {month}", "Budget vs utfall"),
				t("Prognosen för {unit} visar ett underskott på {amount}. Kan vi gå igenom vad det beror på?",
						"Jag förstår inte utfallet för {month}, personalkostnaderna har ökat mycket.",
						"Behöver hjälp med månadsuppföljningen för {month}. Hur ska jag kommentera avvikelserna?",
						"Kan vi boka en tid och gå igenom uppföljningen tillsammans? Jag är ny som chef.",
						"Det ser ut som att kostnader för en annan enhet har bokats på vårt ansvar."),
				t("Vi har haft mycket vikarier i höst.", "Det är inför nämndens sammanträde {date}.",
						"Hypergene visar andra siffror än Raindance.")),
				kind("atgard", 1, peak(9, 10, 11), t("Åtgärdsplan underskott", "Åtgärder för budget i balans"), t(
						"Vi har fått i uppdrag att ta fram en åtgärdsplan för att komma i balans. Var börjar man?",
						"Nämnden vill se åtgärder för underskottet på {amount}. Kan ni hjälpa till med beräkningarna?"),
						t("Vi behöver vara klara till {date}.")));

		add("Bokslutsstöd", kind("arsbokslut", 3, only(1, 2),
				t("Årsbokslut {prevyear}", "Bokslut – periodiseringar", "Bokslutsfrågor", "Inför bokslutet",
						"Verksamhetsberättelse"),
				t("Vad behöver vi göra inför årsbokslutet? Vi har några fakturor som kom i januari men gäller december.",
						"Hur periodiserar vi en förutbetald licenskostnad på {amount}?",
						"Vi behöver hjälp med verksamhetsberättelsen, framför allt den ekonomiska delen.",
						"Kan ni stämma av våra balanskonton inför bokslutet?"),
				t("Sista dag för underlag är {date}.", "Vi har inte gjort det här själva tidigare."),
				"bokslut=Årsbokslut"),
				kind("delar", 2, only(4, 5, 8, 9),
						t("Delårsbokslut", "Delår – prognos och periodiseringar", "Underlag delårsrapport"),
						t("Inför delårsbokslutet: hur gör vi med semesterlöneskulden?",
								"Vi behöver stöd i att skriva den ekonomiska analysen till delårsrapporten.",
								"Vilka periodiseringar behöver vi göra till delåret?"),
						t("Vi är två som är nya på ekonomisidan.")),
				kind("avstamning", 1, null, t("Avstämning konto", "Konto stämmer inte"),
						t("Konto 2990 på vårt ansvar stämmer inte, kan ni hjälpa till att reda ut det?",
								"Det ligger kvar poster från förra året på ett interimskonto."),
						t()));

		add("Investeringskalkyl",
				kind("kalkyl", 1, peak(3, 4, 9),
						t("Investeringskalkyl – {object}", "Kalkyl {object}", "Underlag investering",
								"Livscykelkostnad {object}", "Investering {year}"),
						t("Vi vill ansöka om investeringsmedel för {object} och behöver en kalkyl.",
								"Kan ni hjälpa oss räkna på driftkonsekvenserna av {object}?",
								"Vad blir kapitalkostnaden om vi investerar {amount} i {object}?",
								"Nämnden vill ha en livscykelkostnad för {object} innan beslut."),
						t("Underlaget ska till nämnden {date}.", "Vi har en offert på {amount}.")));

		add("Fakturafråga", kind("attest", 3, null,
				t("Faktura ej attesterad", "Attestfråga", "Fel attestant", "Faktura fastnat",
						"Faktura från {supplier}"),
				t("En faktura från {supplier} har hamnat hos mig men jag är inte rätt attestant.",
						"Varför har fakturan från {supplier} fastnat? Den skulle ha betalats förra veckan.",
						"Jag har fått en påminnelse från {supplier} på en faktura jag aldrig sett.",
						"Hur lägger jag till en ersättare för attest när jag har semester?",
						"Fakturan från {supplier} ligger på fel ansvar, kan den flyttas till oss?"),
				t("Fakturanummer {invoice}.", "Beloppet är {amount}.", "Leverantören har ringt och är irriterad.")),
				kind("felaktig", 2, null,
						t("Felaktig faktura", "Fel belopp på faktura", "Dubbelfakturering?",
								"Kreditfaktura {supplier}"),
						t("Vi har fått en faktura från {supplier} med fel belopp, det ska vara {amount}.",
								"Det ser ut som att {supplier} fakturerat oss två gånger för samma leverans.",
								"Fakturan saknar vår referens och vi vet inte vad den gäller.",
								"Hur bestrider jag en faktura? Vi har inte beställt det som står på den."),
						t("Fakturanummer {invoice}.", "Jag har mejlat leverantören men inte fått svar.")),
				kind("kontering", 2, null, t("Kontering", "Vilket konto?", "Konteringsfråga"),
						t("Vilket konto ska jag använda för kurser och konferenser?",
								"Hur konterar jag representation vid personalfest?",
								"Ska läsplattor bokas som inventarie eller förbrukning?"),
						t("Kostnaden är {amount}.")));

		add("Inköp och upphandlingsstöd", kind("avrop", 2, null,
				t("Avrop från ramavtal", "Finns det ramavtal för {thing}?", "Inköp av {thing}", "Direktupphandling"),
				t("Vi behöver köpa in {thing}. Finns det ett ramavtal eller måste vi upphandla?",
						"Får vi köpa {thing} från en lokal leverantör om det är billigare än ramavtalet?",
						"Hur gör man en direktupphandling? Det gäller {thing} för ungefär {amount}.",
						"Vi vill byta leverantör av {thing}. Vad gäller?"),
				t("Vi behöver det senast {date}.", "Vi har fått en offert.")),
				kind("upphandling", 1, null, t("Upphandling {thing}", "Förfrågningsunderlag", "Hjälp med upphandling"),
						t("Vi behöver upphandla {thing} och har aldrig gjort det förut.",
								"Kan ni hjälpa oss skriva kravspecifikationen för upphandling av {thing}?"),
						t("Värdet är över direktupphandlingsgränsen.")));

		add("Budgetarbete",
				kind("internbudget", 2, peak(9, 10, 11, 12),
						t("Internbudget {nextyear}", "Budget {nextyear}", "Fördelning av ram", "Budgetunderlag"),
						t("Vi ska lägga internbudget för {nextyear}. Hur fördelar vi ramen mellan enheterna?",
								"Kan ni hjälpa mig att lägga in budgeten för {unit} i Hypergene?",
								"Hur räknar vi med löneökningarna i budgeten för {nextyear}?",
								"Jag har fått en ram som inte räcker till nuvarande bemanning. Hur gör jag?"),
						t("Vi ska vara klara till {date}.")),
				kind("ram", 1, peak(3, 4, 5), t("Underlag till budgetdialog", "Ramäskande"),
						t("Vi behöver underlag till vårens budgetdialog om volymökningar.",
								"Förvaltningen vill äska mer pengar för ökat antal elever. Hur ska vi räkna?"),
						t()));

		add("Internkontroll",
				kind("plan", 2, peak(10, 11, 12),
						t("Internkontrollplan {nextyear}", "Riskanalys internkontroll", "Uppföljning internkontroll"),
						t("Vi ska ta fram internkontrollplanen för {nextyear}. Kan ni hjälpa oss med riskanalysen?",
								"Hur följer vi upp kontrollerna i årets internkontrollplan?",
								"Revisorerna har påpekat brister i vår internkontroll. Vad behöver vi göra?"),
						t("Nämnden ska besluta {date}.")));

		add("Ekonomisk analys",
				kind("jamforelse", 2, null,
						t("Jämförelse med andra kommuner", "Kostnad per {measure}", "Nyckeltal", "Kolada-jämförelse",
								"Analys av kostnader"),
						t("Varför har vi högre kostnad per {measure} än jämförbara kommuner?",
								"Kan ni ta fram nyckeltal för {unit} jämfört med andra kommuner?",
								"Vi vill förstå kostnadsutvecklingen för vikarier de senaste tre åren.",
								"Politikerna frågar om kostnad per {measure}. Har ni siffror?"),
						t("Det är inför ett nämndsammanträde.", "Gärna i Excel."), "fraga=fulltext"));

		add("Kund- och kravfråga", kind("avgift", 2, null,
				t("Fråga om kundfaktura", "Obetald avgift", "Påminnelse till kund", "Kravhantering"),
				t("En vårdnadshavare säger att hen har betalat förskoleavgiften men fått påminnelse.",
						"Hur gör vi med en kund som inte betalat hyran för lokalen på tre månader?",
						"Kan vi skicka en faktura till en förening för lån av lokal?",
						"En brukare har fått fel avgift för hemtjänsten i {month}."),
				t("Beloppet är {amount}.")));

		add("Statsbidrag och externa medel",
				kind("ansokan", 2, peak(2, 3, 4, 10),
						t("Ansökan {grant}", "Statsbidrag {grant}", "Redovisning {grant}", "Externa medel"),
						t("Vi vill söka {grant} och behöver hjälp med budgeten i ansökan.",
								"Det är snart dags att redovisa {grant}. Hur tar vi fram rätt siffror?",
								"Har vi rätt att använda {grant} till personalkostnader?",
								"Skolverket har frågat efter underlag för {grant}."),
						t("Sista dag är {date}.", "Förra året fick vi {amount}."), "bidrag={grant}"));

		// ----------------------------------------------------------------- KOM
		add("Pressfråga",
				kind("journalist", 3, null,
						t("Journalist från {media}", "Pressfråga {media}", "{media} vill intervjua", "Mediekontakt",
								"Fråga från {media}"),
						t("En journalist från {media} har ringt och vill prata om {topic}. Vad ska jag säga?",
								"{media} vill göra ett reportage om {topic} och vill intervjua mig. Får jag det?",
								"Har fått ett mejl från {media} om {topic}. De har deadline idag.",
								"Ringdes upp av {media} om {topic}, sa att jag skulle återkomma."),
						t("De vill ha svar innan klockan 15.", "Det är en reporter vi haft kontakt med förut."),
						"media={media}"),
				kind("allmanhandling", 1, null,
						t("Begäran om allmän handling från journalist", "Journalist begär ut handlingar"),
						t("{media} har begärt ut mejlkorrespondens om {topic}. Hur hanterar vi det?",
								"En journalist vill ha ut alla avvikelserapporter från {unit} i år."),
						t("Vi har inte lämnat ut något ännu."), "media={media}"));

		add("Webbpublicering", kind("andra", 3, null,
				t("Uppdatera webbsidan", "Ändring på {page}", "Ny sida på webben", "Fel på webben",
						"Publicering intranät", "Nyhet på intranätet"),
				t("Informationen på {page} är inaktuell, kan ni uppdatera den?",
						"Vi behöver en ny sida om {topic} på webbplatsen.",
						"Kan ni lägga ut en nyhet på intranätet om {topic}?", "Länken på {page} fungerar inte längre.",
						"Öppettiderna på {page} ska ändras från {date}.",
						"Vi vill publicera en blankett som PDF på {page}."),
				t("Texten bifogas.", "Det ska publiceras senast {date}."), "sida={page}"));

		add("Grafisk produktion", kind("trycksak", 2, null,
				t("Affisch till {event}", "Folder om {topic}", "Rollup till mässa", "Annons {event}", "Trycksak"),
				t("Vi behöver en affisch till {event}. Kan ni göra den enligt grafiska profilen?",
						"Kan ni ta fram en folder om {topic} till våra besökare?",
						"Vi ska ha en rollup till jobbmässan, vem fixar det?",
						"Behöver en digital annons för {event} i sociala medier."),
				t("Vi behöver den till {date}.", "Vi har bilder som vi får använda.")));

		add("Kriskommunikation", kind("hande", 1, null,
				t("Brand på {unit}", "Vattenläcka", "IT-avbrott", "Allvarlig händelse", "Hot mot verksamheten"),
				t("Det har brunnit i ett förråd på {unit} i natt. Vi behöver informera vårdnadshavare och media ringer.",
						"Vattenläcka i {unit}, vi måste stänga verksamheten idag. Hur går vi ut med det?",
						"Vårt verksamhetssystem ligger nere sedan i morse och brukarna ringer.",
						"Det har kommit ett hot mot {unit} på sociala medier. Polisen är informerad."),
				t("Krisledningen är informerad.", "Vi behöver hjälp nu."), "handelse=fulltext"));

		add("Evenemangsstöd", kind("evenemang", 2, peak(4, 5, 6, 11, 12, 1),
				t("Evenemang: {event}", "Hjälp med {event}", "Marknadsföring {event}", "Evenemangskalendern"),
				t("Vi planerar {event} och behöver hjälp med marknadsföringen.",
						"Kan ni lägga in {event} i evenemangskalendern?",
						"Vi vill göra något stort av {event} i år. Kan vi få stöd i planeringen?",
						"Vi ska delta i {event} och vill synas. Vad kan ni hjälpa till med?"),
				t("Vi räknar med ungefär {big} besökare.", "Det är gratis för besökarna."), "evenemang={event}"));

		add("Sociala medier", kind("inlagg", 2, null,
				t("Inlägg på Facebook", "Publicering i sociala medier", "Instagram {unit}",
						"Eget konto i sociala medier"),
				t("Kan ni publicera ett inlägg om {event} i kommunens kanaler?",
						"Vi vill starta ett eget Instagramkonto för {unit}. Vad gäller?",
						"Någon har skrivit elaka kommentarer om personal på vår Facebooksida. Får vi ta bort dem?",
						"Hur ofta får vi posta på förvaltningens Facebooksida?"),
				t("Vi har bilder.", "Vill gärna att det ligger ute innan {date}.")));

		add("Internkommunikation",
				kind("intern", 2, null,
						t("Information till medarbetare", "Chefsbrev", "Intranätsnyhet", "Förändringskommunikation"),
						t("Vi behöver informera alla medarbetare om {topic}. Hur gör vi det bäst?",
								"Kan ni hjälpa mig skriva ett chefsbrev om {topic}?",
								"Vi ska genomföra en stor förändring och vill kommunicera den rätt till personalen.",
								"Hur når vi medarbetare som inte har datorer i jobbet?"),
						t("Det är känsligt, så vi vill formulera oss rätt.")));

		add("Klarspråksgranskning",
				kind("granska", 2, null,
						t("Granskning av beslutsmall", "Klarspråk – brev", "Granska text", "Språkgranskning"),
						t("Kan ni granska vår beslutsmall för {topic}? Brukarna förstår inte vad som står.",
								"Vi har skrivit ett brev till vårdnadshavare och vill att det blir begripligt.",
								"Kan ni titta på texten till {page}? Den är lite krånglig.",
								"Vi får många frågor om våra beslut, tror språket är problemet."),
						t("Det är {pages} sidor.", "Vi skickar mycket av dessa brev."), "sidor={pages}"));

		add("Tillgänglighetsgranskning",
				kind("granska", 1, null,
						t("Tillgänglighet PDF", "Granska tillgänglighet", "WCAG-granskning", "Är sidan tillgänglig?"),
						t("Kan ni granska om {page} uppfyller tillgänglighetskraven?",
								"Vi har fått klagomål att en PDF inte går att läsa med skärmläsare.",
								"Vi ska publicera en ny e-tjänst och vill säkerställa att den är tillgänglig."),
						t("Vi vill gärna ha svar innan {date}."), "adress={page}"));

		add("Kommunikationsplan",
				kind("plan", 1, null,
						t("Kommunikationsplan {topic}", "Plan för kommunikation", "Hjälp med kommunikationsplan"),
						t("Vi startar ett projekt om {topic} och behöver en kommunikationsplan.",
								"Kan ni hjälpa oss ta fram en kommunikationsplan inför flytten av {unit}?",
								"Vi behöver kommunicera {topic} till medborgarna. Kan ni hjälpa oss planera?"),
						t("Projektet startar {date}.")));
	}

	/** Things bought, for purchasing questions. */
	static final List<String> THINGS = List.of("kontorsmöbler", "skrivare", "arbetskläder", "städtjänster",
			"konsulttjänster inom IT", "hörselkåpor och skyddsutrustning", "livsmedel till köket", "läromedel",
			"taxiresor", "en ny diskmaskin", "elcyklar", "lekmaterial");

	/** Measures for cost comparisons. */
	static final List<String> MEASURES = List.of("elev", "brukare i hemtjänsten", "invånare", "hemtjänsttimme",
			"barn i förskolan", "bygglov", "besökare");

	/** Topics people write about to communications. */
	static final List<String> TOPICS = List.of("nya öppettider", "skolvalet", "matsvinn i skolan",
			"byggnationen i Västra Sjövik", "bemanningen i hemtjänsten", "vägarbetet på Storgatan", "nya taxor",
			"lovaktiviteter", "digitala besök", "den nya e-tjänsten", "återvinning", "ny förskola",
			"rekrytering av sommarvikarier", "trafiksäkerhet kring skolorna");

	// ---- the same question from several förvaltningar

	static final List<Cluster> CLUSTERS = List.of(
			new Cluster("heltid-som-norm", "Arbetsrättslig rådgivning", 300, 25, 14, kind("heltid", 1, null,
					t("Heltid som norm", "Heltid som norm – hur gör vi?", "Fråga om heltidsresan",
							"Nya regeln om heltid", "Heltid som norm och schemaläggning", "Deltid efter 1 okt?"),
					t("Hur ska vi hantera medarbetare som vill fortsätta jobba deltid nu när heltid är norm?",
							"Vi har fått information om att alla nyanställningar ska vara på heltid. Gäller det även vikariat?",
							"Med nya regeln om heltid som norm, måste vi erbjuda heltid till alla timanställda?",
							"Heltid som norm: kan vi fortfarande annonsera tjänster på 75 %?",
							"Hur påverkar heltid som norm våra scheman på helger? Vi får inte ihop det.",
							"Jag har en medarbetare som inte vill gå upp till heltid. Kan vi kräva det nu?",
							"Vad innebär det nya beslutet om heltid som norm för oss konkret?"),
					t("Vi har många deltidare.", "Facket har redan frågat om detta.",
							"Gäller från {date} om jag förstått rätt."),
					"omrade=Kollektivavtal")),
			new Cluster("reseriktlinje", "Lönefråga", 230, 30, 12, kind("resor", 1, null,
					t("Nya reseriktlinjen", "Milersättning enligt nya riktlinjen", "Resor i tjänsten – vad gäller nu?",
							"Ändrad reseräkning", "Traktamente nya regler"),
					t("Vad innebär den nya riktlinjen för resor i tjänsten? Får vi inte använda egen bil längre?",
							"Sedan reseriktlinjen ändrades får våra hemtjänstmedarbetare lägre milersättning. Stämmer det?",
							"Hur ska reseräkningar för tåg fyllas i nu? Det ser annorlunda ut i Heroma.",
							"En medarbetare har fått avslag på sin reseräkning med hänvisning till nya riktlinjen.",
							"Gäller nya reglerna om traktamente även för studieresor?",
							"Måste vi nu boka alla resor via resebyrån?"),
					t("Vi kör mycket bil i tjänsten.", "Ingen har informerat oss om förändringen."), "typ=Annat")),
			new Cluster("press-konsultkostnader", "Pressfråga", 160, 9, 10, kind("konsult", 1, null,
					t("Sjöviksposten – konsultkostnader", "Journalist frågar om konsulter", "Pressfråga konsulter",
							"Begäran om uppgifter – konsultkostnader"),
					t("Sjöviksposten har begärt ut våra kostnader för konsulter de senaste tre åren. Hur svarar vi?",
							"En reporter på Sjöviksposten ringde och frågade hur mycket vi lagt på konsulter. Ska vi svara själva?",
							"Vi har fått samma fråga som andra förvaltningar om konsultkostnader från Sjöviksposten.",
							"Journalisten vill ha en lista på alla konsultfakturor i år. Vem tar fram den?",
							"Sjöviksposten frågar om våra hyrsjuksköterskor och vad det kostat."),
					t("Deadline är på fredag.", "Hon sa att hon frågat alla förvaltningar."), "media=Sjöviksposten")),
			new Cluster("faktura-kontorsgiganten", "Fakturafråga", 115, 21, 15, kind("kontorsgiganten", 1, null,
					t("Faktura Kontorsgiganten", "Kontorsgiganten fakturerar dubbelt",
							"Felaktig faktura Kontorsgiganten AB", "Kontorsgiganten – fel referens",
							"Påminnelse Kontorsgiganten"),
					t("Vi har fått två fakturor från Kontorsgiganten AB på samma leverans.",
							"Fakturan från Kontorsgiganten saknar referens och vi har inte beställt något i {month}.",
							"Kontorsgiganten har skickat påminnelse på en faktura vi redan betalat.",
							"Varför kommer Kontorsgigantens fakturor till fel ansvar sedan de bytte system?",
							"Kontorsgiganten har fakturerat oss för en annan förvaltnings beställning."),
					t("Fakturanummer {invoice}.", "Beloppet är {amount}."), "leverantor=Kontorsgiganten AB")),
			new Cluster("nya-intranatet", "Webbpublicering", 85, 30, 16, kind("intranat", 1, null,
					t("Flytt till nya intranätet", "Våra sidor på nya intranätet", "Intranätet – vem flyttar sidorna?",
							"Saknade sidor efter intranätbytet", "Redaktörsbehörighet nya intranätet"),
					t("Vem ansvarar för att flytta våra sidor till det nya intranätet?",
							"Efter bytet av intranät saknas alla våra rutiner för {unit}. Var har de tagit vägen?",
							"Kan vi få redaktörsbehörighet i nya intranätet? Vi hade det i det gamla.",
							"Länkarna till våra blanketter fungerar inte efter flytten till nya intranätet.",
							"Måste vi skriva om alla sidor inför flytten till nya intranätet?"),
					t("Det är ganska bråttom, personalen hittar inte rutinerna.", "Vi har ett femtiotal sidor."))),
			new Cluster("friskvard", "Lönefråga", 45, 20, 10,
					kind("friskvard", 1, null,
							t("Friskvårdsbidraget", "Höjt friskvårdsbidrag", "Fråga om friskvård",
									"Friskvårdsbidrag – retroaktivt?"),
							t("Gäller det höjda friskvårdsbidraget retroaktivt från årsskiftet?",
									"Hur gör medarbetarna för att få ut det nya friskvårdsbidraget?",
									"Får timanställda också friskvårdsbidrag enligt nya beslutet?",
									"Kan man använda friskvårdsbidraget till massage nu?"),
							t("Många har frågat på APT.", "Det står olika saker på intranätet."), "typ=Annat")),
			new Cluster("attestreglemente", "Internkontroll", 25, 18, 9, kind("attest", 1, null,
					t("Nya attestreglementet", "Attestordning – vad ändras?", "Beslutsattest enligt nytt reglemente"),
					t("Vad innebär det nya attestreglementet för oss enhetschefer?",
							"Enligt nya attestreglementet får jag inte attestera egna utlägg. Vem gör det då?",
							"Behöver vi göra om hela attestförteckningen nu när reglementet ändrats?",
							"Hur ska ersättare för attest utses enligt det nya reglementet?"),
					t("Vi har {n} attestanter på förvaltningen.", "Det ska vara klart till {date}?"))),
			new Cluster("semesterloneskuld", "Bokslutsstöd", 14, 12, 5, kind("semesterloneskuld", 1, null,
					t("Semesterlöneskulden i bokslutet", "Beräkning av semesterlöneskuld",
							"Fråga om semesterlöneskuld vid årsskiftet", "Upplupna semesterlöner – bokslut"),
					t("Hur räknar vi fram semesterlöneskulden till bokslutet? Vi får inte samma belopp som i fjol.",
							"Ska semesterlöneskulden för timavlönade tas med i bokslutet, och i så fall hur beräknas den?",
							"Vår semesterlöneskuld har ökat kraftigt mot i fjol. Hur kontrollerar vi att beräkningen stämmer?",
							"Vilka uppgifter behöver ni från oss för att räkna ut semesterlöneskulden vid årsskiftet?",
							"Hur bokförs förändringen av semesterlöneskulden och sociala avgifter på den i bokslutet?"),
					t("Bokslutet ska vara klart {date}.", "Vi har {n} medarbetare med sparade dagar."))),
			new Cluster("stormen", "Kriskommunikation", 10, 3, 6, kind("storm", 1, null,
					t("Stormen – strömavbrott", "Strömavbrott efter stormen", "Stormen Ylva: information",
							"Stängt pga stormen"),
					t("Strömmen har gått på {unit} efter stormen. Vi behöver informera brukare och anhöriga.",
							"Stormen har fällt träd över infarten till {unit}. Hur går vi ut med att vi håller stängt?",
							"Efter stormen Ylva har vi ingen el. Vad ska vi säga till vårdnadshavarna?",
							"Hemtjänsten når inte alla brukare på grund av stormen. Behöver hjälp med budskap."),
					t("Krisledningen är igång.", "Telefonerna går varma."), "handelse=fulltext")));

	/**
	 * A service without own kinds (added later in the catalogue) still gets requests, in
	 * general words.
	 */
	static Kind generic(String serviceName) {
		return kind("allmant", 1, null,
				t(serviceName, "Fråga om " + serviceName.toLowerCase(), serviceName + " – {unit}",
						"Hjälp med " + serviceName.toLowerCase()),
				t("Vi behöver hjälp med " + serviceName.toLowerCase() + " för {unit}.",
						"Jag har en fråga som gäller " + serviceName.toLowerCase() + ". Kan någon höra av sig?",
						"Kan ni hjälpa oss med " + serviceName.toLowerCase() + " inför {date}?"),
				t("Det gäller {n} medarbetare.", "Hör av er om ni behöver mer information."));
	}

}
