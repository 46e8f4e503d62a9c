package org.parley.coding;

import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.Set;

/**
 * Word-level tests that change an event's type or modality: planned acts, offers and intentions of
 * deeds, threats, joint exercises, acts done in protest, withdrawals from agreements, refusals, and the
 * cue word's own CAMEO code. Stateless and thread-safe.
 */
final class Retyping {
    /** Exercises called "joint" are cooperation, not a show of force. */
    static final Set<String> JOINT = Set.of("joint", "combined", "bilateral", "trilateral", "multinational",
        "coordinated");

    /** Nouns for people held by force. */
    static final Set<String> HOSTAGE = Set.of("hostage", "captive");

    private static final Set<String> PLANNED = Set.of("planned", "proposed", "possible", "potential", "future",
        "expected", "promised", "pledged", "prospective", "upcoming", "anticipated", "intended", "mooted");

    private final Lexicon lex;

    Retyping(Lexicon lex) {
        this.lex = lex;
    }

    /** "planned peace talks", "a proposed ceasefire": the noun names an act not yet done. */
    static Modality plannedModifier(Sentence s, int n) {
        for (Token c : s.children(n)) {
            if (("amod".equals(c.deprel()) || "compound".equals(c.deprel())) && PLANNED.contains(c.lowerWord())) {
                return c.lowerWord().equals("proposed") || c.lowerWord().equals("mooted") ? Modality.PROPOSED
                    : Modality.INTENDED;
            }
        }
        return null;
    }

    /** Noun {@code n} has an adjective or compound modifier among {@code words}. */
    static boolean hasModifier(Sentence s, int n, Set<String> words) {
        for (Token c : s.children(n)) {
            if (("amod".equals(c.deprel()) || "compound".equals(c.deprel())) && words.contains(c.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Noun {@code n} is named as a joint act: a JOINT word among its modifiers or in the run of adjectives,
     * nouns and conjunctions just before it ("joint air and sea patrols", where the parser hangs "joint"
     * on "air").
     */
    static boolean jointPhrase(Sentence s, int n) {
        if (hasModifier(s, n, JOINT)) {
            return true;
        }
        for (int i = n - 1; i >= 0 && i >= n - 6; i--) {
            Token w = s.token(i);
            if (JOINT.contains(w.lowerWord())) {
                return true;
            }
            String p = w.pos();
            if (!(p.startsWith("JJ") || p.startsWith("NN") || p.equals("CC") || p.equals("HYPH") || p.equals(","))) {
                return false;
            }
        }
        return false;
    }

    /** "will not", "won't", "would not" on the act's own verb. */
    static boolean futureRefusal(Sentence s, int v) {
        boolean future = false;
        boolean neg = false;
        for (Token c : s.children(v)) {
            String w = c.lowerWord();
            if (c.deprel().startsWith("aux") && (w.equals("will") || w.equals("wo") || w.equals("would"))) {
                future = true;
            }
            if ((c.deprel().equals("advmod") || c.deprel().equals("neg")) && (w.equals("not") || w.equals("n't")
                || w.equals("never"))) {
                neg = true;
            }
        }
        return future && neg;
    }

    /** "... in protest": verb {@code v} has an oblique "in protest". */
    static boolean inProtest(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if (c.baseRel().equals("obl") && Syntax.lemma(c).equals("protest") && s.hasCase(c.index(), "in")) {
                return true;
            }
        }
        return false;
    }

    /** The CAMEO code of the cue word's own sense of {@code type}, else {@code fallback}. */
    String ownCameo(Sentence s, int cue, EventType type, String fallback) {
        Token t = s.token(cue);
        for (Sense sense : t.isNoun() ? lex.nounSenses(Syntax.lemma(t)) : lex.verbSenses(Syntax.lemma(t))) {
            if (sense.type() == type) {
                return sense.cameo();
            }
        }
        return fallback;
    }

    /**
     * "agreed to set up field hospitals", "offered to provide security": a promise or offer verb with an
     * infinitive is a commitment even when the promised act is not in the lexicon.
     */
    boolean commitsToSomething(Sentence s, int v) {
        if (lex.cues(Syntax.lemma(s.token(v))).stream().anyMatch(c -> c.effect() == Cue.Effect.THREAT)) {
            // "warned of serious consequences", "warned that it would respond"
            for (Token c : s.children(v)) {
                if (c.baseRel().equals("obl") && lex.nounIs(Syntax.lemma(c), "threat")) {
                    return true;
                }
                if (c.deprel().equals("ccomp") && s.children(c.index()).stream().anyMatch(a -> a.deprel().startsWith("aux")
                    && (a.lowerWord().equals("would") || a.lowerWord().equals("will")))) {
                    return true;
                }
            }
            return false;
        }
        boolean cue = lex.cues(Syntax.lemma(s.token(v))).stream()
            .anyMatch(c -> c.effect() == Cue.Effect.INTENDED || c.effect() == Cue.Effect.PROPOSED);
        if (!cue) {
            return false;
        }
        for (Token c : s.children(v)) {
            if (c.deprel().equals("xcomp") && c.isVerb()) {
                return true;
            }
            if (c.baseRel().equals("obl") && c.isNoun() && (s.hasCase(c.index(), "to")
                || s.hasCase(c.index(), "on"))) {
                return true;
            }
        }
        return false;
    }

    /** Offers and intentions of deeds are verbal events: PLOVER codes the promise, not the deed. */
    static EventType shift(EventType t) {
        return switch (t) {
            case RETREAT -> EventType.CONCEDE;
            case CONSULT, SUPPORT, COOPERATE, AID -> EventType.AGREE;
            case ASSAULT, COERCE, SANCTION, MOBILIZE, PROTEST -> EventType.THREATEN;
            default -> t;
        };
    }

    /** The mode of a threat to commit an act of type {@code threatened} (mode {@code mode}). */
    static String threatMode(EventType threatened, String mode) {
        return switch (threatened) {
            case ASSAULT, MOBILIZE -> "violence";
            case COERCE -> "arrest".equals(mode) ? "arrest" : "restrict";
            case SANCTION -> "expel".equals(mode) ? "expel" : "relations";
            case RETREAT -> "relations";
            default -> mode;
        };
    }
}
