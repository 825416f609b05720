package nl.openmkb.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvMessageConverterTests {

	@Test
	void quotesCellsWithSeparatorsQuotesOrLineBreaks() {
		assertThat(CsvMessageConverter.escape("plain")).isEqualTo("plain");
		assertThat(CsvMessageConverter.escape("a, b")).isEqualTo("\"a, b\"");
		assertThat(CsvMessageConverter.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvMessageConverter.escape("two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void keepsSpreadsheetFormulasAsText() {
		assertThat(CsvMessageConverter.escape("=HYPERLINK(\"x\")")).startsWith("\"'=");
		assertThat(CsvMessageConverter.escape("+31")).isEqualTo("'+31");
		assertThat(CsvMessageConverter.escape("@sum")).isEqualTo("'@sum");
	}

}
