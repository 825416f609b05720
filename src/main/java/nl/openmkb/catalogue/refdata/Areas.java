package nl.openmkb.catalogue.refdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** The provinces, active municipalities and labour-market regions read and cross-checked from the sources. */
record Areas(List<Province> provinces, List<Municipality> municipalities, List<LabourMarketRegion> regions) {

	static Areas read(Path sourcesDir) {
		List<Province> provinces = CsvTable.read(sourcesDir.resolve(Province.FILE))
			.rows()
			.stream()
			.map(Province::from)
			.sorted(Comparator.comparing(Province::code))
			.toList();
		Map<Integer, LabourMarketRegion> regions = new TreeMap<>();
		// current municipality TOOI URI -> region numbers of all its 2015 predecessors
		Map<String, Set<Integer>> regionsByMunicipality = new TreeMap<>();
		for (CsvTable.Row row : CsvTable.read(sourcesDir.resolve(LabourMarketRegion.FILE)).rows()) {
			LabourMarketRegion region = new LabourMarketRegion(Integer.parseInt(row.required("arbeidsmarktregio_nr")),
					row.required("arbeidsmarktregio_naam"));
			LabourMarketRegion known = regions.putIfAbsent(region.number(), region);
			if (known != null && !known.equals(region)) {
				throw new IllegalStateException("Region " + region.number() + " has two names: " + known + ", " + region);
			}
			for (String successor : row.required("opvolger_tooi_uri_actueel").split(";")) {
				regionsByMunicipality.computeIfAbsent(successor.strip(), (uri) -> new TreeSet<>()).add(region.number());
			}
		}
		Set<String> provinceCodes = new HashSet<>(provinces.stream().map(Province::code).toList());
		List<Municipality> municipalities = new ArrayList<>();
		for (CsvTable.Row row : CsvTable.read(sourcesDir.resolve(Municipality.FILE)).rows()) {
			if (!"ja".equals(row.required("actief"))) {
				continue;
			}
			String tooiUri = row.required("tooi_uri");
			String provinceCode = row.required("provincie_cbs_code");
			if (!provinceCodes.contains(provinceCode)) {
				throw new IllegalStateException(row.get("naam") + " lies in unknown province " + provinceCode);
			}
			Set<Integer> numbers = regionsByMunicipality.remove(tooiUri);
			if (numbers == null) {
				throw new IllegalStateException("Active municipality " + row.get("naam") + " is in no labour-market region");
			}
			municipalities.add(new Municipality(row.required("cbs_code"), row.required("naam"), tooiUri, provinceCode,
					numbers.stream().map(regions::get).toList()));
		}
		if (!regionsByMunicipality.isEmpty()) {
			throw new IllegalStateException("Regions name successors that are not active municipalities: "
					+ regionsByMunicipality.keySet());
		}
		municipalities.sort(Comparator.comparing(Municipality::code));
		Areas areas = new Areas(provinces, List.copyOf(municipalities), List.copyOf(regions.values()));
		areas.checkUniqueSlugs();
		return areas;
	}

	private void checkUniqueSlugs() {
		checkUnique(this.provinces, Province::providerSlug);
		checkUnique(this.municipalities, Municipality::providerSlug);
		checkUnique(this.municipalities, Municipality::slug);
		checkUnique(this.regions, LabourMarketRegion::slug);
	}

	private static <T> void checkUnique(Collection<T> items, Function<T, String> slug) {
		Set<String> seen = new HashSet<>();
		for (T item : items) {
			if (!seen.add(slug.apply(item))) {
				throw new IllegalStateException("Duplicate slug " + slug.apply(item) + " for " + item);
			}
		}
	}

}
