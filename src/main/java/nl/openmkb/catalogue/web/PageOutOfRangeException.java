package nl.openmkb.catalogue.web;

/** The page asked for lies past the last page of the result; answered with 404. */
public class PageOutOfRangeException extends RuntimeException {

	private final int lastPage;

	public PageOutOfRangeException(int page, int lastPage) {
		super("Page " + page + " does not exist; the last page is " + lastPage + ".");
		this.lastPage = lastPage;
	}

	/** The number of the last page that does exist. */
	public int lastPage() {
		return lastPage;
	}

}
