package org.parley.coding;

import org.parley.model.EventType;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the event predicates of a parsed sentence: lexicon nouns (alone, carried by a light verb as in
 * "held talks", or spoken through a plan-like or counting noun as in "a withdrawal plan", "two days of
 * talks") and lexicon verbs (with their particle and object class). Stateless and thread-safe.
 */
final class TriggerFinder {

    private final Lexicon lex;

    TriggerFinder(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The predicates of parsed sentence {@code s}, sorted by predicate token; at most one verb sense per
     * verb, and none on a verb that already carries a noun as its light verb.
     *
     * @param log receives one {@code trigger} line per predicate found; never null
     */
    List<Trigger> find(Sentence s, Consumer<String> log) {
        List<Trigger> found = new ArrayList<>();
        Set<Integer> lightAnchors = new LinkedHashSet<>();
        for (Token t : s.tokens()) {
            if (!t.isNoun() && !t.pos().equals("$") || t.isProperNoun() && t.index() > 0) {
                // a proper noun names something ("The Clash", "Operation Protective Edge"), it is no act
                continue;
            }
            if (t.index() > 1 && Character.isUpperCase(t.word().charAt(0))
                && s.token(t.index() - 1).word().equals("The")) {
                // "... and The Clash complete the top 10", tagged as a common noun: a title or a name
                continue;
            }
            List<Sense> senses = lex.nounSenses(t.pos().equals("$") ? "$" : Syntax.lemma(t));
            if (senses.isEmpty()) {
                continue;
            }
            if (s.children(t.index()).stream().anyMatch(c -> c.lowerWord().equals("such")
                && (c.deprel().equals("det") || c.deprel().equals("amod")))) {
                // "has blamed such attacks on Iran-backed militias": a kind of act, not one that happened
                continue;
            }
            if (senses.stream().allMatch(sn -> sn.type() == EventType.ASSAULT) && s.children(t.index()).stream()
                .anyMatch(c -> (c.deprel().equals("amod") || c.deprel().equals("compound")) && lex.nounIs(c, "figurative")
                    || c.deprel().startsWith("nmod") && (s.hasCase(c.index(), "with") || s.hasCase(c.index(), "against"))
                        && lex.nounIs(c, "illness"))) {
                // "its legal battle with Apple", "the US election battle": a contest fought without arms; "died after a
                // two-year battle with cancer", "the fight against malaria": an illness is no enemy
                continue;
            }
            int carrier = carrier(lex, s, t.index());
            if (carrier != t.index() && "compound".equals(t.deprel()) && lex.nounSenses(Syntax.lemma(s.token(carrier)))
                .stream().anyMatch(sn -> !sn.modifiers().isEmpty() && modifiersMatch(s, carrier, sn))) {
                // "observe all ceasefire agreements": the listed compound is the act, not its modifier alone
                continue;
            }
            Token p = s.parent(carrier);
            String rel = s.token(carrier).deprel();
            if (p != null && rel.equals("obj") && participleReadAsVerb(s, p)) {
                // "imposed sweeping new sanctions", with "sweeping" tagged a verb taking the object
                p = s.parent(p.index());
            } else if (p != null && rel.equals("conj") && p.isNoun()
                && "obj".equals(s.token(carrier(lex, s, p.index())).deprel())
                && s.parent(carrier(lex, s, p.index())) != null && s.parent(carrier(lex, s, p.index())).isVerb()) {
                // "sent food, equipment and drugs", "sent a team of medical experts, equipment and drugs": a
                // conjoined object shares the verb, also when the first conjunct is counted by a measure
                p = s.parent(carrier(lex, s, p.index()));
                rel = "obj";
            } else if (p != null && rel.equals("nsubj") && objectReadAsSmallClause(s, carrier, p)) {
                // "have held talks in Oslo mediated by Norway", parsed as if the talks were the subject of "mediated"
                p = s.parent(p.index());
                rel = "obj";
            }
            boolean oblLight = p != null && p.isVerb() && rel.startsWith("obl")
                && (s.hasCase(carrier, "under") && senses.stream().noneMatch(sn -> sn.type() == EventType.AGREE)
                    || s.hasCase(carrier, "into")
                    || lex.lightVerbs(Syntax.lemma(p)).stream()
                        .anyMatch(lv -> lv.particle() != null && s.hasCase(carrier, lv.particle())));
            final Lexicon.LightVerb light = p != null && p.isVerb()
                && (rel.equals("obj") || rel.equals("nsubj:pass") || oblLight) ? lightVerb(s, p.index(), carrier) : null;
            List<Sense> ok = new ArrayList<>();
            Sense targeted = null;
            for (Sense sense : senses) {
                if (!modifiersMatch(s, t.index(), sense)) {
                    continue;
                }
                boolean carried = light != null && light.carries(sense.type());
                if (sense.has(Sense.Flag.LIGHT_ONLY) && !carried) {
                    continue;
                }
                if (sense.has(Sense.Flag.NEED_TARGET) && !(carried && light.received())) {
                    int lt = light == null ? -1 : Roles.verbTarget(s, p.index(), prepsOnly(sense));
                    if (Roles.nounTarget(s, t.index(), sense) < 0 && (lt < 0 || lt == t.index() || lt == carrier)
                        && !(light != null && sense.type().quadClass() == 3 && thatClause(s, t.index()))) {
                        // "strikes on Hamas positions" is an attack; "a strike at the plant" is not; "issued a
                        // warning that it would not tolerate a coup" is a threat made, whoever it is aimed at
                        continue;
                    }
                    if (targeted == null) {
                        targeted = sense;
                    }
                }
                ok.add(sense);
            }
            if (ok.isEmpty()) {
                continue;
            }
            Sense chosen = null;
            if (light != null && !light.types().isEmpty()) {
                // a transfer verb picks its own reading: "delivered missiles" is aid
                chosen = ok.stream().filter(x -> light.carries(x.type())).findFirst().orElse(null);
            }
            if (chosen == null) {
                int longest = ok.get(0).modifiers().size();
                chosen = targeted != null && targeted.modifiers().size() >= longest ? targeted : ok.get(0);
            }
            if (chosen == null) {
                continue;
            }
            int anchor = t.index();
            Lexicon.LightVerb used = light != null && light.carries(chosen.type()) ? light : null;
            if (used != null) {
                anchor = p.index();
                lightAnchors.add(anchor);
            } else if (carrier != t.index()) {
                anchor = carrier;
            }
            found.add(new Trigger(t.index(), chosen, anchor, used));
        }
        for (Token t : s.tokens()) {
            if (!t.isVerb() || lightAnchors.contains(t.index())) {
                continue;
            }
            List<Sense> vs = new ArrayList<>(lex.verbSenses(Syntax.lemma(t)));
            // a sense that asks for a clause of its own class first ("promised that those responsible would be
            // punished"), then the verb's own particle before a preposition further on ("rounded up ... on Friday")
            vs.sort(java.util.Comparator.<Sense, Boolean>comparing(sn -> sn.clauseClass() == null)
                .thenComparing(sn -> !(sn.particle() != null && Syntax.hasOwnParticle(s, t.index(), sn.particle()))));
            for (Sense sense : vs) {
                if (sense.particle() != null && !Syntax.hasParticle(s, t.index(), sense.particle())) {
                    continue;
                }
                boolean deniedCharge = sense.has(Sense.Flag.RELATIVE) && chargeDeniedByWhich(lex, s, t.index()) >= 0;
                if (sense.objClass() != null && !objectIs(s, t.index(), sense.objClass()) && !deniedCharge) {
                    continue;
                }
                if (sense.has(Sense.Flag.RELATIVE) && !Roles.objectRelative(s, t.index()) && !deniedCharge) {
                    // "a charge the army denied" answers the charge; "denied charges that ..." is a statement
                    continue;
                }
                if (sense.has(Sense.Flag.CARGO) && !bringsRelief(s, t.index())) {
                    // "an aircraft carrying relief supplies landed in Port-au-Prince" brings aid; a landing does not
                    continue;
                }
                int gatherer = sense.has(Sense.Flag.CROWD) ? gatherer(s, t.index()) : -1;
                if (sense.has(Sense.Flag.CROWD) && (gatherer < 0 || !phraseIs(s, gatherer, "protester", false))) {
                    // "anti-war protesters gathered outside parliament" protest; "leaders will gather for a meeting" do not
                    continue;
                }
                if (sense.has(Sense.Flag.FORCES) && !forcesMoveIn(s, t.index())) {
                    // "Senegalese troops crossed into Gambia" deploys; "refugees crossed into Chad" does not
                    continue;
                }
                if (sense.predClass() != null && smallClausePredicate(s, t.index(), sense.predClass()) < 0) {
                    // "called the raid a kidnapping" charges; "called the meeting" does not
                    continue;
                }
                if (sense.clauseClass() != null && clauseWord(s, t.index(), sense.clauseClass()) < 0) {
                    // "vowed that the attackers would pay a heavy price" threatens; "vowed that elections would
                    // go ahead" does not
                    continue;
                }
                if (sense.particle() == null && foreignParticle(s, t.index())) {
                    // "pushed Japan off the top", "fired back at critics": the phrasal verb means something else
                    continue;
                }
                if (sense.particle() == null && CLAUSE_ONLY.contains(sense.lemma())
                    && s.children(t.index()).stream().noneMatch(c -> c.deprel().equals("xcomp")
                        || c.deprel().equals("ccomp") || c.deprel().equals("advcl") && Roles.hasMark(s, c.index(), "to"))) {
                    // "pushed Iran to resume talks" asks; "pushed Japan off the top" does not
                    continue;
                }
                if (sense.type() == EventType.PROTEST && INTRANSITIVE_PROTEST.contains(sense.lemma())
                    && s.children(t.index()).stream().anyMatch(c -> c.deprel().equals("obj")
                        || sense.lemma().equals("demonstrate") && (c.deprel().equals("ccomp") || c.deprel().equals("xcomp")))) {
                    // "demonstrated its resolve", "have to demonstrate that things work", "rallied supporters"
                    continue;
                }
                if (sense.lemma().equals("retaliate") && s.children(t.index()).stream()
                    .anyMatch(c -> c.deprel().equals("advcl") && Roles.hasMark(s, c.index(), "by"))) {
                    // "retaliated by ordering 20 Czech embassy staff to leave": the means is the act
                    break;
                }
                found.add(new Trigger(t.index(), sense, t.index(), null));
                break;
            }
        }
        found.sort((a, b) -> Integer.compare(a.token(), b.token()));
        for (Trigger t : found) {
            log.accept("  trigger " + t.sense().label() + " -> " + t.sense().type() + " @" + t.token() + " '"
                + s.token(t.token()).word() + "'" + (t.light() != null ? " light verb '" + s.token(t.anchor()).word()
                + "'" : "") + " [" + t.sense().origin() + "]");
        }
        // "abducted 100 girls ..., in one of the boldest attacks yet by the group": a ranking of a deed the sentence
        // tells with a verb of its own is no second deed ("converged on Belgrade for one of the largest protests"
        // has no other)
        found.removeIf(tr -> tr.nominal() && oneOfTheWorst(s, tr.token()) && found.stream()
            .anyMatch(o -> o != tr && !o.nominal() && o.sense().type() == tr.sense().type()));
        return found;
    }

    /** Heads that carry the act named by their compound modifier without making it a plan. */
    private static final Set<String> EFFORT_HEADS = Set.of("effort", "drive", "process", "mission", "initiative");

    /** Verbs that ask only with a clause: "pushed/pressed Iran to resume talks". */
    private static final Set<String> CLAUSE_ONLY = Set.of("push", "press");

    /** Protest verbs that take no object when they mean a protest. */
    private static final Set<String> INTRANSITIVE_PROTEST = Set.of("demonstrate", "rally", "parade");

    /** Verb {@code v} carries a particle of its own (RP), making a phrasal verb no bare row covers. */
    private static boolean foreignParticle(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if (c.deprel().equals("compound:prt") && c.pos().equals("RP")) {
                return true;
            }
        }
        return false;
    }

    /** Whether noun {@code n} takes a content clause: "a warning that it would not tolerate a coup". */
    static boolean thatClause(Sentence s, int n) {
        for (Token c : s.children(n)) {
            if ((c.deprel().equals("acl") || c.deprel().equals("ccomp")) && c.isVerb()
                && s.children(c.index()).stream().anyMatch(m -> m.deprel().equals("mark") && m.lowerWord().equals("that"))) {
                return true;
            }
        }
        return false;
    }

    /** Words that take a share of what hangs under them by "of": "some of the military equipment". */
    private static final Set<String> PARTITIVES = Set.of("some", "part", "portion", "much", "most", "all", "half",
        "more", "many", "rest", "bulk", "share", "majority", "fraction", "lot", "lots", "plenty");
    /** Words that bound an amount hanging under them by "than": "more than $4 million worth of". */
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "over", "under");

    /** A trigger noun compounded with a plan-like noun speaks through it: "a withdrawal plan". */
    /** "one of the deadliest attacks", "one of the biggest protests": a superlative ranking under "one of". */
    static boolean oneOfTheWorst(Sentence s, int n) {
        Token p = s.parent(n);
        if (p == null || !p.lowerWord().equals("one") || !s.hasCase(n, "of")) {
            return false;
        }
        return s.children(n).stream().anyMatch(c -> c.deprel().equals("amod")
            && (c.pos().equals("JJS") || c.lowerWord().equals("worst") || c.lowerWord().startsWith("most")));
    }

    static int carrier(Lexicon lex, Sentence s, int n) {
        Token t = s.token(n);
        Token p = s.parent(n);
        if (p != null && t.deprel().startsWith("nmod")
            && (s.hasCase(n, "of") || s.hasCase(n, "in") || s.hasCase(n, "for"))
            && (lex.nounIs(Syntax.lemma(p), "measure") || p.pos().equals("CD") || p.pos().equals("$")
                || PARTITIVES.contains(p.lowerWord()) && s.hasCase(n, "of"))) {
            return carrier(lex, s, p.index());
        }
        if (p != null && t.deprel().startsWith("nmod") && s.hasCase(n, "than") && COMPARATIVES.contains(p.lowerWord())) {
            // "handed over more than $4 million worth of equipment": the amount is the object
            return carrier(lex, s, p.index());
        }
        if (p != null && "compound".equals(t.deprel()) && p.isNoun()
            && (lex.nounIs(Syntax.lemma(p), "plan") || EFFORT_HEADS.contains(Syntax.lemma(p)))) {
            // "a withdrawal plan", "launched a mediation effort"
            return p.index();
        }
        if (p != null && "nmod".equals(t.deprel()) && p.isNoun() && lex.nounIs(Syntax.lemma(p), "plan")
            && "for".equals(s.caseOf(n))) {
            return p.index();
        }
        return n;
    }

    /** What forces sent to bring relief come for: "arrived in Nepal to help deliver aid". */
    private static final Set<String> RELIEF = Set.of("aid", "relief", "rescue", "peacekeeping", "humanitarian",
        "earthquake", "flood", "survivor", "evacuation");

    /** Heads that name an act by what follows "of": "an act of aggression", "a form of terrorism", "part of a coup". */
    private static final Set<String> ACT_HEADS = Set.of("act", "form", "kind", "case", "example", "declaration",
        "part");

    /**
     * The predicate of the verb's small clause ("called the flights <b>provocative</b>", "calling it a
     * <b>kidnapping</b>", "called the downing a <b>stab</b> in the back") when its lemma, or a modifier of it
     * ("a <b>cowardly</b> act"), is of the class; -1 otherwise.
     */
    int smallClausePredicate(Sentence s, int v, String cls) {
        return smallClausePredicate(lex, s, v, cls);
    }

    static int smallClausePredicate(Lexicon lex, Sentence s, int v, String cls) {
        List<Token> cands = new ArrayList<>();
        Token obj = Syntax.child(s, v, "obj");
        for (Token c : s.children(v)) {
            if (c.deprel().equals("xcomp") || c.deprel().equals("obl:npmod")
                || c.deprel().equals("obj") && (Syntax.child(s, v, "iobj") != null || indefinite(s, c.index()))
                || c.deprel().equals("advmod") && c.pos().startsWith("JJ") && obj != null && c.index() > obj.index()) {
                // "called them criminals", "calling it a kidnapping", "called the ambassador a stupid guy",
                // "called the downing a stab in the back" (parsed with the downing as a modifier), "called the
                // burning deeply disrespectful" (with the adjective read as an adverb of the verb)
                cands.add(c);
            }
        }
        if (obj != null) {
            // "called Hungary's new law 'a shame'", with the predicate hung on the object; "called the extradition
            // illegal", with the predicate read as an adjective after the object
            s.children(obj.index()).stream().filter(c -> c.deprel().equals("dep")
                || c.deprel().equals("appos") && c.index() > obj.index() + 1
                || c.deprel().equals("amod") && c.index() > obj.index()).forEach(cands::add);
            if (lex.nounIs(obj, cls) && s.children(obj.index()).stream().anyMatch(c -> c.deprel().equals("compound")
                && !lex.nounSenses(Syntax.lemma(c)).isEmpty())) {
                // "called the raid state terrorism", with the act read as a modifier of the name
                return obj.index();
            }
        }
        for (Token c : cands) {
            if (lex.nounIs(c, cls)) {
                return c.index();
            }
            for (Token m : s.children(c.index())) {
                // "illegal and politically motivated", "an act of aggression"
                if ((m.deprel().equals("amod") || m.deprel().equals("compound") || m.deprel().equals("conj")
                    || m.deprel().startsWith("nmod") && s.hasCase(m.index(), "of") && ACT_HEADS.contains(Syntax.lemma(c)))
                    && lex.nounIs(m, cls)) {
                    return c.index();
                }
            }
        }
        return -1;
    }

    /**
     * A word of class {@code cls} in verb {@code v}'s finite complement clause: the clause's own verb ("would be
     * punished") or a word it governs directly ("would pay a heavy price", "would be brought to justice", "will
     * not go unpunished"); -1 when there is none.
     */
    int clauseWord(Sentence s, int v, String cls) {
        for (Token c : s.children(v)) {
            if (!c.deprel().equals("ccomp")) {
                continue;
            }
            if (lex.nounIs(c, cls)) {
                return c.index();
            }
            for (Token w : s.children(c.index())) {
                String rel = w.baseRel();
                if ((rel.equals("obj") || rel.equals("obl") || rel.equals("xcomp") || rel.equals("advmod"))
                    && lex.nounIs(w, cls)) {
                    return w.index();
                }
            }
        }
        return -1;
    }

    /** A noun with "a" or "an": "a kidnapping", the predicate of a small clause rather than its subject. */
    private static boolean indefinite(Sentence s, int n) {
        return s.children(n).stream().anyMatch(d -> d.deprel().equals("det")
            && (d.lowerWord().equals("a") || d.lowerWord().equals("an")));
    }

    /** The verb's object (or passive subject), through counting heads, is of the noun class. */
    private boolean objectIs(Sentence s, int v, String cls) {
        Token o = Syntax.child(s, v, Syntax.isPassive(s, v) ? "nsubj:pass" : "obj");
        if (o == null && "VBN".equals(s.token(v).pos()) && "xcomp".equals(s.token(v).deprel())) {
            // "ordered the sanctions lifted": a participle's small-clause subject is what it acts on
            o = Syntax.child(s, v, "nsubj");
        }
        if (o == null && (Roles.gerundReadAsModifier(s, v) || Roles.objectRelative(s, v))) {
            // "after cutting ties with Taiwan", with the gerund read as an adjective of its object; "a charge the
            // army denied", a relative clause on its object
            o = s.parent(v);
        }
        if (o == null) {
            return false;
        }
        if (Syntax.lemma(o).equals("access")) {
            // "blocked access to Facebook": what access is to
            for (Token c : s.children(o.index())) {
                if (c.deprel().startsWith("nmod") && s.hasCase(c.index(), "to") && phraseIs(s, c.index(), cls, true)) {
                    return true;
                }
            }
        }
        return cls.equals("*") || phraseIs(s, o.index(), cls, true);
    }

    /**
     * Forces that move into a place deploy: "Senegalese troops crossed into Gambia", "the first of about 1,300
     * Australian troops arrived in East Timor". Not forces that leave ("rolled across the border from Iraq into
     * Kuwait"), that move in to attack or seize ("poured into South Ossetia and attacked Georgian positions"), or
     * that come to bring aid or keep the peace ("arrived in Nepal to help deliver aid").
     */
    private boolean forcesMoveIn(Sentence s, int v) {
        int subj = Roles.verbSubject(s, v, 0);
        if (subj < 0 || Syntax.isPassive(s, v) || !phraseIs(s, subj, "troops", false)) {
            return false;
        }
        for (Token c : s.children(v)) {
            if (c.deprel().startsWith("obl") && s.hasCase(c.index(), "from")) {
                return false;
            }
            if (c.deprel().equals("conj") && c.isVerb() && lex.verbSenses(Syntax.lemma(c)).stream()
                .anyMatch(x -> x.type() == EventType.ASSAULT || x.type() == EventType.COERCE)) {
                return false;
            }
            if ((c.deprel().equals("advcl") || c.deprel().equals("xcomp")) && s.tokens().stream()
                .anyMatch(w -> RELIEF.contains(Syntax.lemma(w)) && s.dominates(c.index(), w.index()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The verb of the charge that ", which the Kremlin denies" answers, or -1: the relative clause's object is "which"
     * after a comma, and a verb of accusation comes before it ("Britain has blamed Moscow for the nerve agent
     * attack on Sergei Skripal, which the Kremlin denies").
     */
    static int chargeDeniedByWhich(Lexicon lex, Sentence s, int v) {
        Token self = s.token(v);
        Token o = Syntax.child(s, v, "obj");
        if (!"acl:relcl".equals(self.deprel()) || o == null || !o.lowerWord().equals("which") || o.index() == 0
            || !s.token(o.index() - 1).word().equals(",") || Syntax.child(s, v, "nsubj") == null) {
            return -1;
        }
        for (int a = v - 1; a >= 0; a--) {
            // the nearest verb of accusation before it (the parser may hang the clause anywhere in the charge)
            Token at = s.token(a);
            if (at.isVerb() && lex.verbSenses(Syntax.lemma(at)).stream().anyMatch(x -> x.type() == EventType.ACCUSE)) {
                return a;
            }
        }
        return -1;
    }

    /** Verbs of command: their object is who is told to act ("ordered troops to withdraw"); also read by RetypeRules. */
    static final Set<String> COMMAND_VERBS = Set.of("order", "command", "instruct", "direct");

    /** Verbs of going away that an order may tell forces to do. */
    private static final Set<String> WITHDRAWING = Set.of("leave", "quit", "depart", "exit", "vacate", "withdraw",
        "retreat", "pull");

    /** Who gathers at verb {@code v}: its subject, or the noun its participle modifies ("his supporters gathered"). */
    static int gatherer(Sentence s, int v) {
        int subj = Roles.verbSubject(s, v, 0);
        Token p = s.parent(v);
        return subj < 0 && "acl".equals(s.token(v).deprel()) && p != null && p.isNoun() ? p.index() : subj;
    }

    /** Participles by which a craft or convoy carries its load: "a ship carrying wheat", "loaded with tents". */
    private static final Set<String> CARRYING = Set.of("carry", "bring", "load", "laden", "transport", "ferry");

    /**
     * What arrives at verb {@code v} brings relief: its subject is a relief team or relief goods ("Spanish rescue
     * teams arrived in Morocco", "a brigade of 52 Cuban doctors"), carries them ("an aircraft carrying relief supplies
     * landed", "a ship loaded with blankets", "reached Tonga with water supplies", "landed in Karachi the same day
     * carrying food", with the participle hung on the time phrase), or is forces come to help ("paratroopers arrived
     * to help quell the uprising"). Weapons carried are no relief.
     */
    private boolean bringsRelief(Sentence s, int v) {
        int subj = Roles.verbSubject(s, v, 0);
        if (subj < 0 || Syntax.isPassive(s, v)) {
            return false;
        }
        if (reliefPhrase(s, subj)) {
            return true;
        }
        List<Token> loads = new ArrayList<>();
        List<Integer> holders = new ArrayList<>(List.of(subj, v));
        s.children(v).stream().filter(c -> c.deprel().equals("obl:tmod")).forEach(c -> holders.add(c.index()));
        for (int holder : holders) {
            for (Token c : s.children(holder)) {
                if ((c.deprel().startsWith("acl") || c.deprel().equals("advcl") && holder == v) && c.isVerb()
                    && CARRYING.contains(Syntax.lemma(c))) {
                    s.children(c.index()).stream().filter(o -> o.deprel().equals("obj")
                        || o.deprel().startsWith("obl") && s.hasCase(o.index(), "with")).forEach(loads::add);
                }
                if (holder == v && c.deprel().startsWith("obl") && s.hasCase(c.index(), "with")) {
                    loads.add(c);
                }
            }
        }
        if (loads.stream().anyMatch(o -> reliefPhrase(s, o.index()))) {
            return true;
        }
        return phraseIs(s, subj, "troops", false) && s.children(v).stream()
            .anyMatch(c -> (c.deprel().equals("advcl") || c.deprel().equals("xcomp"))
                && Roles.hasMark(s, c.index(), "to") && Syntax.lemma(c).equals("help"));
    }

    /**
     * The phrase headed by {@code i} names relief goods or a relief team, itself or through what it counts ("5,500
     * tonnes of wheat flour", "a brigade of 52 Cuban doctors"): a noun that transfer verbs carry as humanitarian aid.
     */
    private boolean reliefPhrase(Sentence s, int i) {
        return inPhrase(s, i, at -> lex.nounSenses(Syntax.lemma(s.token(at))).stream()
            .anyMatch(sn -> sn.type() == EventType.AID && sn.has(Sense.Flag.LIGHT_ONLY)
                && sn.context().contains("humanitarian") && modifiersMatch(s, at, sn)));
    }

    /**
     * The phrase headed by {@code i} names a noun of the class: its head, what it counts or picks out ("the first of
     * about 1,300 Australian troops"), or, when {@code compounds}, a compound on the head ("eased curfew hours"; not
     * for a subject: "a U.S. Air Force transport plane" is no force).
     */
    private boolean phraseIs(Sentence s, int i, String cls, boolean compounds) {
        return compounds && s.children(i).stream().anyMatch(c -> "compound".equals(c.deprel()) && lex.nounIs(c, cls))
            || inPhrase(s, i, n -> lex.nounIs(s.token(n), cls));
    }

    /**
     * Whether {@code test} holds for the head {@code i} of a phrase or for what it counts or picks out, through up to
     * two "of" phrases ("thousands of his supporters", "the first of about 1,300 Australian troops").
     */
    private static boolean inPhrase(Sentence s, int i, java.util.function.IntPredicate test) {
        for (int k = 0; k < 3 && i >= 0; k++) {
            if (test.test(i)) {
                return true;
            }
            int of = -1;
            for (Token c : s.children(i)) {
                if (c.deprel().startsWith("nmod") && s.hasCase(c.index(), "of")) {
                    of = c.index();
                }
            }
            i = of;
        }
        return false;
    }

    /**
     * An adjectival participle the tagger read as a verb right after the real verb: "imposed sweeping
     * sanctions", "launched crippling strikes". It is no trigger or light verb of its own.
     */
    private boolean participleReadAsVerb(Sentence s, Token p) {
        return Roles.participleAfterVerb(s, p) && lex.lightVerbs(Syntax.lemma(p)).isEmpty()
            && lex.verbSenses(Syntax.lemma(p)).isEmpty() && Syntax.child(s, p.head(), "obj") == null;
    }

    /** Adjectives of the reach of a measure: "declared martial law nationwide". */
    private static final Set<String> SCOPES = Set.of("nationwide", "countrywide", "statewide", "citywide");

    /**
     * A noun after an object-less verb, made the subject of a participle or clause that follows it ("held talks in
     * Oslo mediated by Norway"), or of an adjective of reach ("declared martial law nationwide").
     */
    private boolean objectReadAsSmallClause(Sentence s, int noun, Token p) {
        Token gp = s.parent(p.index());
        return gp != null && gp.isVerb() && noun > gp.index() && noun < p.index()
            && (p.deprel().equals("xcomp") || p.deprel().equals("ccomp"))
            && (p.pos().equals("VBN") || p.pos().equals("JJ") && SCOPES.contains(p.lowerWord()))
            && Syntax.child(s, gp.index(), "obj") == null
            // "ordered the sanctions lifted": the participle is an act on the noun's class, the noun its object
            && lex.verbSenses(Syntax.lemma(p)).stream().noneMatch(sn -> sn.objClass() != null
                && lex.nounIs(s.token(noun), sn.objClass()));
    }

    private Lexicon.LightVerb lightVerb(Sentence s, int v, int noun) {
        if (COMMAND_VERBS.contains(Syntax.lemma(s.token(v))) && s.children(v).stream()
            .anyMatch(c -> (c.deprel().equals("xcomp") || c.deprel().equals("advcl"))
                && Roles.hasMark(s, c.index(), "to") && WITHDRAWING.contains(Syntax.lemma(c)))) {
            // "ordered French special forces to leave the country", "ordered his forces to withdraw": the forces are
            // told to go, not sent ("ordered the armed forces to neutralise the gangs" sends them)
            return null;
        }
        for (Lexicon.LightVerb lv : lex.lightVerbs(Syntax.lemma(s.token(v)))) {
            if (lv.particle() == null || Syntax.hasParticle(s, v, lv.particle())
                || s.token(noun).head() == v && s.hasCase(noun, lv.particle())) {
                return lv;
            }
        }
        return null;
    }

    private static boolean modifiersMatch(Sentence s, int n, Sense sense) {
        if (sense.modifiers().isEmpty()) {
            return true;
        }
        // the modifiers must be the words right before the head: "air strike", "peace talks"
        int k = n - 1;
        for (int m = sense.modifiers().size() - 1; m >= 0; m--, k--) {
            while (k >= 0 && s.token(k).word().equals("-")) {
                k--;
            }
            if (k < 0) {
                return false;
            }
            Token tk = s.token(k);
            String want = sense.modifiers().get(m);
            if (!tk.lowerWord().equals(want) && !Syntax.lemma(tk).equals(want)) {
                return false;
            }
        }
        return true;
    }

    /** The sense with its target slots reduced to prepositions and the light verb's indirect object. */
    static Sense prepsOnly(Sense s) {
        // the light verb's indirect object receives the act: "gave Putin a stern warning", "offered Iran talks"
        List<String> preps = new ArrayList<>(s.targets().stream().filter(x -> !x.equals("obj") && !x.equals("iobj"))
            .toList());
        preps.add("iobj");
        return new Sense(s.noun(), s.lemma(), s.particle(), s.modifiers(), s.type(), s.mode(), s.context(), s.cameo(),
            preps, s.flags(), s.objClass(), s.predClass(), s.clauseClass(), s.origin());
    }
}
