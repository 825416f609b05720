package nl.openmkb.catalogue.catalog.referral;

import java.util.List;

/**
 * A municipality that no longer exists, with the current municipalities that took over its area.
 *
 * @param code its CBS code ({@code GM0003})
 * @param name its name
 * @param ended its last day ({@code 2020-12-31}); empty when not known
 * @param successors the IRIs of the current municipalities that took over its area
 */
public record FormerMunicipality(String code, String name, String ended, List<String> successors) {

	public FormerMunicipality {
		successors = List.copyOf(successors);
	}

}
