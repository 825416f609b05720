package nl.openmkb.catalogue.catalog;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The RDF terms the API reads that Jena has no vocabulary class for: CPSV-AP ({@code cv:}, {@code cpsv:}), ELI,
 * ADMS, FOAF, vCard and our own {@code mkb:} namespace.
 */
public final class Terms {

	/** Core Public Service Vocabulary (CPSV-AP 3). */
	public static final String CV = "http://data.europa.eu/m8g/";

	/** The CPSV namespace that holds {@code cpsv:PublicService}. */
	public static final String CPSV = "http://purl.org/vocab/cpsv#";

	/** European Legislation Identifier ontology. */
	public static final String ELI = "http://data.europa.eu/eli/ontology#";

	/** Asset Description Metadata Schema. */
	public static final String ADMS = "http://www.w3.org/ns/adms#";

	/** Friend of a Friend. */
	public static final String FOAF = "http://xmlns.com/foaf/0.1/";

	/** vCard (2006 namespace, as the datasets use it). */
	public static final String VCARD = "http://www.w3.org/2006/vcard/ns#";

	/** W3C Organization ontology. */
	public static final String ORG = "http://www.w3.org/ns/org#";

	/** The Open mkb vocabulary. */
	public static final String MKB = "https://w3id.org/open-mkb/def#";

	/** The area every national item applies to. */
	public static final String NETHERLANDS = "http://publications.europa.eu/resource/authority/country/NLD";

	public static final Node PUBLIC_SERVICE = uri(CPSV + "PublicService");

	public static final Node PUBLIC_ORGANISATION = uri(CV + "PublicOrganisation");

	public static final Node ORGANIZATION = uri(ORG + "Organization");

	public static final Node LEGAL_RESOURCE = uri(ELI + "LegalResource");

	public static final Node GUIDE = uri(MKB + "Guide");

	public static final Node HAS_COMPETENT_AUTHORITY = uri(CV + "hasCompetentAuthority");

	public static final Node HAS_LEGAL_RESOURCE = uri(CV + "hasLegalResource");

	public static final Node THEMATIC_AREA = uri(CV + "thematicArea");

	public static final Node IS_GROUPED_BY = uri(CV + "isGroupedBy");

	public static final Node SECTOR = uri(CV + "sector");

	public static final Node IS_CLASSIFIED_BY = uri(CV + "isClassifiedBy");

	public static final Node HAS_CHANNEL = uri(CV + "hasChannel");

	public static final Node OWNED_BY = uri(CV + "ownedBy");

	public static final Node STATUS = uri(ADMS + "status");

	public static final Node ID_LOCAL = uri(ELI + "id_local");

	public static final Node PAGE = uri(FOAF + "page");

	public static final Node HOMEPAGE = uri(FOAF + "homepage");

	public static final Node HAS_TELEPHONE = uri(VCARD + "hasTelephone");

	public static final Node HAS_EMAIL = uri(VCARD + "hasEmail");

	public static final Node RELATED_SCHEME = uri(MKB + "relatedScheme");

	public static final Node RELATED_REGULATION = uri(MKB + "relatedRegulation");

	public static final Node RELATED_PROVIDER = uri(MKB + "relatedProvider");

	public static final Node REFERS_TO = uri(MKB + "refersTo");

	private Terms() {
	}

	private static Node uri(String iri) {
		return NodeFactory.createURI(iri);
	}

}
