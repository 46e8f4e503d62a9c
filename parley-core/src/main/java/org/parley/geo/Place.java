package org.parley.geo;

/**
 * One gazetteer entry: a populated place, a second- or first-level subdivision or a country.
 *
 * @param kind       what it is; gives the location's precision
 * @param geonamesId GeoNames id of a place, or 0 for subdivisions and countries
 * @param name       gazetteer name ("Abu Dhabi", "Helmand", "Afghanistan")
 * @param country    ISO 3166 alpha-3 code
 * @param admin1Code GeoNames admin1 code ("AF.10"), or null for a country
 * @param admin1     the subdivision's name ("Helmand"), or null
 * @param lat        latitude in degrees; for subdivisions and countries, the mean of their places
 * @param lon        longitude in degrees
 * @param population population (a country's: the sum of its places'), 0 when unknown
 * @param feature    GeoNames feature code of a place ({@code PPLC}, {@code PPLA}, {@code PPL}, …);
 *                   {@code ADM1} or {@code PCLI} for the others
 */
public record Place(Kind kind, long geonamesId, String name, String country, String admin1Code, String admin1,
                    double lat, double lon, long population, String feature) {

    /** Granularity of a place, as written in the location's {@code precision}. */
    public enum Kind {
        CITY("city"), ADMIN2("admin2"), ADMIN1("admin1"), COUNTRY("country");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isCapital() {
        return "PPLC".equals(feature);
    }

    /** Seat of a first-level subdivision (or of the country). */
    public boolean isSeat() {
        return isSeat(feature);
    }

    /** Whether a GeoNames feature code is that of a seat of government (PPLA to PPLA4, PPLC, PPLG). */
    static boolean isSeat(String feature) {
        return feature.startsWith("PPLA") && feature.length() <= 5 || "PPLC".equals(feature) || "PPLG".equals(feature);
    }
}
