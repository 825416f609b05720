package nl.openmkb.catalogue.web;

import org.springframework.hateoas.RepresentationModel;

/**
 * The API's entry point: what it is, and links to every collection (added by the features through
 * {@code RepresentationModelProcessor}s), the OpenAPI document and its documentation.
 */
public final class RootModel extends RepresentationModel<RootModel> {

	/** The API's name. */
	public String getTitle() {
		return "Open mkb catalogue API";
	}

	/** What it offers, in one sentence. */
	public String getDescription() {
		return "Public information for Dutch small and medium businesses: regulations, subsidies and other schemes, "
				+ "transition guides, providers and the reference lists they use, as HAL, JSON-LD, Turtle, N-Triples and CSV.";
	}

	/** The full API version, as in the {@code API-Version} header. */
	public String getVersion() {
		return ApiVersion.CURRENT;
	}

	/** The licence of all data: CC0 1.0. */
	public String getLicense() {
		return "https://creativecommons.org/publicdomain/zero/1.0/";
	}

}
