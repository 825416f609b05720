package nl.openmkb.catalogue.refdata;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One SBI 2025 code (section letter or 2–5 digits) with its parent code and Dutch and English titles. */
record SbiCode(String code, String parent, String nl, String en) {

	static final String FILE = "sbi2025_nl_en.csv";

	/** Reads all codes and checks that every parent is itself a code. */
	static List<SbiCode> read(CsvTable table) {
		List<SbiCode> codes = table.rows()
			.stream()
			.map((row) -> new SbiCode(row.required("code"), row.get("parent"), row.required("nl"), row.required("en")))
			.toList();
		Set<String> known = new HashSet<>();
		for (SbiCode code : codes) {
			if (!known.add(code.code())) {
				throw new IllegalStateException("Duplicate SBI code " + code.code());
			}
		}
		for (SbiCode code : codes) {
			if (!code.isSection() && !known.contains(code.parent())) {
				throw new IllegalStateException("SBI code " + code.code() + " has unknown parent " + code.parent());
			}
		}
		return codes;
	}

	boolean isSection() {
		return this.parent.isEmpty();
	}

	/** The IRI slug: the code itself, lowercased for the section letters ({@code A} → {@code a}). */
	String slug() {
		return slugOf(this.code);
	}

	String parentSlug() {
		return slugOf(this.parent);
	}

	String labelNl() {
		return sentenceCase(this.nl);
	}

	String labelEn() {
		return sentenceCase(this.en);
	}

	private static String slugOf(String code) {
		return code.toLowerCase(Locale.ROOT);
	}

	/** Section titles are all capitals in the source; they become sentence case like the other levels. */
	private static String sentenceCase(String label) {
		if (!label.equals(label.toUpperCase(Locale.ROOT))) {
			return label;
		}
		String lower = label.toLowerCase(Locale.ROOT);
		return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
	}

}
