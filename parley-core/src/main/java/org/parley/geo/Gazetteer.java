package org.parley.geo;

import org.parley.ParleyException;
import org.parley.util.Tsv;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The offline gazetteer: GeoNames populated places of 1,000 people or more, first-level subdivisions
 * and countries, each with coordinates, looked up by normalised name ({@link Names#key}).
 *
 * <p>Built from the resource {@code parley/geo/gazetteer.bin} (made by the build with
 * {@link GazetteerBuilder}), country names from the JDK's ISO 3166 tables plus
 * {@code parley/geo/countries.tsv}, and spelling variants from {@code parley/geo/aliases.tsv}.
 * Immutable once loaded and safe to share between threads.
 */
public final class Gazetteer {
    public static final String RESOURCE = "parley/geo/gazetteer.bin";
    public static final String COUNTRIES = "parley/geo/countries.tsv";
    public static final String ALIASES = "parley/geo/aliases.tsv";
    public static final String FEATURES = "parley/geo/features.tsv";
    /** Feature code of a {@link #FEATURES} site; areas are {@code AREA}. */
    public static final String SITE = "SITE";

    /**
     * Subdivision names that are ordinary words in English news ("the South's military", "the Gulf", "the
     * Centre"): a subdivision so named (Cameroon's South, Papua New Guinea's Gulf) is found only with its
     * admin word ("South Region") or its country's context, never from the bare word.
     */
    private static final java.util.Set<String> WORD_ADMINS = java.util.Set.of("south", "north", "east", "west",
        "centre", "center", "central", "gulf", "northern", "southern", "eastern", "western", "coast", "capital",
        "islands", "lakes", "plateau", "littoral", "north east", "north west", "south east", "south west",
        "far north", "red sea", "upper", "lower", "interior", "border", "federal", "highlands", "midlands");
    private static final Place[] NONE = new Place[0];

    private final Map<String, Place[]> byKey;
    private final Map<String, Place> countries;
    private final Map<String, Place> admins;
    private final Map<String, Place> capitals;
    private final Map<String, String> adjectives;
    private final int places;

    private Gazetteer(Map<String, Place[]> byKey, Map<String, Place> countries, Map<String, Place> admins,
                      Map<String, Place> capitals, Map<String, String> adjectives, int places) {
        this.byKey = byKey;
        this.countries = countries;
        this.admins = admins;
        this.capitals = capitals;
        this.adjectives = adjectives;
        this.places = places;
    }

    /**
     * Loads the built-in gazetteer.
     *
     * @throws ParleyException when the resource is missing (the build did not make it) or a data file is bad
     */
    public static Gazetteer load() {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new ParleyException("missing gazetteer resource " + RESOURCE
                + ": it is made by the Maven build of parley-core (mvn package)");
        }
        try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
            DataInputStream d = new DataInputStream(new java.io.ByteArrayInputStream(gz.readAllBytes()));
            return read(d);
        } catch (IOException e) {
            throw new ParleyException(RESOURCE + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Gazetteer read(DataInputStream d) throws IOException {
        byte[] magic = d.readNBytes(4);
        if (!GazetteerBuilder.MAGIC.equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new IOException("not a Parley gazetteer of this version (bad magic); rebuild with mvn package");
        }
        Map<String, List<Place>> index = new HashMap<>(300_000);
        Map<String, Place> admins = new HashMap<>();
        Map<String, String> interned = new HashMap<>();

        int nAdmin = d.readInt();
        for (int i = 0; i < nAdmin; i++) {
            String code = d.readUTF();
            String c3 = interned.computeIfAbsent(d.readUTF(), k -> k);
            String name = d.readUTF();
            int lat = d.readInt();
            int lon = d.readInt();
            boolean noCentroid = lat == Integer.MIN_VALUE;
            Place p = new Place(Place.Kind.ADMIN1, 0, name, c3, code, name, noCentroid ? Double.NaN : lat / 1e5,
                noCentroid ? Double.NaN : lon / 1e5, 0, "ADM1");
            admins.put(code, p);
            if (WORD_ADMINS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                skipKeys(d);
            } else {
                readKeys(d, index, p);
            }
        }
        Map<String, Place> countries = new HashMap<>();
        int nCountry = d.readInt();
        for (int i = 0; i < nCountry; i++) {
            String c3 = interned.computeIfAbsent(d.readUTF(), k -> k);
            String name = d.readUTF();
            int lat = d.readInt();
            int lon = d.readInt();
            long pop = d.readLong();
            Place p = new Place(Place.Kind.COUNTRY, 0, name, c3, null, null, lat / 1e5, lon / 1e5, pop, "PCLI");
            countries.put(c3, p);
            readKeys(d, index, p);
        }
        Map<String, Place> capitals = new HashMap<>();
        int n = d.readInt();
        for (int i = 0; i < n; i++) {
            long id = d.readInt() & 0xffffffffL;
            String name = d.readUTF();
            String c3 = interned.computeIfAbsent(d.readUTF(), k -> k);
            String code = d.readUTF();
            String feature = interned.computeIfAbsent(d.readUTF(), k -> k);
            long pop = d.readInt();
            int lat = d.readInt();
            int lon = d.readInt();
            Place a = code.isEmpty() ? null : admins.get(code);
            Place p = new Place(Place.Kind.CITY, id, name, c3, a == null ? null : a.admin1Code(),
                a == null ? null : a.name(), lat / 1e5, lon / 1e5, pop, feature);
            readKeys(d, index, p);
            if (p.isCapital()) {
                capitals.merge(c3, p, (x, y) -> x.population() >= y.population() ? x : y);
            }
        }
        int nDistrict = d.readInt();
        for (int i = 0; i < nDistrict; i++) {
            d.readUTF();
            String c3 = interned.computeIfAbsent(d.readUTF(), k -> k);
            String a1 = d.readUTF();
            String name = d.readUTF();
            int lat = d.readInt();
            int lon = d.readInt();
            Place a = a1.isEmpty() ? null : admins.get(a1);
            Place p = new Place(Place.Kind.ADMIN2, 0, name, c3, a == null ? null : a.admin1Code(),
                a == null ? null : a.name(), lat / 1e5, lon / 1e5, 0, "ADM2");
            readKeys(d, index, p);
        }
        Gazetteer partial = new Gazetteer(Map.of(), countries, admins, capitals, Map.of(), n);
        Map<String, String> adjectives = new HashMap<>();
        for (Tsv.Row r : Tsv.readResource(COUNTRIES, "iso3\tnames\tadjectives")) {
            Place c = countries.get(r.get(0));
            if (c == null) {
                throw new ParleyException(r.origin() + ": unknown country code '" + r.get(0) + "'");
            }
            for (String name : r.list(1)) {
                put(index, name, c);
            }
            for (String adj : r.list(2)) {
                adjectives.put(Names.key(adj), c.country());
            }
        }
        for (Tsv.Row r : Tsv.readResource(ALIASES, "alias\tname\tcountry\tkind")) {
            Place target = partial.find(index, r.get(1), r.get(2), r.get(3));
            if (target == null) {
                throw new ParleyException(r.origin() + ": no " + r.get(3) + " named '" + r.get(1) + "' in "
                    + r.get(2) + " in the gazetteer");
            }
            put(index, r.get(0), target);
        }
        for (Tsv.Row r : Tsv.readResource(FEATURES, "name\tvariants\tcountry\tkind\tlat\tlon")) {
            if (countries.get(r.get(2)) == null) {
                throw new ParleyException(r.origin() + ": unknown country code '" + r.get(2) + "'");
            }
            boolean area = r.get(3).equals("area");
            if (!area && !r.get(3).equals("site")) {
                throw new ParleyException(r.origin() + ": kind must be area or site, not '" + r.get(3) + "'");
            }
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(r.get(4));
                lon = Double.parseDouble(r.get(5));
            } catch (NumberFormatException e) {
                throw new ParleyException(r.origin() + ": bad coordinates '" + r.get(4) + "', '" + r.get(5) + "'");
            }
            Place p = area
                ? new Place(Place.Kind.ADMIN1, 0, r.get(0), r.get(2), "feature:" + r.get(0), r.get(0), lat, lon, 0, "AREA")
                : new Place(Place.Kind.CITY, 0, r.get(0), r.get(2), null, null, lat, lon, 0, SITE);
            put(index, r.get(0), p);
            if (!r.get(1).equals("-")) {
                for (String v : r.list(1)) {
                    put(index, v, p);
                }
            }
        }
        Map<String, Place[]> frozen = new HashMap<>(index.size() * 4 / 3 + 1);
        for (Map.Entry<String, List<Place>> e : index.entrySet()) {
            frozen.put(e.getKey(), e.getValue().toArray(NONE));
        }
        return new Gazetteer(frozen, Collections.unmodifiableMap(countries), Collections.unmodifiableMap(admins),
            Collections.unmodifiableMap(capitals), Collections.unmodifiableMap(adjectives), n);
    }

    private Place find(Map<String, List<Place>> index, String name, String country, String kind) {
        Place best = null;
        for (Place p : index.getOrDefault(Names.key(name), List.of())) {
            if (p.country().equals(country) && p.kind().label().equals(kind)
                && (best == null || p.population() > best.population())) {
                best = p;
            }
        }
        return best;
    }

    private static void put(Map<String, List<Place>> index, String name, Place p) {
        for (String k : Names.keys(name)) {
            if (k.isEmpty()) {
                continue;
            }
            List<Place> l = index.computeIfAbsent(k, x -> new ArrayList<>(1));
            if (!l.contains(p)) {
                l.add(p);
            }
        }
    }

    private static void skipKeys(DataInputStream d) throws IOException {
        int k = d.readUnsignedByte();
        for (int i = 0; i < k; i++) {
            d.readUTF();
        }
    }

    private static void readKeys(DataInputStream d, Map<String, List<Place>> index, Place p) throws IOException {
        int k = d.readUnsignedByte();
        for (int i = 0; i < k; i++) {
            index.computeIfAbsent(d.readUTF(), x -> new ArrayList<>(1)).add(p);
        }
    }

    /** Every entry whose name or variant normalises to the same key as {@code name}; empty when none. */
    public List<Place> lookup(String name) {
        List<Place> out = null;
        for (String k : Names.keys(name)) {
            Place[] ps = byKey.get(k);
            if (ps == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(Arrays.asList(ps));
            } else {
                for (Place p : ps) {
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /** The country with this ISO 3166 alpha-3 code, or null. */
    public Place country(String iso3) {
        return iso3 == null ? null : countries.get(iso3);
    }

    /** The subdivision with this GeoNames admin1 code ("AF.10"), or null. */
    public Place admin1(String code) {
        return code == null ? null : admins.get(code);
    }

    /** The first-level subdivisions of a country (ISO3), in no particular order. */
    public List<Place> admin1Areas(String iso3) {
        List<Place> out = new java.util.ArrayList<>();
        for (Place a : admins.values()) {
            if (a.country().equals(iso3)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The capital (GeoNames {@code PPLC}) of a country, or null. */
    public Place capital(String iso3) {
        return iso3 == null ? null : capitals.get(iso3);
    }

    /** The country (ISO3) an adjective or demonym names ("Qatari", "Afghan"), or null. */
    public String countryOfAdjective(String word) {
        return adjectives.get(Names.key(word));
    }

    /** Number of populated places. */
    public int places() {
        return places;
    }

    /** Number of lookup keys. */
    public int keys() {
        return byKey.size();
    }
}
