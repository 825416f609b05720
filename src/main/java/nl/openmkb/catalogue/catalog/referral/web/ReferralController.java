package nl.openmkb.catalogue.catalog.referral.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.ConceptScheme;
import nl.openmkb.catalogue.catalog.Concepts;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.referral.FormerMunicipalities;
import nl.openmkb.catalogue.catalog.referral.FormerMunicipality;
import nl.openmkb.catalogue.catalog.referral.Referral;
import nl.openmkb.catalogue.catalog.referral.ReferralRequest;
import nl.openmkb.catalogue.catalog.referral.ReferralService;
import nl.openmkb.catalogue.catalog.search.SearchIndex;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.ApiMediaTypes;
import nl.openmkb.catalogue.web.ApiResource;
import nl.openmkb.catalogue.web.InvalidParam;
import nl.openmkb.catalogue.web.InvalidParametersException;
import nl.openmkb.catalogue.web.QueryParameters;
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

	private static final Pattern MUNICIPALITY = Pattern.compile("(?i)gm[0-9]{4}");

	private final CatalogueSnapshots snapshots;

	private final ReferralService referrals;

	private final ReferralAssembler assembler;

	ReferralController(CatalogueSnapshots snapshots, ReferralService referrals, ReferralAssembler assembler) {
		this.snapshots = snapshots;
		this.referrals = referrals;
		this.assembler = assembler;
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
		Concepts concepts = Concepts.of(snapshot);
		QueryParameters parameters = new QueryParameters(snapshot);
		List<InvalidParam> errors = new ArrayList<>();
		if (question != null) {
			if (question.isBlank()) {
				errors.add(InvalidParam.of("question", "required", "The question is empty; ask it in a few words."));
			}
			else if (question.length() > MAX_QUESTION_LENGTH) {
				errors.add(InvalidParam.of("question", "tooLong", "Use at most " + MAX_QUESTION_LENGTH + " characters."));
			}
			else if (SearchIndex.queryTerms(question).isEmpty()) {
				errors.add(InvalidParam.of("question", "malformed",
						"The question holds no word to go by (only punctuation or very common words)."));
			}
		}
		List<Concept> themes = concepts(concepts, parameters.concepts("theme", theme, ConceptScheme.THEMES));
		List<Concept> events = concepts(concepts, parameters.concepts("event", event, ConceptScheme.BUSINESS_EVENTS));
		List<Concept> audiences = concepts(concepts, parameters.concepts("audience", audience, ConceptScheme.AUDIENCES));
		Concept sector = null;
		if (sbi != null && !sbi.isBlank() && !parameters.sbi("sbi", sbi).isEmpty()) {
			sector = concepts.find(ConceptScheme.SBI.iri(snapshot), sbi).orElse(null);
		}
		Concept place = null;
		FormerMunicipality replaced = null;
		if (municipality != null && !municipality.isBlank()) {
			String code = municipality.strip();
			Optional<Concept> current = MUNICIPALITY.matcher(code).matches()
					? concepts.find(ConceptScheme.REGIONS.iri(snapshot), code) : Optional.empty();
			Optional<FormerMunicipality> former = current.isPresent() || !MUNICIPALITY.matcher(code).matches()
					? Optional.empty() : FormerMunicipalities.of(snapshot).find(code);
			if (current.isPresent()) {
				place = current.get();
			}
			else if (former.isPresent() && former.get().successors().size() == 1) {
				replaced = former.get();
				place = concepts.get(replaced.successors().get(0)).orElse(null);
			}
			else if (former.isPresent()) {
				List<String> successors = former.get().successors().stream()
					.map(iri -> concepts.get(iri).map(Concept::notation).orElse(iri))
					.toList();
				errors.add(new InvalidParam("municipality", "unknownValue", "Municipality " + code + " ("
						+ former.get().name() + ") no longer exists and its area went to several municipalities; "
						+ "use the code of the one the business is in.", successors));
			}
			else {
				parameters.municipality("municipality", municipality);
			}
		}
		Concept provinceConcept = null;
		if (province != null && !province.isBlank() && !parameters.province("province", province).isEmpty()) {
			provinceConcept = concepts.find(ConceptScheme.REGIONS.iri(snapshot), province).orElse(null);
		}
		if (employees != null && employees < 0) {
			errors.add(InvalidParam.of("employees", "minimum", "The number of employees is 0 or more."));
		}
		if (employees != null && employees > MAX_EMPLOYEES) {
			errors.add(InvalidParam.of("employees", "maximum", "At most " + MAX_EMPLOYEES + " employees."));
		}
		if (question == null && themes.isEmpty() && events.isEmpty() && audiences.isEmpty() && sbi == null
				&& municipality == null && province == null && employees == null && errors.isEmpty()) {
			errors.add(InvalidParam.of("question", "required",
					"Ask a question, give a profile (theme, event, audience, sbi, municipality, province, employees), or both."));
		}
		try {
			parameters.check();
		}
		catch (InvalidParametersException ex) {
			errors.addAll(0, ex.invalidParams());
		}
		if (!errors.isEmpty()) {
			throw new InvalidParametersException(errors);
		}
		var request = new ReferralRequest(question == null ? null : question.strip(), themes, events, audiences, sector,
				place, replaced, place == null ? provinceConcept : null, employees);
		Referral referral = referrals.refer(snapshot, request);
		ReferralDetails details = assembler.toDetails(snapshot, request.question(), referral, lang);
		Link self = Link.of(ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString(), IanaLinkRelations.SELF);
		return new ResourceModel<>(details, List.of(self), GraphFactory::createDefaultGraph);
	}

	private static List<Concept> concepts(Concepts concepts, Set<String> iris) {
		return iris.stream().map(concepts::get).flatMap(Optional::stream).toList();
	}

	/** The root links to the referral resource. */
	@Component
	static class Root extends RootCollectionLink {

		Root(ApiLinks links) {
			super(links, PATH, "referrals");
		}

	}

}
