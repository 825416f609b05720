package nl.openmkb.catalogue.web;

/** A collection model that can also be written as CSV at the same URL. */
public interface CsvRepresentable {

	/** The rows of this page; built only when CSV is asked for. */
	CsvTable csv();

}
