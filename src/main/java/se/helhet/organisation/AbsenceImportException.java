package se.helhet.organisation;

import java.util.List;

/**
 * A CSV import of absences that was refused as a whole: nothing was saved. Each row error
 * says which row, what is wrong and what to do.
 */
public class AbsenceImportException extends RuntimeException {

	private final List<RowError> rows;

	public AbsenceImportException(List<RowError> rows) {
		super("Importen sparades inte: " + rows.size() + " fel.");
		this.rows = List.copyOf(rows);
	}

	public List<RowError> rows() {
		return rows;
	}

	/**
	 * One problem in the file.
	 *
	 * @param row the line of the file, counting the header as line 1 (0 for the file as a
	 * whole)
	 * @param column the column's name, or null when it concerns the whole row
	 * @param message what is wrong and what to do, in Swedish
	 */
	public record RowError(int row, String column, String message) {
	}

}
