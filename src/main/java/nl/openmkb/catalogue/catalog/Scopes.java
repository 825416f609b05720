package nl.openmkb.catalogue.catalog;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The matching rules for places and sectors that every collection shares.
 * <ul>
 * <li>Area: an item for a municipality applies there; so do items for the province and the labour-market
 * region(s) it lies in ({@code skos:broader} in the region list) and national items.</li>
 * <li>Sector: an item tagged with an SBI code applies to that code, to every narrower code and, read the other way,
 * to the broader codes it falls under, so both {@code sbi=56} and {@code sbi=5611} find an item tagged {@code 561}.</li>
 * </ul>
 */
public final class Scopes {

	private Scopes() {
	}

	/** The areas whose items apply in the given area: itself, every area containing it, and the Netherlands. */
	public static Set<String> areasApplyingIn(Concepts concepts, Concept area) {
		Set<String> areas = new LinkedHashSet<>(concepts.selfAndAncestors(area.iri()));
		areas.add(Terms.NETHERLANDS);
		return Set.copyOf(areas);
	}

	/** The SBI codes whose items apply to the given code: itself, its ancestors and its descendants. */
	public static Set<String> sectorsMatching(Concepts concepts, Concept code) {
		Set<String> codes = new LinkedHashSet<>(concepts.selfAndAncestors(code.iri()));
		codes.addAll(concepts.selfAndDescendants(code.iri()));
		return Set.copyOf(codes);
	}

}
