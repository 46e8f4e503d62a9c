package org.parley.actors;

import org.parley.ParleyException;
import org.parley.text.Token;
import org.parley.util.Tsv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actor knowledge base: countries (names from the JDK's ISO 3166 tables plus Parley's own
 * {@code countries.tsv}), organisations, people with tenures, office titles and sector nouns.
 *
 * <p>Immutable and thread-safe once built; load it once per process with {@link #load(List)} and
 * share it.
 */
public final class ActorKb {
    static final String COUNTRIES_HEADER = "iso3\tnames\tadjectives\tcapitals";
    static final String ORGS_HEADER = "id\tnames\tcountry\tsector\tkind";
    static final String PEOPLE_HEADER = "id\tnames\tcountry\tsector\toffice\tstart\tend";
    static final String OFFICES_HEADER = "title\toffice\tsector";
    static final String SECTORS_HEADER = "noun\tsector";

    /** Sector codes a data file may use. */
    public static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB",
        "INS", "UAF", "IGO", "NGO", "MED", "BUS", "CVL", "REF", "LAB", "EDU", "REL", "HLH", "SPY", "CRM", "ELI");

    private static final String BUILT_IN = "parley/actors/";

    private final Map<String, String> countryNames;
    private final Map<String, KbEntry.Organization> orgs;
    private final Map<String, List<Tenure>> tenuresByPerson;
    private final Map<String, List<Tenure>> tenuresByCountryOffice;
    private final NameIndex index;

    private ActorKb(Map<String, String> countryNames, Map<String, KbEntry.Organization> orgs,
                    Map<String, List<Tenure>> tenuresByPerson, NameIndex index) {
        this.countryNames = countryNames;
        this.orgs = orgs;
        this.tenuresByPerson = tenuresByPerson;
        Map<String, List<Tenure>> byOffice = new HashMap<>();
        tenuresByPerson.values().forEach(ts -> ts.forEach(t ->
            byOffice.computeIfAbsent(t.country() + "/" + t.office(), k -> new ArrayList<>()).add(t)));
        byOffice.replaceAll((k, v) -> List.copyOf(v));
        this.tenuresByCountryOffice = byOffice;
        this.index = index;
    }

    /** The built-in knowledge base alone. */
    public static ActorKb builtIn() {
        return load(List.of());
    }

    /**
     * The built-in knowledge base extended with user files; each file's kind is told by its header
     * line (see docs/data-formats.md). User rows add names; an organisation or person id seen again
     * replaces the earlier definition.
     *
     * @throws ParleyException naming the file and line of the first bad row
     */
    public static ActorKb load(List<Path> userFiles) {
        Builder b = new Builder();
        b.countries(Tsv.readResource(BUILT_IN + "countries.tsv", COUNTRIES_HEADER));
        b.orgs(Tsv.readResource(BUILT_IN + "organizations.tsv", ORGS_HEADER));
        b.offices(Tsv.readResource(BUILT_IN + "offices.tsv", OFFICES_HEADER));
        b.sectors(Tsv.readResource(BUILT_IN + "sectors.tsv", SECTORS_HEADER));
        b.people(Tsv.readResource(BUILT_IN + "people.tsv", PEOPLE_HEADER));
        for (Path f : userFiles) {
            String header = Tsv.header(f);
            if (header == null) {
                throw new ParleyException(f + ": empty actors file (no header line)");
            }
            String h = String.join("\t", header.split("\t", -1)).strip();
            h = h.replaceAll("\\s*\t\\s*", "\t");
            switch (h) {
                case COUNTRIES_HEADER -> b.countries(Tsv.readFile(f, COUNTRIES_HEADER));
                case ORGS_HEADER -> b.orgs(Tsv.readFile(f, ORGS_HEADER));
                case PEOPLE_HEADER -> b.people(Tsv.readFile(f, PEOPLE_HEADER));
                case OFFICES_HEADER -> b.offices(Tsv.readFile(f, OFFICES_HEADER));
                case SECTORS_HEADER -> b.sectors(Tsv.readFile(f, SECTORS_HEADER));
                default -> throw new ParleyException(f + ": unknown actors file header '" + header.replace("\t", "<TAB>")
                    + "' (see docs/data-formats.md)");
            }
        }
        return b.build();
    }

    /** All name matches over tokens {@code from..to}, sorted by start, longest first. */
    public List<NameMatch> find(List<Token> tokens, int from, int to) {
        return index.find(tokens, from, to);
    }

    /** English short name of a country, or null for an unknown code. */
    public String countryName(String iso3) {
        return countryNames.get(iso3);
    }

    public Set<String> countryCodes() {
        return Collections.unmodifiableSet(countryNames.keySet());
    }

    public Optional<KbEntry.Organization> organization(String id) {
        return Optional.ofNullable(orgs.get(id));
    }

    /** Tenures of a person, in start order. */
    public List<Tenure> tenures(String personId) {
        return tenuresByPerson.getOrDefault(personId, List.of());
    }

    /** The tenure of {@code personId} covering {@code date}, else the nearest one in time. */
    public Optional<Tenure> tenureAt(String personId, LocalDate date) {
        return nearest(tenures(personId), date, false);
    }

    /** Who held {@code office} in {@code country} on {@code date}. */
    public Optional<Tenure> holder(String country, String office, LocalDate date) {
        if (country == null || office == null || date == null) {
            return Optional.empty();
        }
        return nearest(tenuresByCountryOffice.getOrDefault(country + "/" + office, List.of()), date, true);
    }

    private static Optional<Tenure> nearest(List<Tenure> ts, LocalDate date, boolean mustCover) {
        if (ts.isEmpty()) {
            return Optional.empty();
        }
        if (date == null) {
            return mustCover ? Optional.empty() : Optional.of(ts.get(ts.size() - 1));
        }
        Tenure best = null;
        for (Tenure t : ts) {
            if (t.covers(date)) {
                return Optional.of(t);
            }
            if (!mustCover && (best == null || t.distance(date) < best.distance(date))) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    private static final class Builder {
        private final Map<String, String> countryNames = new LinkedHashMap<>();
        private final Map<String, KbEntry.Organization> orgs = new LinkedHashMap<>();
        private final Map<String, List<String>> orgNames = new LinkedHashMap<>();
        private final Map<String, List<Tenure>> tenures = new LinkedHashMap<>();
        private final Map<String, List<String>> personNames = new LinkedHashMap<>();
        private final Map<String, KbEntry.Office> offices = new HashMap<>();
        private final List<Object[]> officeTitles = new ArrayList<>();
        private final List<Object[]> sectorNouns = new ArrayList<>();
        private final List<Object[]> countryAliases = new ArrayList<>();

        Builder() {
            for (String cc : Locale.getISOCountries()) {
                Locale l = new Locale("", cc);
                String iso3 = l.getISO3Country();
                String name = cleanJdkName(l.getDisplayCountry(Locale.ENGLISH));
                countryNames.put(iso3, name);
            }
            // Kosovo has no ISO 3166-1 code; XKX is the user-assigned code the EU, the World Bank and GeoNames
            // (as XK) use, and the gazetteer's
            countryNames.put("XKX", "Kosovo");
        }

        private static String cleanJdkName(String n) {
            String s = n.replaceAll("\\s*\\(.*\\)", "").replace(" SAR China", "").trim();
            return s.replace(" - ", "-");
        }

        private String country(Tsv.Row r, int col, boolean allowEmpty) {
            String c = r.get(col).toUpperCase(Locale.ROOT);
            if (c.isEmpty() && allowEmpty) {
                return null;
            }
            if (!countryNames.containsKey(c)) {
                throw new ParleyException(r.origin() + ": unknown ISO 3166 alpha-3 country code '" + r.get(col) + "'");
            }
            return c;
        }

        private static String sector(Tsv.Row r, int col) {
            String s = r.get(col).toUpperCase(Locale.ROOT);
            if (!SECTORS.contains(s)) {
                throw new ParleyException(r.origin() + ": unknown sector code '" + r.get(col) + "' (one of "
                    + String.join(", ", new java.util.TreeSet<>(SECTORS)) + ")");
            }
            return s;
        }

        private static LocalDate date(Tsv.Row r, int col) {
            String d = r.get(col);
            if (d.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw new ParleyException(r.origin() + ": bad ISO date '" + d + "'");
            }
        }

        void countries(List<Tsv.Row> rows) {
            for (Tsv.Row r : rows) {
                String iso3 = country(r, 0, false);
                countryAliases.add(new Object[] {iso3, r.list(1), r.list(2), r.list(3)});
            }
        }

        void orgs(List<Tsv.Row> rows) {
            for (Tsv.Row r : rows) {
                String id = r.get(0);
                if (!id.startsWith("ORG:")) {
                    throw new ParleyException(r.origin() + ": organisation id must start with 'ORG:', found '" + id + "'");
                }
                List<String> names = r.list(1);
                if (names.isEmpty()) {
                    throw new ParleyException(r.origin() + ": organisation " + id + " has no name");
                }
                orgs.put(id, new KbEntry.Organization(id, names.get(0), country(r, 2, true), sector(r, 3), r.get(4)));
                orgNames.put(id, names);
            }
        }

        void people(List<Tsv.Row> rows) {
            Set<String> replaced = new HashSet<>();
            for (Tsv.Row r : rows) {
                String id = r.get(0);
                if (!id.startsWith("PER:")) {
                    throw new ParleyException(r.origin() + ": person id must start with 'PER:', found '" + id + "'");
                }
                List<String> names = r.list(1);
                if (names.isEmpty()) {
                    throw new ParleyException(r.origin() + ": person " + id + " has no name");
                }
                String office = r.get(4);
                if (!office.isEmpty() && !offices.containsKey(office) && !offices.values().stream()
                    .anyMatch(o -> o.key().equals(office))) {
                    throw new ParleyException(r.origin() + ": unknown office '" + office + "' (add it to offices.tsv)");
                }
                LocalDate start = date(r, 5);
                if (start == null) {
                    throw new ParleyException(r.origin() + ": tenure of " + id + " has no start date");
                }
                LocalDate end = date(r, 6);
                if (end != null && end.isBefore(start)) {
                    throw new ParleyException(r.origin() + ": tenure of " + id + " ends before it starts");
                }
                if (replaced.add(id)) {
                    // first row of this id in this file: it replaces any earlier definition
                    tenures.remove(id);
                    personNames.remove(id);
                }
                tenures.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Tenure(id, names.get(0), country(r, 2, true), sector(r, 3), office, start, end));
                personNames.computeIfAbsent(id, k -> new ArrayList<>());
                for (String n : names) {
                    if (!personNames.get(id).contains(n)) {
                        personNames.get(id).add(n);
                    }
                }
            }
        }

        void offices(List<Tsv.Row> rows) {
            for (Tsv.Row r : rows) {
                KbEntry.Office o = new KbEntry.Office(r.get(1), sector(r, 2));
                offices.put(r.get(0).toLowerCase(Locale.ROOT), o);
                officeTitles.add(new Object[] {r.get(0), o});
            }
        }

        void sectors(List<Tsv.Row> rows) {
            for (Tsv.Row r : rows) {
                sectorNouns.add(new Object[] {r.get(0), new KbEntry.SectorNoun(sector(r, 1))});
            }
        }

        ActorKb build() {
            NameIndex.Builder ib = new NameIndex.Builder();
            countryNames.forEach((iso3, name) -> ib.add(name, new KbEntry.CountryName(iso3), false));
            for (Object[] a : countryAliases) {
                String iso3 = (String) a[0];
                for (Object n : (List<?>) a[1]) {
                    ib.add((String) n, new KbEntry.CountryName(iso3), false);
                }
                for (Object n : (List<?>) a[2]) {
                    ib.add((String) n, new KbEntry.CountryAdjective(iso3), false);
                }
                for (Object n : (List<?>) a[3]) {
                    ib.add((String) n, new KbEntry.Capital(iso3), false);
                }
            }
            orgNames.forEach((id, names) -> names.forEach(n -> ib.add(n, orgs.get(id), false)));
            personNames.forEach((id, names) -> {
                KbEntry.Person p = new KbEntry.Person(id, names.get(0));
                names.forEach(n -> ib.add(n, p, false));
            });
            for (Object[] o : officeTitles) {
                ib.add(((String) o[0]).toLowerCase(Locale.ROOT), (KbEntry) o[1], true);
            }
            for (Object[] s : sectorNouns) {
                ib.add(((String) s[0]).toLowerCase(Locale.ROOT), (KbEntry) s[1], true);
            }
            Map<String, List<Tenure>> ts = new HashMap<>();
            tenures.forEach((id, list) -> {
                List<Tenure> sorted = new ArrayList<>(list);
                sorted.sort((x, y) -> x.start().compareTo(y.start()));
                ts.put(id, List.copyOf(sorted));
            });
            return new ActorKb(Map.copyOf(countryNames), Map.copyOf(orgs), Map.copyOf(ts), ib.build());
        }
    }
}
