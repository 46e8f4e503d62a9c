package org.parley.quantity;

import org.parley.model.Quantities;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Magnitudes of an event from its own sentence: {@code killed}, {@code injured}, {@code arrested},
 * {@code abducted}, {@code released}, crowd {@code size} and {@code troops}. A number is read from
 * the word that quantifies the people the act is done to ("killing 12 people", "12 soldiers were
 * killed", "thousands of protesters marched"). Exact numbers become numbers ("at least 80" is 80);
 * ranges become "28000-40000"; vague or bounded amounts stay as written ("dozens", "tens of
 * thousands", "more than 140"). Numbers in background clauses (relative clauses, "since", "so far",
 * war-long totals) are ignored. Stateless and thread-safe.
 */
public final class QuantityExtractor {
    private static final Map<String, String> VERB_KINDS = Map.ofEntries(
        Map.entry("kill", "killed"), Map.entry("slay", "killed"), Map.entry("execute", "killed"),
        Map.entry("massacre", "killed"), Map.entry("die", "killed"), Map.entry("dead", "killed"),
        Map.entry("wound", "injured"), Map.entry("injure", "injured"), Map.entry("hurt", "injured"),
        Map.entry("injured", "injured"), Map.entry("wounded", "injured"),
        Map.entry("arrest", "arrested"), Map.entry("detain", "arrested"), Map.entry("apprehend", "arrested"),
        Map.entry("jail", "arrested"), Map.entry("round", "arrested"),
        Map.entry("abduct", "abducted"), Map.entry("kidnap", "abducted"), Map.entry("kidnapp", "abducted"),
        Map.entry("free", "released"), Map.entry("release", "released"), Map.entry("exchange", "released"),
        Map.entry("deploy", "troops"), Map.entry("send", "troops"), Map.entry("withdraw", "troops"),
        Map.entry("mass", "troops"), Map.entry("station", "troops"), Map.entry("pull", "troops"));
    private static final Set<String> CROWD_NOUNS = Set.of("protester", "demonstrator", "supporter", "marcher",
        "people", "student", "worker", "farmer", "woman", "rioter", "mourner", "crowd", "opponent");
    private static final Set<String> TROOP_NOUNS = Set.of("troop", "soldier", "marine", "personnel", "force",
        "reservist", "paratrooper", "sailor");
    private static final Set<String> VAGUE = Set.of("dozens", "hundreds", "thousands", "scores", "millions",
        "tens", "several", "dozen", "hundred", "thousand");
    private static final Set<String> BOUNDS = Set.of("more", "less", "fewer", "nearly", "almost", "about", "around",
        "some", "over", "up", "roughly", "approximately", "estimated", "under");
    private static final Set<String> BACKGROUND = Set.of("war", "conflict", "insurgency", "violence", "year",
        "decade", "total", "uprising", "fighting");
    private static final Map<String, Long> WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
        Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
        Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
        Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
        Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
        Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L),
        Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("hundred", 100L));

    public Quantities extract(Sentence s, int pred, int anchor, String type) {
        if (!s.parsed()) {
            return Quantities.NONE;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Token t : s.tokens()) {
            if (used.contains(t.index()) || !isQuantity(t)) {
                continue;
            }
            int noun = quantified(s, t);
            if (noun < 0) {
                continue;
            }
            String kind = kind(s, noun, type);
            if (kind == null || out.containsKey(kind) || background(s, noun)) {
                continue;
            }
            Object v = value(s, t.index(), used);
            if (v != null) {
                out.put(kind, v);
            }
        }
        return out.isEmpty() ? Quantities.NONE : new Quantities(out);
    }

    private static boolean isQuantity(Token t) {
        return t.pos().equals("CD") && !t.word().matches("(19|20)\\d\\d") || VAGUE.contains(t.lowerWord());
    }

    /** The noun a number counts: its governor for "12 people", its nmod for "thousands of protesters". */
    private static int quantified(Sentence s, Token q) {
        if ("nummod".equals(q.deprel()) && q.head() >= 0) {
            return q.head();
        }
        for (Token c : s.children(q.index())) {
            if ("nmod".equals(c.baseRel()) && c.isNoun()) {
                return c.index();
            }
        }
        if (q.head() >= 0 && ("nmod".equals(q.baseRel()) || "compound".equals(q.deprel()))) {
            Token h = s.token(q.head());
            if (VAGUE.contains(h.lowerWord()) || h.pos().equals("CD")) {
                return quantified(s, h);
            }
        }
        // "killing 12", "12 were killed", "left 3 dead"
        if (q.head() >= 0 && (q.deprel().startsWith("obj") || q.deprel().startsWith("nsubj"))) {
            return q.index();
        }
        return -1;
    }

    private static String kind(Sentence s, int noun, String type) {
        Token n = s.token(noun);
        String nl = n.lemma().toLowerCase(Locale.ROOT);
        // "12 dead", "12 killed" as modifiers
        for (Token c : s.children(noun)) {
            String k = VERB_KINDS.get(c.lemma().toLowerCase(Locale.ROOT));
            if (k != null && (c.deprel().startsWith("amod") || c.deprel().startsWith("acl"))
                && (k.equals("killed") || k.equals("injured"))) {
                return k;
            }
        }
        Token v = n.head() >= 0 ? s.token(n.head()) : null;
        if (v != null && "conj".equals(n.deprel()) && v.head() >= 0) {
            v = s.token(v.head());
        }
        if (v != null && (v.isVerb() || v.pos().startsWith("JJ"))) {
            String k = VERB_KINDS.get(v.lemma().toLowerCase(Locale.ROOT));
            String rel = n.baseRel();
            if (k != null && ("obj".equals(rel) || "nsubj".equals(n.deprel()) && v.lemma().equals("die")
                || "nsubj:pass".equals(n.deprel()) || "nsubj".equals(n.deprel()) && v.pos().startsWith("JJ"))) {
                if (k.equals("troops")) {
                    return TROOP_NOUNS.contains(nl) ? "troops" : null;
                }
                return k;
            }
        }
        if (TROOP_NOUNS.contains(nl) && Set.of("MOBILIZE", "RETREAT", "CONCEDE", "AID", "AGREE", "THREATEN",
            "COOPERATE").contains(type)) {
            return "troops";
        }
        if (CROWD_NOUNS.contains(nl) && "PROTEST".equals(type)) {
            return "size";
        }
        return null;
    }

    /** A relative clause, a "since"/"so far" total or a war-long count. */
    private static boolean background(Sentence s, int noun) {
        Token n = s.token(noun);
        int v = n.head();
        if (v < 0) {
            return false;
        }
        Token vt = s.token(v);
        if (vt.deprel() != null && vt.deprel().startsWith("acl:relcl")) {
            Token h = vt.head() >= 0 ? s.token(vt.head()) : null;
            return h != null && BACKGROUND.contains(h.lemma().toLowerCase(Locale.ROOT));
        }
        for (Token c : s.children(v)) {
            String w = c.lowerWord();
            if (("obl".equals(c.baseRel()) || "advmod".equals(c.deprel()))
                && (s.hasCase(c.index(), "since") || w.equals("far") || w.equals("since"))) {
                return true;
            }
            if ("obl".equals(c.baseRel()) && BACKGROUND.contains(c.lemma().toLowerCase(Locale.ROOT))
                && s.hasCase(c.index(), "in")) {
                return true;
            }
        }
        return false;
    }


    /** The value of the number at {@code i}, with its range or bound words. */
    static Object value(Sentence s, int i, Set<Integer> used) {
        used.add(i);
        String w = s.token(i).lowerWord();
        // "between 28,000 and 40,000", "28,000 to 40,000"
        if (i + 2 < s.size() && (s.token(i + 1).lowerWord().equals("and") || s.token(i + 1).lowerWord().equals("to")
            || s.token(i + 1).word().equals("-")) && s.token(i + 2).pos().equals("CD")) {
            Long a = number(w);
            Long b = number(s.token(i + 2).lowerWord());
            if (a != null && b != null) {
                used.add(i + 2);
                return a + "-" + b;
            }
        }
        int from = i;
        // "tens of thousands"
        if (w.equals("thousands") && i >= 2 && s.token(i - 1).lowerWord().equals("of")
            && (s.token(i - 2).lowerWord().equals("tens") || s.token(i - 2).lowerWord().equals("hundreds"))) {
            from = i - 2;
        } else if (w.equals("tens") && i + 2 < s.size() && s.token(i + 1).lowerWord().equals("of")) {
            used.add(i + 2);
            return "tens of " + s.token(i + 2).lowerWord();
        }
        boolean bounded = false;
        int k = from - 1;
        if (k >= 0 && s.token(k).lowerWord().equals("than")) {
            k--;
        }
        if (k >= 0 && (BOUNDS.contains(s.token(k).lowerWord()) || s.token(k).lowerWord().equals("least")
            && k >= 1 && s.token(k - 1).lowerWord().equals("at"))) {
            if (!s.token(k).lowerWord().equals("least")) {
                bounded = true;
                from = k;
            }
        }
        Long n = number(w);
        if (n == null || VAGUE.contains(w)) {
            StringBuilder b = new StringBuilder();
            for (int x = from; x <= i; x++) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(s.token(x).lowerWord());
            }
            return b.toString();
        }
        if (bounded) {
            StringBuilder b = new StringBuilder();
            for (int x = from; x <= i; x++) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(s.token(x).word());
            }
            return b.toString();
        }
        return n;
    }

    static Long number(String w) {
        String t = w.replace(",", "");
        if (t.matches("\\d{1,12}")) {
            return Long.parseLong(t);
        }
        return WORDS.get(w.toLowerCase(Locale.ROOT));
    }
}
