package nl.openmkb.catalogue.catalog.regulation;

import java.util.List;

import nl.openmkb.catalogue.catalog.CatalogueEntry;

import org.jspecify.annotations.Nullable;

/**
 * A law or regulation from the BWB.
 *
 * @param entry what every catalogue resource has
 * @param bwbId its BWB identifier ({@code BWBR0010346})
 * @param pages official pages (wetten.overheid.nl)
 */
public record Regulation(CatalogueEntry entry, @Nullable String bwbId, List<String> pages) {

	public Regulation {
		pages = List.copyOf(pages);
	}

}
