package org.parley.geo;

import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the places a sentence names: runs of NER {@code LOCATION} tokens; proper-noun runs (or their
 * leading words: "Kabul University", "Baghdad airport") that the gazetteer knows as a country, a
 * subdivision or a large city; "X province", "the city of X", "the Qatari capital", "the country", "the enclave".
 * Marks qualifiers ("Afghanistan" in "Kunduz, Afghanistan", "Syria" in "Syria's Afrin region").
 * Stateless and thread-safe.
 */
public final class PlaceFinder {
    private static final Set<String> CITY_WORDS = Set.of("city", "town", "village", "port", "capital");
    private static final Set<String> REF_COUNTRY = Set.of("country", "nation", "island");
    private static final Set<String> REF_CITY = Set.of("city", "town");
    /** Plural settlement nouns: a country adjective on them names the country ("Iranian cities"). */
    private static final Set<String> SETTLEMENTS = Set.of("cities", "towns", "villages", "provinces", "regions");
    /** Nouns that refer back to the last area named: "a visit to the enclave", "across the province". */
    private static final Set<String> REF_AREA = Set.of("enclave", "territory", "strip", "province", "district");
    /** A proper-noun run not tagged LOCATION must name something at least this big to count. */
    private static final long MIN_UNTAGGED_POPULATION = 100_000;

    private final Gazetteer gaz;

    public PlaceFinder(Gazetteer gaz) {
        this.gaz = gaz;
    }

    public List<PlaceMention> find(Sentence s) {
        List<PlaceMention> out = new ArrayList<>();
        int n = s.size();
        int i = 0;
        while (i < n) {
            Token t = s.token(i);
            boolean loc = "LOCATION".equals(t.ner());
            boolean nnp = t.isProperNoun() && Character.isUpperCase(t.word().charAt(0)) && !"PERSON".equals(t.ner());
            if (!loc && !nnp) {
                PlaceMention ref = reference(s, i);
                if (ref != null) {
                    out.add(ref);
                    i = ref.to() + 1;
                    continue;
                }
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && (loc ? "LOCATION".equals(s.token(j + 1).ner())
                : s.token(j + 1).isProperNoun() && !"PERSON".equals(s.token(j + 1).ner())
                  && !"LOCATION".equals(s.token(j + 1).ner()))) {
                j++;
            }
            int of = ofName(s, i, j);
            if (of > j) {
                // "the Gulf of Oman", "the Sea of Azov": one name across "of"
                out.add(mention(s, i, of));
                i = of + 1;
                continue;
            }
            PlaceMention m = loc ? tagged(s, i, j) : untagged(s, i, j);
            if (m != null && i == j && s.token(i).pos().startsWith("JJ") && j + 2 < n
                && CITY_WORDS.contains(s.token(j + 1).lowerWord()) && s.token(j + 2).lowerWord().equals("of")) {
                // "the Caribbean port of Cartagena": the adjective says where the port lies; the name after "of" is
                // the place
                i = j + 1;
                continue;
            }
            if (m != null && !modifiesNonPlace(s, j)) {
                out.add(m);
            }
            i = j + 1;
        }
        return qualify(s, out);
    }

    /**
     * The last token of a name that runs on across "of" ("Gulf of Oman", "Bay of Bengal") and that the
     * gazetteer knows whole, or -1.
     */
    private int ofName(Sentence s, int i, int j) {
        if (j + 2 >= s.size() || !s.token(j + 1).lowerWord().equals("of") || !s.token(j + 2).isProperNoun()) {
            return -1;
        }
        int k = j + 2;
        while (k + 1 < s.size() && s.token(k + 1).isProperNoun()) {
            k++;
        }
        return gaz.lookup(s.span(i, k)).isEmpty() ? -1 : k;
    }

    /** Heads that name actors: a place name modifying them says whose they are, not where. */
    private static final Set<String> ACTOR_HEADS = Set.of("troops", "troop", "soldier", "force", "forces", "army",
        "military", "navy", "police", "government", "administration", "minister", "ministry", "president",
        "leader", "official", "officials", "ambassador", "envoy", "embassy", "diplomat", "delegation", "spokesman",
        "spokeswoman", "authorities", "authority", "parliament", "lawmaker", "people", "citizen", "national",
        "counterpart", "member", "prime", "foreign", "king", "regime", "rebel", "militant", "fighter", "jet", "warplane",
        "drone", "warship", "ship", "coast", "guard", "company", "firm", "media", "agency");

    /**
     * "U.S. troops", "the U.S. embassy", "Iran's foreign minister": a country or city name modifying an
     * actor names whose it is, not where the event happened ("the Singapore summit", "Syria's Shayrat air
     * base" stay places).
     */
    private static boolean modifiesNonPlace(Sentence s, int last) {
        Token t = s.token(last);
        String rel = t.deprel();
        if (rel == null || !(rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss"))) {
            return false;
        }
        Token h = s.parent(last);
        return h != null && h.isNoun() && !h.isProperNoun()
            && ACTOR_HEADS.contains(h.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    private PlaceMention tagged(Sentence s, int i, int j) {
        // "Indian Kashmir": an adjective the gazetteer knows together with the place
        if (i > 0 && s.token(i - 1).pos().startsWith("JJ") && !gaz.lookup(s.span(i - 1, j)).isEmpty()) {
            i = i - 1;
        }
        if (gaz.lookup(s.span(i, j)).isEmpty()) {
            for (int k = j - 1; k >= i; k--) {
                if (bigCity(s.span(i, k))) {
                    return mention(s, i, k);
                }
            }
        }
        return mention(s, i, j);
    }

    private PlaceMention untagged(Sentence s, int i, int j) {
        for (int k = j; k >= i; k--) {
            String text = s.span(i, k);
            if (bigEnough(text) || k == j && isAdminWord(s, j + 1) && !gaz.lookup(text).isEmpty()) {
                return mention(s, i, k);
            }
        }
        return null;
    }

    private boolean bigCity(String text) {
        for (Place p : gaz.lookup(text)) {
            if (p.kind() == Place.Kind.CITY && p.population() >= MIN_UNTAGGED_POPULATION) {
                return true;
            }
        }
        return false;
    }

    private boolean bigEnough(String text) {
        for (Place p : gaz.lookup(text)) {
            if (p.kind() != Place.Kind.CITY && p.kind() != Place.Kind.ADMIN2 || p.population() >= MIN_UNTAGGED_POPULATION
                || Gazetteer.SITE.equals(p.feature())) {
                return true;
            }
        }
        return false;
    }

    private PlaceMention mention(Sentence s, int i, int j) {
        Place.Kind hint = null;
        String country = null;
        int to = j;
        if (isAdminWord(s, j + 1)) {
            String w = s.token(j + 1).lowerWord();
            hint = w.startsWith("district") || w.startsWith("county") ? Place.Kind.ADMIN2 : Place.Kind.ADMIN1;
            to = j + 1;
        } else if (j + 1 < s.size() && s.token(j + 1).lowerWord().equals("city")) {
            hint = Place.Kind.CITY;
        }
        // "the (Saudi) city of Jeddah", "the province of Helmand"
        if (i >= 2 && s.token(i - 1).lowerWord().equals("of")) {
            Token kind = s.token(i - 2);
            if (CITY_WORDS.contains(kind.lowerWord())) {
                hint = Place.Kind.CITY;
            } else if (kind.lowerWord().equals("district") && !kind.isProperNoun()) {
                // "the district of Poonch" (but "residential districts of Kharkiv" are parts of a city)
                hint = Place.Kind.ADMIN2;
            } else if (Names.isAdminWord(kind.word()) && !kind.lowerWord().startsWith("district")) {
                hint = Place.Kind.ADMIN1;
            }
            if (i >= 3 && (CITY_WORDS.contains(kind.lowerWord()) || Names.isAdminWord(kind.word()))) {
                country = gaz.countryOfAdjective(s.token(i - 3).word());
            }
        }
        int head = headOf(s, i, j);
        return new PlaceMention(i, to, head, s.span(i, j), hint, country, null, false);
    }

    private static boolean isAdminWord(Sentence s, int k) {
        return k < s.size() && !s.token(k).isProperNoun() && Names.isAdminWord(s.token(k).word())
            || k < s.size() && s.token(k).isProperNoun() && Set.of("Province", "State", "Governorate", "Region",
            "District", "Oblast").contains(s.token(k).word());
    }

    /** "the Qatari capital", "the capital", "across the country", "the town". */
    private PlaceMention reference(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isNoun() || t.isProperNoun() || i == 0) {
            return null;
        }
        String w = t.lowerWord();
        boolean possessed = i + 1 < s.size() && s.token(i + 1).pos().equals("POS");
        if (possessed || i + 1 < s.size() && (s.token(i + 1).lowerWord().equals("of") || s.token(i + 1).isProperNoun())) {
            // "the capital's", "the city of X", "the Chechen capital Grozny": the name says which
            return null;
        }
        if (SETTLEMENTS.contains(w) && i > 0 && (s.token(i - 1).pos().startsWith("JJ") || s.token(i - 1).isProperNoun())) {
            // "spread to more than 100 Iranian cities and towns", "in dozens of Chinese cities": towns across a
            // country, named by its adjective, are the country
            String c = gaz.countryOfAdjective(s.token(i - 1).word());
            if (c != null) {
                return new PlaceMention(i - 1, i, i, s.span(i - 1, i), Place.Kind.COUNTRY, c, "country", false);
            }
        }
        int k = i - 1;
        String adjCountry = null;
        if (k >= 0 && (s.token(k).pos().startsWith("JJ") || s.token(k).isProperNoun())) {
            adjCountry = gaz.countryOfAdjective(s.token(k).word());
            if (adjCountry == null && !w.equals("capital")) {
                return null;
            }
            k--;
        }
        if (k < 0 || !s.token(k).lowerWord().equals("the")) {
            return null;
        }
        String ref = w.equals("capital") ? "capital" : REF_COUNTRY.contains(w) ? "country"
            : REF_CITY.contains(w) ? "city" : REF_AREA.contains(w) && adjCountry == null ? "area"
            : w.equals("region") && adjCountry == null ? "region" : null;
        if (ref == null) {
            return null;
        }
        Place.Kind kind = ref.equals("country") ? Place.Kind.COUNTRY : ref.equals("area") || ref.equals("region")
            ? Place.Kind.ADMIN1
            : Place.Kind.CITY;
        return new PlaceMention(k, i, i, s.span(k, i), kind, adjCountry, ref, false);
    }

    /**
     * The token of the span whose governor lies outside it (the last token when unparsed); when the parser split
     * the name ("Dar es/VBZ Salaam"), the one that carries the preposition.
     */
    static int headOf(Sentence s, int from, int to) {
        int head = -1;
        for (int k = to; k >= from; k--) {
            int h = s.token(k).head();
            if (h < from || h > to) {
                if (head < 0) {
                    head = k;
                }
                int kk = k;
                if (s.children(k).stream().anyMatch(c -> "case".equals(c.deprel()) && c.index() < kk)) {
                    return k;
                }
            }
        }
        return head < 0 ? to : head;
    }

    /** Marks country qualifiers: "Kunduz, Afghanistan" and "Syria's Afrin region". */
    private List<PlaceMention> qualify(Sentence s, List<PlaceMention> ms) {
        List<PlaceMention> out = new ArrayList<>(ms);
        for (int a = 0; a + 1 < out.size(); a++) {
            PlaceMention x = out.get(a);
            PlaceMention y = out.get(a + 1);
            if (x.ref() != null || y.ref() != null) {
                continue;
            }
            // "X, Country"
            if (y.from() == x.to() + 2 && s.token(x.to() + 1).word().equals(",")) {
                String c = countryNamed(y.text());
                if (c != null && !x.text().equalsIgnoreCase(y.text())) {
                    out.set(a, x.withCountryHint(c));
                    out.set(a + 1, y.asQualifier());
                    continue;
                }
            }
            // "Country's X"
            if (x.to() + 1 < s.size() && s.token(x.to() + 1).pos().equals("POS") && y.from() - x.to() <= 4) {
                String c = countryNamed(x.text());
                if (c != null) {
                    out.set(a, x.asQualifier());
                    out.set(a + 1, y.withCountryHint(y.countryHint() != null ? y.countryHint() : c));
                } else if (y.countryHint() == null && y.hint() == null) {
                    // "Baghdad's Tahrir Square", "Kyiv's Podilskyi district": a place within the city, in its country
                    String cc = cityCountry(x.text());
                    if (cc != null) {
                        // a square or quarter the gazetteer knows only elsewhere ("Tahrir Square", Cairo) is the city's
                        boolean there = gaz.lookup(y.text()).stream().anyMatch(p -> p.country().equals(cc));
                        out.set(a + 1, there ? y.withCountryHint(cc) : y.asQualifier());
                    }
                }
            }
        }
        return out;
    }

    /** The country of the most populous city of the name, or null. */
    private String cityCountry(String text) {
        Place best = null;
        for (Place p : gaz.lookup(text)) {
            if (p.kind() == Place.Kind.CITY && (best == null || p.population() > best.population())) {
                best = p;
            }
        }
        return best == null ? null : best.country();
    }

    private String countryNamed(String text) {
        for (Place p : gaz.lookup(text)) {
            if (p.kind() == Place.Kind.COUNTRY) {
                return p.country();
            }
        }
        return null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
