package nl.openmkb.catalogue.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Writes a {@link CsvRepresentable} collection page as RFC 4180 CSV with a header row, in UTF-8. */
final class CsvMessageConverter extends AbstractHttpMessageConverter<CsvRepresentable> {

	CsvMessageConverter() {
		super(StandardCharsets.UTF_8, MediaType.parseMediaType(ApiMediaTypes.CSV));
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return CsvRepresentable.class.isAssignableFrom(clazz);
	}

	@Override
	protected boolean canRead(@Nullable MediaType mediaType) {
		return false;
	}

	@Override
	protected CsvRepresentable readInternal(Class<? extends CsvRepresentable> clazz, HttpInputMessage inputMessage) {
		throw new HttpMessageNotReadableException("The API does not read CSV", inputMessage);
	}

	@Override
	protected void addDefaultHeaders(HttpHeaders headers, CsvRepresentable model, @Nullable MediaType type)
			throws IOException {
		super.addDefaultHeaders(headers, model, type);
		PagingHeaders.add(headers, model);
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
