package nl.openmkb.catalogue.linkeddata;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * One representation of a linked data resource: the HTML page or an RDF format. {@link #negotiate} picks it from
 * {@code ?format=} (for people pasting links) or else from {@code Accept}; HTML wins a tie, so a browser or a client
 * that accepts anything gets the page.
 *
 * @param rdf the RDF format, or {@code null} for HTML
 */
public record Variant(@Nullable RdfFormat rdf) {

	/** The HTML page. */
	public static final Variant HTML = new Variant(null);

	public boolean isHtml() {
		return rdf == null;
	}

	public MediaType mediaType() {
		return rdf == null ? new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8) : rdf.mediaType();
	}

	/** The {@code ?format=} value that asks for this variant. */
	public String key() {
		return rdf == null ? "html" : rdf.key();
	}

	/** Every variant: HTML first, then each RDF format. */
	public static List<Variant> all() {
		List<Variant> all = new ArrayList<>();
		all.add(HTML);
		for (RdfFormat format : RdfFormat.values()) {
			all.add(new Variant(format));
		}
		return all;
	}

	/** The RDF variants only. */
	public static List<Variant> rdfOnly() {
		return all().stream().filter(v -> !v.isHtml()).toList();
	}

	/**
	 * The variant to answer with.
	 * @param offers what this resource offers, the preferred one first
	 * @throws NotAcceptableException when {@code format} names none of the offers or {@code Accept} excludes them all
	 */
	public static Variant negotiate(@Nullable String accept, @Nullable String format, List<Variant> offers) {
		if (format != null && !format.isBlank()) {
			Variant asked = "html".equalsIgnoreCase(format.strip()) ? HTML : ofRdf(RdfFormat.ofKey(format));
			if (asked == null || !offers.contains(asked)) {
				throw new NotAcceptableException("'" + format + "' is not a format of this resource.", offers);
			}
			return asked;
		}
		List<MediaType> ranges;
		try {
			ranges = accept == null || accept.isBlank() ? List.of(MediaType.ALL) : MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			ranges = List.of(MediaType.ALL);
		}
		Variant best = null;
		double bestQuality = 0;
		for (Variant offer : offers) {
			double quality = quality(offer.mediaType(), ranges);
			if (quality > bestQuality) {
				best = offer;
				bestQuality = quality;
			}
		}
		if (best == null) {
			throw new NotAcceptableException("None of the media types in Accept is offered here.", offers);
		}
		return best;
	}

	private static @Nullable Variant ofRdf(@Nullable RdfFormat format) {
		return format == null ? null : new Variant(format);
	}

	/** The quality the most specific matching range gives the offer (0 when none matches). */
	private static double quality(MediaType offer, List<MediaType> ranges) {
		int specificity = -1;
		double quality = 0;
		for (MediaType range : ranges) {
			if (!range.includes(offer)) {
				continue;
			}
			int rangeSpecificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
			if (rangeSpecificity > specificity) {
				specificity = rangeSpecificity;
				quality = range.getQualityValue();
			}
		}
		return quality;
	}

}
