package org.parley.geo;

import java.util.HashMap;
import java.util.Map;

/**
 * What one article has said about places so far: how strongly each country figures (dateline, places
 * named, adjectives), and the last city and country resolved (for "the city", "the country").
 * Created per article, used by one thread.
 */
public final class GeoContext {
    private final Map<String, Double> countries = new HashMap<>();
    private Place lastCity;
    private Place lastCountry;
    private Place lastArea;
    private String lastAreaNoun;
    private int sentences;
    private int lastAreaSentence = -1;

    /** Adds weight to a country (ISO3). */
    public void weigh(String iso3, double w) {
        if (iso3 != null) {
            countries.merge(iso3, w, Double::sum);
        }
    }

    /** The weight of a country in the article, 0 when never named. */
    public double weight(String iso3) {
        return iso3 == null ? 0 : countries.getOrDefault(iso3, 0.0);
    }

    /** Country weights, read-only. */
    public Map<String, Double> weights() {
        return java.util.Collections.unmodifiableMap(countries);
    }

    /** The country with the highest weight, or null. */
    public String topCountry() {
        return countries.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    void resolved(Place p) {
        resolved(p, null);
    }

    /** Records a resolved place; for an area, the generic noun it was named with ("the Tigray region": region). */
    void resolved(Place p, String noun) {
        if (p.kind() != Place.Kind.CITY && p.kind() != Place.Kind.COUNTRY
            && (!p.equals(lastArea) || noun != null && Names.isAdminWord(noun))) {
            // "the Tigray region ... Tigray People's Liberation Front": the same area named again keeps its noun
            lastAreaNoun = noun;
        }
        if (p.kind() != Place.Kind.CITY && p.kind() != Place.Kind.COUNTRY) {
            lastAreaSentence = sentences;
        }
        if (p.kind() == Place.Kind.CITY) {
            lastCity = p;
        } else if (p.kind() == Place.Kind.COUNTRY) {
            lastCountry = p;
        } else {
            lastArea = p;
        }
    }

    /** The last subdivision or area named ("Gaza Strip", "Helmand"), for "the enclave", "the province". */
    Place lastArea() {
        return lastArea;
    }

    /** The generic noun the last area was named with ("region", "province"), or null. */
    String lastAreaNoun() {
        return lastAreaNoun;
    }

    /** Starts the next sentence of the article. */
    void nextSentence() {
        sentences++;
    }

    /** Whether the last area was named in the current sentence. */
    boolean areaInThisSentence() {
        return lastAreaSentence == sentences;
    }

    Place lastCity() {
        return lastCity;
    }

    Place lastCountry() {
        return lastCountry;
    }

    /** A copy with extra weights (e.g. the event's actors' countries), sharing nothing mutable. */
    public Map<String, Double> with(Map<String, Double> extra) {
        Map<String, Double> m = new HashMap<>(countries);
        extra.forEach((k, v) -> m.merge(k, v, Double::sum));
        return m;
    }
}
