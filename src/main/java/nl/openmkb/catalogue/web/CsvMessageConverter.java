package nl.openmkb.catalogue.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;

/** Writes a {@link CsvRepresentable} collection page as RFC 4180 CSV with a header row, in UTF-8. */
final class CsvMessageConverter extends WriteOnlyMessageConverter<CsvRepresentable> {

	CsvMessageConverter() {
		super(CsvRepresentable.class, MediaType.parseMediaType(ApiMediaTypes.CSV));
	}

	@Override
	protected void writeInternal(CsvRepresentable model, HttpOutputMessage message) throws IOException {
		CsvTable table = model.csv();
		Writer writer = new OutputStreamWriter(message.getBody(), StandardCharsets.UTF_8);
		writeRow(writer, table.header());
		for (List<String> row : table.rows()) {
			writeRow(writer, row);
		}
		writer.flush();
	}

	private static void writeRow(Writer writer, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(escape(cells.get(i)));
		}
		writer.write("\r\n");
	}

	static String escape(String cell) {
		boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
				|| cell.indexOf('\r') >= 0;
		// A leading =, +, - or @ would run as a formula in a spreadsheet; a quote mark keeps it text.
		String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
		return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

}
