package nl.openmkb.catalogue.web;

import java.util.List;

/**
 * A table to write as CSV (RFC 4180): a header row and data rows of the same width.
 *
 * @param header the column names
 * @param rows the data rows
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

	public CsvTable {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}

	/** Joins several values into one cell. */
	public static String cell(List<String> values) {
		return String.join("|", values);
	}

}
