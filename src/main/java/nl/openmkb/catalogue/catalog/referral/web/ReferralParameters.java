package nl.openmkb.catalogue.catalog.referral.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.ConceptScheme;
import nl.openmkb.catalogue.catalog.Concepts;
import nl.openmkb.catalogue.catalog.referral.FormerMunicipalities;
import nl.openmkb.catalogue.catalog.referral.FormerMunicipality;
import nl.openmkb.catalogue.catalog.referral.ReferralRequest;
import nl.openmkb.catalogue.catalog.search.SearchIndex;
import nl.openmkb.catalogue.web.InvalidParam;
import nl.openmkb.catalogue.web.InvalidParametersException;
import nl.openmkb.catalogue.web.QueryParameters;

import org.jspecify.annotations.Nullable;

/**
 * Reads and checks the parameters of a referral, the same for the API and the HTML page: a request, or an
 * {@link InvalidParametersException} listing every refused parameter.
 */
final class ReferralParameters {

	private static final Pattern MUNICIPALITY = Pattern.compile("(?i)gm[0-9]{4}");

	private ReferralParameters() {
	}

	static ReferralRequest read(CatalogueSnapshot snapshot, @Nullable String question, @Nullable List<String> theme,
			@Nullable List<String> event, @Nullable List<String> audience, @Nullable String sbi,
			@Nullable String municipality, @Nullable String province, @Nullable Integer employees) {
		Concepts concepts = Concepts.of(snapshot);
		QueryParameters parameters = new QueryParameters(snapshot);
		List<InvalidParam> errors = new ArrayList<>();
		if (question != null) {
			if (question.isBlank()) {
				errors.add(InvalidParam.of("question", "required", "The question is empty; ask it in a few words."));
			}
			else if (question.length() > ReferralController.MAX_QUESTION_LENGTH) {
				errors.add(InvalidParam.of("question", "tooLong", "Use at most " + ReferralController.MAX_QUESTION_LENGTH + " characters."));
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
		if (employees != null && employees > ReferralController.MAX_EMPLOYEES) {
			errors.add(InvalidParam.of("employees", "maximum", "At most " + ReferralController.MAX_EMPLOYEES + " employees."));
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
		return new ReferralRequest(question == null ? null : question.strip(), themes, events, audiences, sector,
				place, replaced, place == null ? provinceConcept : null, employees);
	}

	private static List<Concept> concepts(Concepts concepts, Set<String> iris) {
		return iris.stream().map(concepts::get).flatMap(Optional::stream).toList();
	}

}
