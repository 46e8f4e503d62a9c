package org.parley.coding;

import org.parley.ParleyException;
import org.parley.model.Cameo;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.util.Tsv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The predicate lexicon, light verbs and cue words, loaded from data files once and shared.
 * Immutable and thread-safe.
 */
public final class Lexicon {
    static final String PREDICATES_HEADER = "pos\tlemma\ttype\tmode\tcontext\tcameo\ttargets\tflags";
    /** The noun classes nouns.tsv may name (docs/data-formats.md); any other is a typo caught at load. */
    private static final Set<String> NOUN_CLASSES = Set.of("instrument", "facility", "verbal", "weapon", "information",
        "sport", "threat", "restriction", "truce", "hostilities", "engagement", "softnews", "plan", "measure",
        "framing", "agreement", "crowd-control", "frontier", "atrocity", "institution", "pejorative", "groundless",
        "act", "exercise", "figurative", "force", "reckoning", "illness", "privilege", "diplomat", "projectile",
        "deadline", "troops", "captive", "allegation", "policy", "pact", "medium", "protester", "armed-member",
        "person");
    static final String LIGHT_HEADER = "lemma\tmodality\ttypes";
    static final String CUES_HEADER = "lemma\teffect\tnote";
    static final String NOUNS_HEADER = "noun\tclass";
    private static final String BUILT_IN = "parley/lexicon/";

    private final Map<String, List<Sense>> verbs;
    private final Map<String, List<Sense>> nouns;
    private final Map<String, List<LightVerb>> lightVerbs;
    private final Map<String, List<Cue>> cues;
    private final Map<String, Set<String>> nounClasses;
    private final int size;

    /**
     * A light verb and the modality it adds ("offered talks" is proposed); {@code types}, when not
     * empty, are the only event types it carries ("delivered" carries AID and MOBILIZE). A
     * {@code received} light verb turns the roles round: its subject is the noun's target and the noun's
     * "from" or "by" phrase its source ("drew condemnation from the UN", "came under fire from rebels").
     */
    public record LightVerb(String lemma, String particle, Modality modality, Set<EventType> types, boolean received) {
        public boolean carries(EventType t) {
            return types.isEmpty() || types.contains(t);
        }
    }

    private Lexicon(Map<String, List<Sense>> verbs, Map<String, List<Sense>> nouns,
                    Map<String, List<LightVerb>> lightVerbs, Map<String, List<Cue>> cues,
                    Map<String, Set<String>> nounClasses, int size) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.lightVerbs = lightVerbs;
        this.cues = cues;
        this.nounClasses = nounClasses;
        this.size = size;
    }

    public static Lexicon builtIn() {
        return load(List.of());
    }

    /** The built-in lexicon plus extra predicate files (same format as predicates.tsv). */
    public static Lexicon load(List<Path> extraPredicateFiles) {
        List<Tsv.Row> rows = new ArrayList<>(Tsv.readResource(BUILT_IN + "predicates.tsv", PREDICATES_HEADER));
        for (Path p : extraPredicateFiles) {
            rows.addAll(Tsv.readFile(p, PREDICATES_HEADER));
        }
        Map<String, List<Sense>> verbs = new HashMap<>();
        Map<String, List<Sense>> nouns = new HashMap<>();
        for (Tsv.Row r : rows) {
            Sense s = sense(r);
            (s.noun() ? nouns : verbs).computeIfAbsent(s.lemma(), k -> new ArrayList<>()).add(s);
        }
        Map<String, List<LightVerb>> light = new HashMap<>();
        for (Tsv.Row r : Tsv.readResource(BUILT_IN + "light-verbs.tsv", LIGHT_HEADER)) {
            String[] w = words(r.get(0));
            boolean received = r.get(1).equals("received");
            Modality m = received ? Modality.ASSERTED : modality(r, r.get(1));
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            for (String t : r.list(2)) {
                types.add(EventType.parse(t).orElseThrow(() ->
                    new ParleyException(r.origin() + ": unknown PLOVER type '" + t + "'")));
            }
            light.computeIfAbsent(w[0], k -> new ArrayList<>())
                .add(new LightVerb(w[0], w.length > 1 ? w[1] : null, m, Set.copyOf(types), received));
        }
        Map<String, List<Cue>> cues = new HashMap<>();
        for (Tsv.Row r : Tsv.readResource(BUILT_IN + "cues.tsv", CUES_HEADER)) {
            String[] w = words(r.get(0));
            Cue.Effect e;
            try {
                e = Cue.Effect.valueOf(r.get(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new ParleyException(r.origin() + ": unknown cue effect '" + r.get(1) + "'");
            }
            cues.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Cue(w[0], w.length > 1 ? w[1] : null, e));
        }
        Map<String, Set<String>> classes = new HashMap<>();
        for (Tsv.Row r : Tsv.readResource(BUILT_IN + "nouns.tsv", NOUNS_HEADER)) {
            String cls = r.get(1).toLowerCase(Locale.ROOT);
            if (!NOUN_CLASSES.contains(cls)) {
                throw new ParleyException(r.origin() + ": unknown noun class '" + r.get(1) + "'");
            }
            classes.computeIfAbsent(cls, k -> new java.util.HashSet<>()).add(r.get(0).toLowerCase(Locale.ROOT));
        }
        classes.replaceAll((k, v) -> Set.copyOf(v));
        // senses with a particle or modifiers first: the more specific reading wins
        verbs.values().forEach(l -> l.sort((a, b) -> a.particle() != null != (b.particle() != null)
            ? Boolean.compare(b.particle() != null, a.particle() != null)
            : Boolean.compare(b.objClass() != null, a.objClass() != null)));
        nouns.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.modifiers().size(), a.modifiers().size())));
        cues.values().forEach(l -> l.sort((a, b) -> Boolean.compare(b.particle() != null, a.particle() != null)));
        return new Lexicon(freeze(verbs), freeze(nouns), freeze(light), freeze(cues), Map.copyOf(classes), rows.size());
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
        Map<String, List<T>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    private static String[] words(String s) {
        return s.trim().toLowerCase(Locale.ROOT).split("\\s+");
    }

    private static Modality modality(Tsv.Row r, String s) {
        try {
            return Modality.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParleyException(r.origin() + ": unknown modality '" + s + "'");
        }
    }

    private static Sense sense(Tsv.Row r) {
        String pos = r.get(0);
        if (!pos.equals("V") && !pos.equals("N")) {
            throw new ParleyException(r.origin() + ": pos must be V or N, found '" + pos + "'");
        }
        boolean noun = pos.equals("N");
        String[] w = words(r.get(1));
        if (w.length == 0 || w[0].isEmpty()) {
            throw new ParleyException(r.origin() + ": empty lemma");
        }
        String lemma;
        String particle = null;
        List<String> modifiers = List.of();
        if (noun) {
            lemma = w[w.length - 1];
            modifiers = Arrays.asList(w).subList(0, w.length - 1);
        } else {
            lemma = w[0];
            if (w.length == 2) {
                particle = w[1];
            } else if (w.length > 2) {
                throw new ParleyException(r.origin() + ": a verb takes at most one particle: '" + r.get(1) + "'");
            }
        }
        EventType type = EventType.parse(r.get(2)).orElseThrow(() ->
            new ParleyException(r.origin() + ": unknown PLOVER type '" + r.get(2) + "'"));
        String cameo = r.get(5);
        if (cameo.length() < 2 || !cameo.chars().allMatch(Character::isDigit) || !Cameo.isRoot(cameo.substring(0, 2))) {
            throw new ParleyException(r.origin() + ": bad CAMEO code '" + cameo + "'");
        }
        Set<Sense.Flag> flags = EnumSet.noneOf(Sense.Flag.class);
        String objClass = null;
        String predClass = null;
        String clauseClass = null;
        for (String f : r.list(7)) {
            if (f.startsWith("clause=")) {
                clauseClass = f.substring(7).toLowerCase(Locale.ROOT);
                continue;
            }
            if (f.startsWith("pred=")) {
                predClass = f.substring(5).toLowerCase(Locale.ROOT);
                continue;
            }
            if (f.startsWith("obj=")) {
                objClass = f.substring(4).toLowerCase(Locale.ROOT);
                continue;
            }
            try {
                flags.add(Sense.Flag.valueOf(f.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParleyException(r.origin() + ": unknown flag '" + f + "'");
            }
        }
        String mode = r.get(3).isEmpty() ? null : r.get(3);
        return new Sense(noun, lemma, particle, modifiers, type, mode, r.list(4), cameo,
            r.list(6).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList(), flags, objClass, predClass, clauseClass, r.origin());
    }

    public List<Sense> verbSenses(String lemma) {
        return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    public List<Sense> nounSenses(String lemma) {
        return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    public List<LightVerb> lightVerbs(String lemma) {
        return lightVerbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    public List<Cue> cues(String lemma) {
        return cues.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** True when a token with this lemma could trigger or govern an event (for the cheap first pass). */
    public boolean isTrigger(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return verbs.containsKey(l) || nouns.containsKey(l);
    }

    /** True when the noun lemma is of the class ({@code instrument}, {@code facility}) in nouns.tsv. */
    public boolean nounIs(String lemma, String cls) {
        return nounClasses.getOrDefault(cls, Set.of()).contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Word {@code t} is of the noun class by its lemma or as written ("teargas", lemmatised "tearga"). */
    boolean nounIs(org.parley.text.Token t, String cls) {
        return nounIs(Syntax.lemma(t), cls) || nounIs(t.lowerWord(), cls);
    }

    public int size() {
        return size;
    }
}
