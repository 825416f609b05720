package nl.openmkb.catalogue.catalog.subsidy;

import java.util.List;

import nl.openmkb.catalogue.catalog.CatalogueEntry;

import org.jspecify.annotations.Nullable;

/**
 * A scheme for entrepreneurs: subsidy, tax scheme, guarantee, loan, participation, voucher, advice or credit.
 *
 * @param entry what every catalogue resource has
 * @param authorities IRIs of the competent authorities (providers)
 * @param legalResources IRIs of the regulations it rests on
 * @param sectors IRIs of the SBI codes it is bound to; empty when it is open to every sector
 * @param areas IRIs of the areas it applies in (the Netherlands, provinces, municipalities)
 * @param kind IRI of its kind ({@code id/scheme-kind/…})
 * @param status IRI of its status ({@code id/status/…})
 * @param pages official pages
 */
public record Subsidy(CatalogueEntry entry, List<String> authorities, List<String> legalResources, List<String> sectors,
		List<String> areas, @Nullable String kind, @Nullable String status, List<String> pages) {

	public Subsidy {
		authorities = List.copyOf(authorities);
		legalResources = List.copyOf(legalResources);
		sectors = List.copyOf(sectors);
		areas = List.copyOf(areas);
		pages = List.copyOf(pages);
	}

}
