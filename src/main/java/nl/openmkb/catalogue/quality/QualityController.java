package nl.openmkb.catalogue.quality;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.openmkb.catalogue.web.ApiLinks;
import nl.openmkb.catalogue.web.ApiMediaTypes;
import nl.openmkb.catalogue.web.ApiResource;
import nl.openmkb.catalogue.web.ResourceModel;

import org.springframework.hateoas.Link;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The quality report, as JSON (HAL) or RDF at the same URL. It is never cached: runs and checks change it. */
@Tag(name = "Quality and feedback")
@RestController
@RequestMapping(ApiLinks.BASE_PATH + "/quality")
class QualityController {

	private final QualityReports reports;

	QualityController(QualityReports reports) {
		this.reports = reports;
	}

	@Operation(summary = "Get the quality report",
			description = "Per harvested source the newest runs with outcome, cause and shape violations; stale items; "
					+ "broken official links from the newest link check; coverage per theme and province; feedback "
					+ "counts, mean and NPS per item.")
	@ApiResource(QualityReport.class)
	@GetMapping(produces = { ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON, ApiMediaTypes.LD_JSON, ApiMediaTypes.TURTLE,
			ApiMediaTypes.N_TRIPLES })
	ResponseEntity<ResourceModel<QualityReport>> quality() {
		QualityReport report = reports.report();
		String self = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().toUriString();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.body(new ResourceModel<>(report, List.of(Link.of(self)), () -> QualityRdf.of(report, self)));
	}

}
