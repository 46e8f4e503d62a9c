package org.parley.model;

/**
 * Where an event happened.
 *
 * @param text       the place as written
 * @param name       gazetteer name
 * @param country    ISO 3166 alpha-3
 * @param admin1     first-level subdivision name, or null
 * @param lat        latitude, or null
 * @param lon        longitude, or null
 * @param geonamesId GeoNames id, or null
 * @param precision  {@code city}, {@code admin1} or {@code country}
 */
public record Location(String text, String name, String country, String admin1, Double lat, Double lon,
                       Long geonamesId, String precision) {
}
