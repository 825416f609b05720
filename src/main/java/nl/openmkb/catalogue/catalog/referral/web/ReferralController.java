package nl.openmkb.catalogue.catalog.referral.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.ApiMediaTypes;
import nl.openmkb.catalogue.web.ApiResource;
import nl.openmkb.catalogue.web.ResourceModel;
import nl.openmkb.catalogue.web.RootCollectionLink;

import org.apache.jena.sparql.graph.GraphFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.Link;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * No wrong door: a question and/or a business profile in, the providers to go to and the schemes, regulations and
 * guides that fit out, each with its reasons. A safe, cacheable read, so a GET with query parameters (ADR): it gets
 * an ETag, 304s and CORS like every other read.
 */
@RestController
@RequestMapping(ApiLinks.BASE_PATH + ReferralController.PATH)
@Tag(name = "Search and referral")
class ReferralController {

	static final String PATH = "/referrals";

	/** The longest question accepted. */
	static final int MAX_QUESTION_LENGTH = 500;

	/** The largest number of employees accepted. */
	static final int MAX_EMPLOYEES = 1_000_000;

	private final CatalogueSnapshots snapshots;

	private final ReferralAnswers answers;

	ReferralController(CatalogueSnapshots snapshots, ReferralAnswers answers) {
		this.snapshots = snapshots;
		this.answers = answers;
	}

	@GetMapping(produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON })
	@ApiResource(ReferralDetails.class)
	@Operation(summary = "Refer a question to the right providers, schemes, regulations and guides",
			description = "Give a question in plain Dutch, a profile, or both. Themes, business events and audiences are "
					+ "read from the question with documented rules (the vocabulary's labels plus a synonym list) "
					+ "unless given. The answer lists at most 5 providers (never none: when nothing fits, the "
					+ "municipality's desk and KVK), 5 schemes (open ones first), 5 regulations and 3 guides, each "
					+ "with its score and reasons. A municipality code that no longer exists is answered via its "
					+ "successor (interpretation.replacedMunicipality says so); one split over several municipalities "
					+ "is a 400 naming them. How ranking works: docs/api/referrals.md.")
	ResourceModel<ReferralDetails> referrals(
			@RequestParam(required = false) @Parameter(description = "The question in plain Dutch, 1 to 500 characters, "
					+ "e.g. 'Mijn energiekosten zijn gestegen, hoe kan ik besparen?'") @Nullable String question,
			@RequestParam(required = false) @Nullable List<String> theme,
			@RequestParam(required = false) @Nullable List<String> event,
			@RequestParam(required = false) @Nullable List<String> audience,
			@RequestParam(required = false) @Nullable String sbi,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable String province,
			@RequestParam(required = false) @Parameter(description = "Number of employees; 0 means self-employed "
					+ "without staff (audience zzp), 1-49 a small and 50-249 a medium-sized business.") @Nullable Integer employees,
			Language lang) {
		CatalogueSnapshot snapshot = snapshots.current();
		ReferralDetails details = answers.answer(snapshot, question, theme, event, audience, sbi, municipality, province,
				employees, lang);
		Link self = Link.of(ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString(), IanaLinkRelations.SELF);
		return new ResourceModel<>(details, List.of(self), GraphFactory::createDefaultGraph);
	}

	/** The root links to the referral resource. */
	@Component
	static class Root extends RootCollectionLink {

		Root(ApiLinks links) {
			super(links, PATH, "referrals");
		}

	}

}
