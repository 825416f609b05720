package nl.openmkb.catalogue.embed;

/** Escapes text for HTML element content and double-quoted attribute values. */
final class Html {

	private Html() {
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c < 0x20 && c != '\t' && c != '\n' || c == 0x7f) {
						out.append(' ');
					}
					else {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

}
