package org.parley.geo;

/**
 * A place named in a sentence.
 *
 * @param from        first token
 * @param to          last token (inclusive)
 * @param head        the token that attaches the mention to the sentence's dependency tree
 * @param text        the mention as written
 * @param hint        the granularity the text asks for ("Helmand province": ADMIN1; "the city of X": CITY), or null
 * @param countryHint ISO3 of a country the text puts the place in ("Kunduz, Afghanistan", "Syria's Afrin",
 *                    "the Saudi city of Jeddah"), or null
 * @param ref         for descriptions that refer rather than name: {@code capital} ("the Qatari capital"),
 *                    {@code country} ("across the country"), {@code city} ("the town"); else null
 * @param qualifier   the mention only qualifies another one ("Afghanistan" in "Kunduz, Afghanistan")
 */
public record PlaceMention(int from, int to, int head, String text, Place.Kind hint, String countryHint, String ref,
                           boolean qualifier) {

    PlaceMention withCountryHint(String c) {
        return new PlaceMention(from, to, head, text, hint, c, ref, qualifier);
    }

    PlaceMention asQualifier() {
        return new PlaceMention(from, to, head, text, hint, countryHint, ref, true);
    }
}
