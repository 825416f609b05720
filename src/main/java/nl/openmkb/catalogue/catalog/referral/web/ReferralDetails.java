package nl.openmkb.catalogue.catalog.referral.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.openmkb.catalogue.catalog.Ref;
import nl.openmkb.catalogue.catalog.provider.web.ChannelView;

import org.jspecify.annotations.Nullable;

/**
 * A referral: how the question and profile were understood, and the providers, schemes, regulations and guides that
 * fit, best first, each with its reasons.
 *
 * @param question the question as asked, if any
 * @param interpretation what the referral works with
 * @param providers where to go, best first; never empty
 * @param schemes schemes that may help: open (and announced) ones first, then by score
 * @param regulations rules that apply, by score
 * @param guides guides to follow, by score
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralDetails(@Nullable String question, Interpretation interpretation, List<ProviderReferral> providers,
		List<ItemReferral> schemes, List<ItemReferral> regulations, List<ItemReferral> guides) {

	/**
	 * How the request was understood.
	 *
	 * @param themes themes: given, or read from the question
	 * @param events business events: given, or read from the question
	 * @param audiences audiences: given, read from the question, or from the number of employees
	 * @param sector the SBI code given
	 * @param municipality the municipality (the successor, when a former code was given)
	 * @param replacedMunicipality the former municipality whose code was given
	 * @param province the province: given, or the one the municipality lies in
	 * @param labourMarketRegions the labour-market regions the municipality lies in
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Interpretation(List<InferredConcept> themes, List<InferredConcept> events,
			List<InferredConcept> audiences, @Nullable Ref sector, @Nullable Ref municipality,
			@Nullable Replaced replacedMunicipality, @Nullable Ref province, List<Ref> labourMarketRegions) {
	}

	/**
	 * A theme, event or audience the referral works with.
	 *
	 * @param id its IRI
	 * @param identifier its identifier
	 * @param label its label
	 * @param source where it came from
	 * @param words the words of the question that pointed to it
	 * @param weight how much it counts (1 when given; else relative to the best of its kind)
	 */
	public record InferredConcept(String id, @Schema(example = "verduurzaming") String identifier,
			@Schema(example = "Verduurzaming") String label,
			@Schema(allowableValues = { "given", "question", "employees" }) String source,
			@Schema(example = "[\"energiekosten\"]") List<String> words, @Schema(example = "1.0") double weight) {
	}

	/**
	 * A municipality code that no longer exists, answered via its successor.
	 *
	 * @param code the code given
	 * @param name the former municipality's name
	 * @param ended its last day
	 * @param successors the current municipalities that took over its area
	 */
	public record Replaced(@Schema(example = "GM0003") String code, @Schema(example = "Appingedam") String name,
			@Schema(example = "2020-12-31") String ended, List<Ref> successors) {
	}

	/**
	 * One reason why something was chosen.
	 *
	 * @param code what kind of reason
	 * @param text the reason in words, in the language asked for
	 * @param about what it refers to (a theme, event, area, scheme, guide …), if anything
	 * @param words the question's words it rests on
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ReasonView(
			@Schema(allowableValues = { "named", "handlesTheme", "competentAuthority", "inGuide", "servesMunicipality",
					"servesLabourMarketRegion", "servesProvince", "servesNetherlands", "fallback", "theme", "event",
					"audience", "words", "sector", "area" }) String code,
			@Schema(example = "Behandelt het thema Verduurzaming") String text, @Nullable Ref about, List<String> words) {
	}

	/**
	 * A provider to go to.
	 *
	 * @param id its IRI
	 * @param identifier its identifier
	 * @param title its name
	 * @param description what it does
	 * @param score its score; higher is better
	 * @param reasons why it was chosen
	 * @param channels how to reach it
	 * @param links {@code self}: the provider in the API
	 */
	public record ProviderReferral(String id, @Schema(example = "rvo") String identifier, String title,
			@Nullable String description, double score, List<ReasonView> reasons, List<ChannelView> channels,
			@JsonProperty("_links") Map<String, Map<String, String>> links) {
	}

	/**
	 * A scheme, regulation or guide that fits.
	 *
	 * @param id its IRI
	 * @param identifier its identifier
	 * @param title its title
	 * @param description its summary
	 * @param status for schemes: its status
	 * @param score its score; higher is better
	 * @param reasons why it was chosen
	 * @param links {@code self}: the item in the API
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ItemReferral(String id, @Schema(example = "eia") String identifier, String title,
			@Nullable String description, @Nullable Ref status, double score, List<ReasonView> reasons,
			@JsonProperty("_links") Map<String, Map<String, String>> links) {
	}

}
