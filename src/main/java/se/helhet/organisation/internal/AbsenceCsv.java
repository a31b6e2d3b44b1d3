package se.helhet.organisation.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.helhet.organisation.AbsenceImportException;
import se.helhet.organisation.AbsenceImportException.RowError;
import se.helhet.organisation.AbsenceKind;

/**
 * Reads the HR system's absence file: a header line and one absence per line, columns
 * {@code anstalld;typ;fran;till;andel} (and optionally {@code anteckning}), separated by
 * {@code ;} or {@code ,}. Format errors are collected per row, not thrown one at a time.
 */
final class AbsenceCsv {

	static final String PERSON = "anstalld";

	static final String KIND = "typ";

	static final String FROM = "fran";

	static final String TO = "till";

	static final String PERCENT = "andel";

	static final String NOTE = "anteckning";

	static final String EXAMPLE = "anstalld;typ;fran;till;andel\nkarin.ek;SEMESTER;2026-07-06;2026-07-24;\n";

	private AbsenceCsv() {
	}

	/**
	 * One line of the file with what could be read; a value that could not be read is
	 * null and has an error.
	 */
	record Row(int number, String person, AbsenceKind kind, LocalDate from, LocalDate to, Integer partDayPercent,
			String note, List<RowError> errors) {
	}

	/** The file's column of a rule's field, for the row errors. */
	static String column(String field) {
		return switch (field) {
			case "staffId" -> PERSON;
			case "kind" -> KIND;
			case "from" -> FROM;
			case "to" -> TO;
			case "partDayPercent" -> PERCENT;
			case "note" -> NOTE;
			default -> null;
		};
	}

	static List<Row> read(String text) {
		String csv = text == null ? "" : text.replace("\uFEFF", "");
		if (csv.isBlank()) {
			throw refused("Filen är tom. Klistra in eller välj en fil med rubrikraden " + header()
					+ " och en rad per frånvaro.");
		}
		String firstLine = csv.lines().findFirst().orElse("");
		char separator = firstLine.indexOf(';') >= 0 ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
			records = parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			throw refused("Filen kunde inte läsas som CSV (" + ex.getMessage()
					+ "). Kontrollera citattecknen och att varje rad har samma avgränsare.");
		}
		if (records.isEmpty()) {
			throw refused("Filen är tom. Första raden ska vara rubrikraden " + header() + ".");
		}
		Map<String, Integer> columns = new HashMap<>();
		CSVRecord head = records.getFirst();
		for (int i = 0; i < head.size(); i++) {
			columns.put(normalise(head.get(i)), i);
		}
		List<String> missing = new ArrayList<>();
		for (String required : List.of(PERSON, KIND, FROM, TO)) {
			if (!columns.containsKey(required)) {
				missing.add(required);
			}
		}
		if (!missing.isEmpty()) {
			throw refused("Rubrikraden saknar kolumnen " + String.join(", ", missing) + ". Första raden ska vara "
					+ header() + " (andel och anteckning får saknas).");
		}
		List<Row> rows = new ArrayList<>();
		for (CSVRecord record : records.subList(1, records.size())) {
			rows.add(row(record, columns));
		}
		return rows;
	}

	private static Row row(CSVRecord record, Map<String, Integer> columns) {
		int number = (int) record.getRecordNumber();
		List<RowError> errors = new ArrayList<>();
		String person = value(record, columns, PERSON);
		if (person == null) {
			errors.add(new RowError(number, PERSON,
					"Anställd saknas. Skriv personens användarnamn (t.ex. karin.ek) eller e-postadress."));
		}
		String kindText = value(record, columns, KIND);
		AbsenceKind kind = AbsenceKind.parse(kindText).orElse(null);
		if (kind == null) {
			errors.add(new RowError(number, KIND, (kindText == null ? "Typ saknas"
					: "Typen " + kindText + " finns inte")
					+ ". Skriv SEMESTER, SJUKDOM, VAB, TJANSTLEDIGHET, UTBILDNING eller FORALDRALEDIGHET (eller ordet på svenska)."));
		}
		LocalDate from = date(record, columns, FROM, number, "Från-datum", errors);
		LocalDate to = date(record, columns, TO, number, "Till-datum", errors);
		Integer percent = null;
		String percentText = value(record, columns, PERCENT);
		if (percentText != null) {
			try {
				percent = Integer.valueOf(percentText.replace("%", "").strip());
			}
			catch (NumberFormatException ex) {
				errors.add(new RowError(number, PERCENT, "Andelen " + percentText
						+ " är inget heltal. Skriv procent av dagen, t.ex. 50, eller lämna tomt för hela dagar."));
			}
		}
		return new Row(number, person, kind, from, to, percent, value(record, columns, NOTE), errors);
	}

	private static LocalDate date(CSVRecord record, Map<String, Integer> columns, String column, int number,
			String label, List<RowError> errors) {
		String text = value(record, columns, column);
		if (text == null) {
			errors
				.add(new RowError(number, column, label + " saknas. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-07-06."));
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.add(new RowError(number, column,
					label + " " + text + " är inget datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-07-06."));
			return null;
		}
	}

	private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		if (index == null || index >= record.size()) {
			return null;
		}
		String value = record.get(index);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String normalise(String heading) {
		return Normalizer.normalize(heading.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

	private static String header() {
		return String.join(";", PERSON, KIND, FROM, TO, PERCENT);
	}

	private static AbsenceImportException refused(String message) {
		return new AbsenceImportException(List.of(new RowError(0, null, message)));
	}

}
