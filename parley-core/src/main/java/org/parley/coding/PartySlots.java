package org.parley.coding;

import org.parley.model.Actor;
import org.parley.model.EventType;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.Set;

import static org.parley.coding.ActorFinder.political;
import static org.parley.coding.ActorFinder.sameActor;

/**
 * Finds the words that hold an event's parties where {@link Roles} finds none: the author of a passive
 * act's event noun, the subject or object of the clause a noun sits in, a cue's addressee, the author of
 * a weapon, the other party in slots that usually hold it, and whom a protest is aimed at; and says which
 * words are instruments, acts or acceptable targets. Stateless and thread-safe.
 */
final class PartySlots {
    private static final String[] TOWARD = {"near", "along", "toward", "towards", "to", "into", "on", "at", "around",
        "against", "across"};

    private final Lexicon lex;
    private final ActorFinder actors;

    PartySlots(Lexicon lex, ActorFinder actors) {
        this.lex = lex;
        this.actors = actors;
    }

    /** "set fire to the French embassy": what was set on fire, or -1. */
    static int setOnFire(Sentence s, Trigger t) {
        Token setter = t.nominal() ? s.parent(t.token()) : null;
        if (setter != null && "set".equals(Syntax.lemma(setter)) && "fire".equals(Syntax.lemma(s.token(t.token())))) {
            return Roles.prepDependent(s, setter.index(), "to", "obl");
        }
        return -1;
    }

    /** Modes of a rule decreed over a region: martial law, a state of emergency, a curfew. */
    private static final Set<String> DECREED = Set.of("martial-law", "curfew");
    /** Nouns of a region a decree can be laid on. */
    private static final Set<String> REGIONS = Set.of("region", "territory", "province", "island", "state", "city",
        "district", "area", "capital", "country", "enclave", "county");
    /** Named-entity classes of a region a decree can be laid on. */
    private static final Set<String> REGION_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    /**
     * Where the lexicon's target slots are empty, a political actor in a slot that usually holds the other
     * party: "promised Marcos that", "demanded that China remove", "exercises with Russia", "massed troops
     * near the border with Ukraine", "warned ... if Hamas violated".
     */
    int fallbackTarget(Sentence s, Trigger t, EventType type, CodingContext ctx) {
        int head = t.nominal() ? t.token() : t.anchor();
        if (!t.nominal() && (type.quadClass() == 1 || type.quadClass() == 3)) {
            for (String rel : new String[] {"iobj", "obj"}) {
                Token o = Syntax.child(s, t.anchor(), rel);
                if (o != null && political(actors.actor(s, o.index(), ctx), ctx, false)) {
                    return o.index();
                }
            }
            for (Token c : s.children(t.anchor())) {
                if (c.deprel().equals("ccomp") || c.deprel().equals("xcomp")) {
                    Token subj = Syntax.child(s, c.index(), "nsubj");
                    if (subj != null && political(actors.actor(s, subj.index(), ctx), ctx, false)) {
                        return subj.index();
                    }
                }
            }
        }
        if (type.isCooperative() || type == EventType.CONCEDE) {
            int partner = Roles.agreementPartner(s, t.anchor());
            if (partner >= 0 && political(actors.actor(s, partner, ctx), ctx, false)) {
                return partner;
            }
        }
        if (type == EventType.COERCE && t.nominal() && t.sense().mode() != null && DECREED.contains(t.sense().mode())) {
            // "declared martial law in Mindanao", "a state of emergency in Tigray": the region it is laid on
            Token of = s.parent(head);
            // "a state of emergency in Tigray", with the place hung on "state"
            int phrase = of != null && of.isNoun() && s.hasCase(head, "of") ? of.index() : head;
            for (String prep : new String[] {"in", "across", "throughout", "over", "on"}) {
                int w = Roles.prepDependent(s, head, prep, "nmod");
                if (w < 0 && phrase != head) {
                    w = Roles.prepDependent(s, phrase, prep, "nmod");
                }
                if (w < 0 && t.anchor() != head) {
                    w = Roles.prepDependent(s, t.anchor(), prep, "obl");
                }
                if (w >= 0 && REGION_NER.contains(s.token(w).ner())) {
                    return w;
                }
                if (w >= 0 && REGIONS.contains(Syntax.lemma(s.token(w)))) {
                    // "across the island of Mindanao", "in the territory"
                    int named = Roles.prepDependent(s, w, "of", "nmod");
                    return named >= 0 && REGION_NER.contains(s.token(named).ner()) ? named : w;
                }
            }
        }
        if (t.nominal()) {
            for (String prep : type.isCooperative() ? new String[] {"with", "to", "for"} : new String[] {"against", "with", "on"}) {
                int w = Roles.prepDependent(s, head, prep, "nmod");
                if (w >= 0 && political(actors.actor(s, w, ctx), ctx, false)) {
                    return w;
                }
            }
        }
        if (type == EventType.MOBILIZE || type == EventType.ASSAULT || type == EventType.THREATEN) {
            for (String prep : TOWARD) {
                int w = Roles.prepDependent(s, t.anchor(), prep, "obl");
                if (w < 0 && t.nominal()) {
                    w = Roles.prepDependent(s, t.token(), prep, "nmod");
                }
                Token obj = Syntax.child(s, t.anchor(), "obj");
                if (w < 0 && obj != null) {
                    // "massed 94,000 troops near Ukraine's borders": the phrase hangs on the object
                    w = Roles.prepDependent(s, obj.index(), prep, "nmod");
                }
                if (w < 0) {
                    continue;
                }
                if (political(actors.actor(s, w, ctx), ctx, false) && actors.actor(s, w, ctx).country() != null) {
                    return w;
                }
                int inner = actors.nestedActor(s, w, ctx, 0);
                if (inner < 0) {
                    for (Token c : s.children(w)) {
                        if ((c.deprel().equals("compound") || c.deprel().equals("nmod:poss"))
                            && actors.actor(s, c.index(), ctx).country() != null) {
                            inner = c.index();
                        }
                    }
                }
                if (inner >= 0) {
                    return inner;
                }
            }
        }
        if (type == EventType.THREATEN) {
            // "warned of consequences if the ship was not released": the conditional's subject
            for (int node : new int[] {t.anchor(), s.token(t.anchor()).head()}) {
                if (node < 0) {
                    continue;
                }
                for (Token c : s.children(node)) {
                    if (c.deprel().equals("advcl") && Roles.hasMark(s, c.index(), "if")) {
                        Token subj = Syntax.child(s, c.index(), "nsubj");
                        if (subj != null && political(actors.actor(s, subj.index(), ctx), ctx, false)) {
                            return subj.index();
                        }
                    }
                }
            }
        }
        return -1;
    }

    /**
     * Whom a protest is aimed at: the nearest state organ, office holder or named political actor in the
     * protest clause, outside its subject ("marched ... demanding that President Lukashenko step down",
     * "against plans by President Alpha Conde", "burned an effigy of President Trump").
     */
    int protestTarget(Sentence s, int v, CodingContext ctx, Actor source) {
        java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
        for (Token c : s.children(v)) {
            if (!c.deprel().startsWith("nsubj") && !c.deprel().equals("punct")) {
                queue.add(new int[] {c.index(), 1});
            }
        }
        if ("conj".equals(s.token(v).deprel()) && s.parent(v) != null && s.parent(v).isVerb()) {
            // "burned an effigy of President Trump and chanted slogans": the first act's phrases too
            for (Token c : s.children(s.token(v).head())) {
                if (c.index() != v && !c.deprel().startsWith("nsubj") && !c.deprel().equals("punct")
                    && !c.deprel().equals("conj")) {
                    queue.add(new int[] {c.index(), 2});
                }
            }
        }
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            Token w = s.token(cur[0]);
            String prep = s.caseOf(w.index());
            if ("LOCATION".equals(w.ner()) && prep != null && PLACE_PREPS.contains(prep)) {
                // "marched through Minsk": the capital is where, not whom
                continue;
            }
            if (w.isNoun() && !Syntax.isTimeWord(w)) {
                Actor a = actors.actor(s, w.index(), ctx);
                if (a.isResolved() && political(a, ctx, false) && (source == null || !sameActor(a, source))
                    && (a.id() != null || a.sector() == null || STATE_SECTORS.contains(a.sector()))) {
                    return w.index();
                }
            }
            if (cur[1] < 4) {
                for (Token c : s.children(w.index())) {
                    if (!c.deprel().equals("punct")) {
                        queue.add(new int[] {c.index(), cur[1] + 1});
                    }
                }
            }
        }
        return -1;
    }

    /** Prepositions of place: a city after them is where a protest is, not whom it is aimed at. */
    private static final Set<String> PLACE_PREPS = Set.of("in", "at", "through", "across",
        "outside", "around", "near", "into", "to", "from", "on", "along", "throughout", "inside", "toward", "towards");

    /** Sectors of the state a protest is commonly aimed at. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "JUD", "MIL", "COP",
        "PTY", "IGO");

    /** Words that name an act rather than a party: "the strike", "her release", "the move". */
    boolean namesAnAct(Sentence s, int i) {
        String lemma = Syntax.lemma(s.token(i));
        return !lex.nounSenses(lemma).isEmpty() || ACT_WORDS.contains(lemma);
    }

    /** Words that stand for an act told before: "the move", "the decision", "the ruling", "it". */
    private static final Set<String> ACT_WORDS = Set.of("move", "decision", "step", "action", "act", "it", "this",
        "that", "ruling", "verdict", "resolution", "burning", "measure", "law", "legislation", "policy", "vote",
        "announcement", "remark", "comment", "statement", "order", "operation", "incursion", "seizure", "launch",
        "test", "takeover", "deployment", "violence");

    /** Objects that are not parties: "met face to face", "each other" (handled by the caller). */
    static boolean isNonTarget(Sentence s, int i) {
        String w = s.token(i).lowerWord();
        return w.equals("face") || w.equals("way") || w.equals("hand") || w.equals("end") || w.equals("part");
    }

    /**
     * "Twenty soldiers were killed in a clash with Chinese troops", "killed in an attack by the
     * Taliban": a passive verb without a "by" agent takes the author of the event noun it is told with.
     */
    int agentOfEventNoun(Sentence s, int v, Sense sense) {
        for (Token c : s.children(v)) {
            if (!c.baseRel().equals("obl") || !c.isNoun()) {
                continue;
            }
            for (Sense ns : lex.nounSenses(Syntax.lemma(c))) {
                if (ns.type() != sense.type()) {
                    continue;
                }
                int a = Roles.nounAgent(s, c.index());
                if (a < 0) {
                    a = actors.modifierAgentIndex(s, c.index());
                }
                if (a < 0 && ns.has(Sense.Flag.RECIP)) {
                    a = Roles.prepDependent(s, c.index(), "with", "nmod");
                }
                if (a >= 0) {
                    return a;
                }
            }
        }
        return -1;
    }

    /** The verb whose clause holds noun {@code n} (at most four steps up), or -1. */
    private static int governingVerb(Sentence s, int n) {
        return Roles.governingVerb(s, n, 4, null);
    }

    /** For "during talks with the Taliban": the subject of the clause the noun sits in. */
    static int governingSubject(Sentence s, int n) {
        int v = governingVerb(s, n);
        return v < 0 ? -1 : Roles.verbSubject(s, v, 0);
    }

    /** The object of the verb whose clause holds noun {@code n}. */
    static int governingObject(Sentence s, int n) {
        int v = governingVerb(s, n);
        if (v < 0) {
            return -1;
        }
        for (String rel : new String[] {"iobj", "obj"}) {
            Token o = Syntax.child(s, v, rel);
            if (o != null && o.index() != n) {
                return o.index();
            }
        }
        return -1;
    }

    /** Who a demand or threat is addressed to: "urged Israel to", "called on Kabul to", "warned Iran". */
    static int addressee(Sentence s, int cue) {
        Token o = Syntax.child(s, cue, "obj");
        if (o != null && o.isNoun()) {
            return o.index();
        }
        Token io = Syntax.child(s, cue, "iobj");
        if (io != null) {
            return io.index();
        }
        int on = Roles.prepDependent(s, cue, "on", "obl");
        if (on < 0) {
            on = Roles.markedClauseSubject(s, cue, "on");
        }
        if (on >= 0) {
            return on;
        }
        return Roles.prepDependent(s, cue, "from", "obl");
    }

    /** "The missiles fired by the Israeli military": the author of a weapon named as subject. */
    static int instrumentAuthor(Sentence s, int weapon) {
        int own = Roles.nounAgent(s, weapon);
        if (own < 0) {
            // "Syrian government missiles have struck"
            for (Token c : s.children(weapon)) {
                if ((c.deprel().equals("amod") || c.deprel().equals("compound")) && c.isNoun() || c.pos().startsWith("JJ")) {
                    if (c.deprel().equals("amod") || c.deprel().equals("compound")) {
                        own = c.index();
                        break;
                    }
                }
            }
        }
        if (own >= 0) {
            // "an air strike by the Saudi-led coalition hit a funeral hall"
            return own;
        }
        for (Token c : s.children(weapon)) {
            if (c.deprel().startsWith("acl") && c.isVerb()) {
                int by = Roles.byAgent(s, c.index());
                if (by >= 0) {
                    return by;
                }
            }
        }
        Token h = s.parent(weapon);
        if (h != null && "nsubj".equals(s.token(weapon).deprel()) && Roles.mainVerbAfterReducedRelative(s, h.index()) >= 0) {
            // "The missiles fired by the Israeli military struck ...", with "fired" read as the clause
            return Roles.byAgent(s, h.index());
        }
        return -1;
    }

    /** Heads of a toll of people: "17 people" (counts such as "dozens" are in {@link #COUNTS}). */
    private static final Set<String> TOLL_HEADS = Set.of("people", "person");
    /** Prepositions that name what a blast or an attacker hit: "slammed into a market", "tore through an academy". */
    private static final Set<String> IMPACT = Set.of("into", "at", "through", "inside", "on", "among");

    /**
     * What an attack told by a participle with its toll struck, when the toll is its target: "stormed a Nairobi
     * shopping mall, killing at least 59 people", "a bus was hit by an air strike, killing 29 children" (the clause's
     * object, passive subject or the place it hit); -1 when the target {@code targ} is no toll, {@code v} no such
     * participle, or what was struck can be no target. With no attacker named ("a car bomb exploded near a
     * checkpoint, killing 12 people") the dead stay the party the event is told of, unless the place struck is one.
     */
    int struckForToll(Sentence s, int v, int subj, int targ, CodingContext ctx) {
        if (targ < 0 || !casualtyCount(s, targ)) {
            return -1;
        }
        int struck = struckBefore(s, v);
        Actor hit = struck >= 0 ? actors.actor(s, struck, ctx) : null;
        return hit != null && acceptableTarget(s, struck, hit) && (hit.isResolved()
            || subj >= 0 && !isInstrument(s, subj) && actors.actor(s, subj, ctx).isResolved()) ? struck : -1;
    }

    /** Word {@code i} heads a casualty count: "17 people", "at least 40 personnel", "dozens". */
    private static boolean casualtyCount(Sentence s, int i) {
        Token t = s.token(i);
        return t.pos().equals("CD") || TOLL_HEADS.contains(Syntax.lemma(t)) || COUNTS.contains(t.lowerWord())
            || s.children(i).stream().anyMatch(c -> c.deprel().equals("nummod"));
    }

    /** The object, passive subject or place hit of the clause a participle hangs on, before it; -1 if none. */
    private static int struckBefore(Sentence s, int v) {
        Token p = s.token(v);
        Token head = s.parent(v);
        if (!p.pos().equals("VBG") || head == null || !head.isVerb() || head.index() > v
            || !(p.deprel().equals("advcl") || p.deprel().equals("xcomp") || p.deprel().equals("conj")
                || p.deprel().equals("dep"))) {
            return -1;
        }
        for (Token c : s.children(head.index())) {
            if (c.index() < v && (c.deprel().equals("obj") || c.deprel().equals("nsubj:pass")) && c.isNoun()
                && !c.isPronoun() && !casualtyCount(s, c.index())) {
                return c.index();
            }
        }
        for (Token c : s.children(head.index())) {
            if (c.index() < v && c.baseRel().equals("obl") && c.isNoun() && IMPACT.stream()
                .anyMatch(prep -> s.hasCase(c.index(), prep))) {
                return c.index();
            }
        }
        return -1;
    }

    /** Word {@code i} names a building, site or other place in the lexicon's facility class. */
    boolean isPlace(Sentence s, int i) {
        Token t = s.token(i);
        return lex.nounIs(t, "facility");
    }

    /** Word {@code i} names a weapon or other instrument in the lexicon. */
    boolean isInstrument(Sentence s, int i) {
        return lex.nounIs(Syntax.lemma(s.token(i)), "instrument");
    }

    /** "Five soldiers were killed in a bomb attack": an unattributed act told with its weapon. */
    boolean mentionsInstrument(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.isNoun() && isInstrument(s, t.index())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COUNTS = Set.of("dozens", "hundreds", "scores", "thousands", "dozen",
        "number", "series", "string", "handful");

    /**
     * Word {@code i} heads a person's name the tagger marked PERSON ("Papandreou", "Pete Wilson"), not a
     * title, a common noun or a pronoun.
     */
    boolean unknownPersonName(Sentence s, int i) {
        Token t = s.token(i);
        return "PERSON".equals(t.ner()) && t.isNoun() && !t.isPronoun() && Character.isUpperCase(t.word().charAt(0))
            && t.word().length() > 2 && !t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT));
    }

    /** A target worth coding: an actor, a named person or place, or a building, place or vehicle. */
    boolean acceptableTarget(Sentence s, int i, Actor target) {
        if (target == null) {
            return false;
        }
        if (target.isResolved()) {
            return true;
        }
        if (i < 0) {
            return false;
        }
        Token t = s.token(i);
        if (t.isPronoun() && Set.of("him", "her", "them", "us").contains(t.lowerWord())) {
            return true;
        }
        String ner = t.ner();
        if ("PERSON".equals(ner) || "LOCATION".equals(ner) || "ORGANIZATION".equals(ner)
            || lex.nounIs(t, "facility")) {
            return true;
        }
        // "the border island of Yeonpyeong": a common noun named by the place it is;
        // "dozens of targets", "one of its resupply boats": a count of them
        for (Token c : s.children(i)) {
            if (c.deprel().equals("nmod") && s.hasCase(c.index(), "of")
                && (COUNTS.contains(t.lowerWord()) || t.lowerWord().equals("one") || t.lowerWord().equals("two"))
                && lex.nounIs(c, "facility")) {
                return true;
            }
            if (c.deprel().equals("appos") && c.isProperNoun()) {
                // "a little-known local Islamist group, National Thowheeth Jama'ath": named in apposition
                return true;
            }
            if (c.deprel().equals("nmod:poss") && t.isProperNoun() && t.word().matches(".*\\d.*")) {
                // "his MiG-21", "their F-16s": a craft named by its model
                return true;
            }
            if (c.deprel().equals("nmod") && "LOCATION".equals(c.ner()) && s.hasCase(c.index(), "of")) {
                return true;
            }
            if (c.deprel().equals("conj") && (lex.nounIs(c, "facility") || "LOCATION".equals(c.ner()))) {
                // "blocked railway tracks and highways": a list is a target when one of its members is
                return true;
            }
        }
        return false;
    }
}
