package nl.openmkb.catalogue.catalog.referral;

import java.util.List;

/**
 * A municipality that no longer exists, with the current municipalities that took over its area.
 *
 * @param code its CBS code ({@code GM0003})
 * @param name its name
 * @param ended the date it ended ({@code 2021-01-01})
 * @param successors the CBS codes of the current municipalities that took over its area
 */
public record FormerMunicipality(String code, String name, String ended, List<String> successors) {

	public FormerMunicipality {
		successors = List.copyOf(successors);
	}

}
