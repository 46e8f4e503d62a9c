package org.parley.coding;

import org.parley.model.Actor;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.Set;

/**
 * Word-level tests that change an event's type or modality: planned acts, offers and intentions of
 * deeds, threats, joint exercises, acts done in protest, withdrawals from agreements, refusals, and the
 * cue word's own CAMEO code; and the tests of words and parties that {@link RetypeRules} reads (votes,
 * orders, handovers, crowds, the state). Stateless and thread-safe.
 */
final class Retyping {
    /** Exercises called "joint" are cooperation, not a show of force. */
    static final Set<String> JOINT = Set.of("joint", "combined", "bilateral", "trilateral", "multinational",
        "coordinated");

    /** Nouns for people held by force. */
    static final Set<String> HOSTAGE = Set.of("hostage", "captive");

    /** Sectors of people who protest rather than restrict. */
    private static final Set<String> CROWD_SECTORS = Set.of("CVL", "OPP", "PTY", "LAB", "EDU", "REL", "REF");

    /** Verbs of scattering a crowd. */
    private static final Set<String> DISPERSING = Set.of("disperse", "scatter");

    /** Sectors of the state, whose acts are the state's. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "SPY");

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
                || w.equals("never") || w.equals("neither"))) {
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

    /** Who is sent to help, not to fight: "would send 34 peacekeepers", "a team of experts". */
    private static final Set<String> HELPERS = Set.of("peacekeeper", "monitor", "observer", "rescuer", "medic",
        "doctor", "expert", "official", "delegation", "team", "adviser", "advisor", "instructor", "trainer");
    /** What a deployment sent to help is for: "to help find the girls", "to monitor the ceasefire". */
    private static final Set<String> HELP_VERBS = Set.of("help", "assist", "support", "monitor", "rescue", "evacuate",
        "train", "aid", "search", "observe", "supervise");

    /**
     * Whether an offered or promised deployment is help rather than a threat: an offer ("Fiji offered to deploy
     * troops"), units sent to help ("would send 34 peacekeepers", "a team of experts") or a purpose of help ("to help
     * find the girls", "to monitor the ceasefire"). PLOVER codes such a promise as AGREE.
     */
    static boolean helpfulDeployment(Sentence s, int anchor, int noun, Modality modality) {
        if (modality == Modality.PROPOSED) {
            return true;
        }
        if (HELPERS.contains(Syntax.lemma(s.token(noun)))) {
            return true;
        }
        for (Token c : s.children(anchor)) {
            if (c.baseRel().equals("obj") && (HELPERS.contains(Syntax.lemma(c)) || s.children(c.index()).stream()
                    .anyMatch(d -> d.baseRel().equals("nmod") && HELPERS.contains(Syntax.lemma(d))))) {
                return true;
            }
            if ((c.deprel().equals("xcomp") || c.deprel().equals("advcl")) && c.isVerb()
                && HELP_VERBS.contains(Syntax.lemma(c))) {
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

    /** Whether the act is what a vote decided: "voted to reprimand Russia and to demand ...". */
    static boolean votedTo(Sentence s, int anchor) {
        Token cur = s.token(anchor);
        for (int k = 0; k < 3 && cur != null; k++) {
            Token p = s.parent(cur.index());
            if (p == null || !(cur.deprel().equals("xcomp") || cur.deprel().equals("conj") || cur.deprel().equals("advcl"))) {
                return false;
            }
            if ("vote".equals(Syntax.lemma(p))) {
                return true;
            }
            cur = p;
        }
        return false;
    }

    /** Whether the event noun carries a time of its own ("resignation effective May 1", "withdrawal by June"). */
    static boolean hasOwnTime(Sentence s, int n) {
        for (Token c : s.children(n)) {
            if (c.deprel().startsWith("amod") && c.lowerWord().equals("effective")
                || c.deprel().startsWith("nmod") && (s.hasCase(c.index(), "by") || s.hasCase(c.index(), "from"))) {
                return true;
            }
        }
        return false;
    }

    /** People, parties or a crowd, not the state: "youths", "opposition supporters", "party workers", "farmers". */
    static boolean crowdOrParty(Actor a) {
        return a.flatten().stream().allMatch(x -> x.sector() != null && CROWD_SECTORS.contains(x.sector())
            || !x.isResolved());
    }

    /** "failed to reach", "failed to agree": the act is the complement of an un-negated "fail". */
    static boolean failedToAgree(Sentence s, int anchor) {
        Token p = s.parent(anchor);
        // "failed on Wednesday to agree", with the infinitive hung as an adverbial clause
        return p != null && ("xcomp".equals(s.token(anchor).deprel())
                || "advcl".equals(s.token(anchor).deprel()) && Roles.hasMark(s, anchor, "to"))
            && Syntax.lemma(p).equals("fail") && !("advcl".equals(p.deprel()) && (Roles.hasMark(s, p.index(), "unless")
                || Roles.hasMark(s, p.index(), "if")))
            && s.children(p.index()).stream().noneMatch(c -> c.lowerWord().equals("not") || c.lowerWord().equals("n't")
                || c.lowerWord().equals("never"));
    }

    /** Verb {@code v} scatters a crowd: "disperse", "scatter", "break up". */
    static boolean disperses(Sentence s, int v) {
        String l = Syntax.lemma(s.token(v));
        return DISPERSING.contains(l) || l.equals("break") && Syntax.hasOwnParticle(s, v, "up");
    }

    /** Whether the addressee is the forces of the one who orders: "the army", "his troops". */
    static boolean ownForces(Actor source, Actor target) {
        return ("MIL".equals(target.sector()) || "COP".equals(target.sector())) && target.name() == null
            && (target.country() == null || target.country().equals(source.country()) || source.country() == null);
    }

    /** Where the order sends them: "into the Tigray region", "to the border", "on Tripoli" (-1 if nowhere). */
    static int destination(Sentence s, int verb) {
        for (Token c : s.children(verb)) {
            if (c.deprel().startsWith("obl") && (s.hasCase(c.index(), "into") || s.hasCase(c.index(), "to"))) {
                return c.index();
            }
            if (c.deprel().equals("xcomp") || c.deprel().equals("advcl")) {
                for (Token g : s.children(c.index())) {
                    if (g.deprel().startsWith("obl") && (s.hasCase(g.index(), "on") || s.hasCase(g.index(), "into")
                        || s.hasCase(g.index(), "to") || s.hasCase(g.index(), "toward") || s.hasCase(g.index(), "towards"))) {
                        return g.index();
                    }
                }
            }
        }
        return -1;
    }

    /** Verbs of leaving a country. */
    private static final Set<String> LEAVING = Set.of("leave", "quit", "depart", "exit", "vacate");

    /** A state's missions abroad, which another may order closed. */
    private static final Set<String> MISSIONS = Set.of("embassy", "consulate", "mission");

    /**
     * Whether the order is to leave: "ordered them to leave the country", "to quit Russia within a week", "to vacate
     * the air base", or to close a mission ("ordered the United States to close its consulate in Chengdu").
     */
    static boolean toLeave(Sentence s, int verb) {
        for (Token c : s.children(verb)) {
            // "ordered diplomats from seven Latin American countries, including Argentina, Chile and Peru, to leave"
            if ((c.deprel().equals("xcomp") || c.deprel().equals("advcl")) && Roles.hasMark(s, c.index(), "to")
                && (LEAVING.contains(Syntax.lemma(c)) || closesMission(s, c))) {
                return true;
            }
        }
        // the infinitive may hang on a relative clause between ("diplomats it described as spies to leave")
        for (int i = verb + 1; i < Math.min(s.size(), verb + 16); i++) {
            Token c = s.token(i);
            if (LEAVING.contains(Syntax.lemma(c)) && c.isVerb()
                && Roles.hasMark(s, i, "to")) {
                return true;
            }
        }
        return false;
    }

    /** Clause {@code c} closes a mission: "to close its consulate in Chengdu". */
    private static boolean closesMission(Sentence s, Token c) {
        Token o = Syntax.child(s, c.index(), "obj");
        return (Syntax.lemma(c).equals("close") || Syntax.lemma(c).equals("shut")) && o != null
            && MISSIONS.contains(Syntax.lemma(o));
    }

    /** A state itself ("Pakistan") or one of its organs. */
    static boolean ofTheState(Actor a) {
        return a.sector() == null || STATE_SECTORS.contains(a.sector());
    }
}
