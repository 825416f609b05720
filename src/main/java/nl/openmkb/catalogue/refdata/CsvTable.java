package nl.openmkb.catalogue.refdata;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.csv.CSVParser;

/** An RFC 4180 CSV file with a header row, read with Jena's {@link CSVParser}. */
record CsvTable(String name, List<String> header, List<Row> rows) {

	static CsvTable read(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(file.getFileName().toString(), reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	static CsvTable parse(String name, String text) {
		return parse(name, new StringReader(text));
	}

	private static CsvTable parse(String name, Reader reader) {
		Iterator<List<String>> lines = CSVParser.create(reader).iterator();
		if (!lines.hasNext()) {
			throw new IllegalStateException(name + " is empty");
		}
		List<String> header = new ArrayList<>(lines.next());
		header.set(0, header.get(0).replace("\uFEFF", ""));
		List<Row> rows = new ArrayList<>();
		while (lines.hasNext()) {
			List<String> cells = lines.next();
			if (cells.size() == 1 && cells.get(0).isEmpty()) {
				continue;
			}
			if (cells.size() != header.size()) {
				throw new IllegalStateException(name + " row " + (rows.size() + 1) + " has " + cells.size()
						+ " cells, expected " + header.size() + ": " + cells);
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				values.put(header.get(i), cells.get(i).strip());
			}
			rows.add(new Row(name, values));
		}
		return new CsvTable(name, List.copyOf(header), List.copyOf(rows));
	}

	/** One data row of a {@link CsvTable}, read by column name. */
	record Row(String table, Map<String, String> values) {

		/** The cell in {@code column}, empty when blank; fails for an unknown column. */
		String get(String column) {
			String value = this.values.get(column);
			if (value == null) {
				throw new IllegalStateException(this.table + " has no column " + column);
			}
			return value;
		}

		String required(String column) {
			String value = get(column);
			if (value.isEmpty()) {
				throw new IllegalStateException(this.table + " has an empty " + column + " in " + this.values);
			}
			return value;
		}

	}

}
