package nl.openmkb.catalogue.ingest;

import org.jspecify.annotations.Nullable;

/**
 * One SHACL result that refuses a source: which resource breaks which rule.
 *
 * @param focusNode the resource that breaks the rule
 * @param path the property concerned, if any
 * @param value the offending value, if any
 * @param constraint the SHACL constraint component (e.g. {@code sh:MinCountConstraintComponent})
 * @param shape the shape the rule belongs to
 * @param message what is wrong, in words
 */
public record Violation(String focusNode, @Nullable String path, @Nullable String value, String constraint,
		String shape, String message) {

	@Override
	public String toString() {
		return focusNode + (path != null ? " " + path : "") + ": " + message + " [" + shape + ", " + constraint + "]"
				+ (value != null ? " value " + value : "");
	}

}
