package org.parley.coding;

import org.parley.model.Actor;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static org.parley.coding.ActorFinder.sameActor;

/**
 * Works on a sentence's coded events as a whole: joins one act told twice, folds participial adjuncts
 * into their clause's event, and adds the protest implied by force against protesters. Never changes
 * the list it is given. Stateless and thread-safe.
 */
final class PostProcessor {
    /** Words for protesters: "protesters", "demonstrators", "crowds of protesters". */
    static final java.util.regex.Pattern PROTESTER =
        java.util.regex.Pattern.compile("\\b(protesters?|demonstrators?|marchers|rioters|crowds? of protesters|strikers|striking \\w+)\\b");

    private PostProcessor() {
    }

    /**
     * Joins events of one act told twice in a sentence ("killed five soldiers in an attack by the
     * Taliban") and drops exact repeats, keeping the first and filling its missing roles.
     */
    static List<CodedEvent> merge(Sentence s, List<CodedEvent> in, Consumer<String> log) {
        in = participles(s, in, log);
        in = dispersals(s, in, log);
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : in) {
            boolean absorbed = false;
            for (int k = 0; k < out.size(); k++) {
                CodedEvent o = out.get(k);
                if (o.type() != e.type() || o.modality() != e.modality() || twoSanctions(o, e) || twoMeasures(o, e)) {
                    continue;
                }
                boolean connected = o.anchor() == e.anchor() || s.token(e.token()).head() == o.token()
                    || s.token(o.token()).head() == e.token();
                boolean sameDyad = key(o.source()).equals(key(e.source())) && key(o.target()).equals(key(e.target()));
                // "protesters blocked roads ... in the biggest demonstrations in years": one protest told twice
                boolean sameProtest = o.type() == EventType.PROTEST && o.source() != null
                    && key(o.source()).equals(key(e.source())) && (o.target() == null || e.target() == null
                        || !o.target().isResolved() || !e.target().isResolved());
                // "dismissed U.S. demands ..., calling them baseless": a pronoun restates the same act's target
                boolean restated = o.source() != null && key(o.source()).equals(key(e.source()))
                    && (pronoun(o.target()) || pronoun(e.target()));
                sameDyad = sameDyad || sameProtest || restated;
                if (connected || sameDyad) {
                    Actor src = o.source() != null && o.source().isResolved() ? o.source()
                        : e.source() != null ? e.source() : o.source();
                    Actor tgt = o.target() != null && !pronoun(o.target()) ? o.target() : e.target();
                    if (src != null && tgt != null && sameActor(src, tgt)) {
                        tgt = o.target();
                    }
                    List<String> ctx = new ArrayList<>(o.context());
                    e.context().stream().filter(c -> !ctx.contains(c)).forEach(ctx::add);
                    out.set(k, new CodedEvent(o.type(), o.mode() != null ? o.mode() : e.mode(), ctx, o.cameo(),
                        o.modality(), o.negated(), src, tgt, o.token(), o.anchor(), o.frame(),
                        Math.max(o.confidence(), e.confidence()), o.rule() + " + " + e.rule(),
                        o.claimed() || e.claimed()));
                    log.accept("  merge " + e.type() + " @" + e.token() + " into @" + o.token());
                    absorbed = true;
                    break;
                }
            }
            if (!absorbed) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * "broke relations with the United States and gave American diplomats 72 hours to leave": sanctions of two kinds
     * on two named parties are two acts.
     */
    private static boolean twoSanctions(CodedEvent o, CodedEvent e) {
        return o.type() == EventType.SANCTION && o.mode() != null && e.mode() != null && !o.mode().equals(e.mode())
            && o.target() != null && e.target() != null && o.target().isResolved() && e.target().isResolved()
            && !sameActor(o.target(), e.target());
    }

    /**
     * "imposed a one-month curfew and a three-month state of emergency", "dissolved the Senate and imposed a
     * curfew": coercive measures of two kinds are two acts.
     */
    private static boolean twoMeasures(CodedEvent o, CodedEvent e) {
        return o.type() == EventType.COERCE && o.mode() != null && e.mode() != null && !o.mode().equals(e.mode())
            && o.token() != e.token();
    }

    /** A pronoun standing for a party named before: "them", "him", "it". */
    static boolean pronoun(Actor a) {
        return a != null && java.util.Set.of("them", "it", "him", "her", "they", "this", "that")
            .contains(a.text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "stormed the school, killing 132 children" is one attack; "imposed sanctions, targeting 39
     * people" elaborates the sanctions. A participial adjunct joins the event of its clause when the
     * types agree and is dropped when they differ, unless it is a verbal act beside a material one.
     */
    private static List<CodedEvent> participles(Sentence s, List<CodedEvent> in, Consumer<String> log) {
        List<CodedEvent> out = new ArrayList<>(in);
        for (CodedEvent e : in) {
            Token t = s.token(e.token());
            String rel = t.deprel();
            if (!t.pos().equals("VBG") || t.head() < 0
                || !(rel.equals("advcl") || rel.equals("dep") || rel.equals("xcomp") || rel.equals("conj"))) {
                continue;
            }
            int head = t.head();
            if (Roles.participleAfterVerb(s, s.token(head))) {
                // "imposed sweeping sanctions, targeting 39 people": hung on the misread "sweeping"
                head = s.token(head).head();
            }
            for (int k = 0; k < out.size(); k++) {
                CodedEvent g = out.get(k);
                if (g == e || (g.token() != head && g.anchor() != head)) {
                    continue;
                }
                if (e.type().quadClass() % 2 == 1 && g.type().quadClass() % 2 == 0) {
                    // "expelled 45 diplomats, accusing them of spying": words about a deed are an act of
                    // their own, not an elaboration of it
                    break;
                }
                if (e.type() == EventType.ACCUSE && g.type() != EventType.ACCUSE) {
                    // "said it would close the border, accusing Moscow of funnelling migrants": the accusation
                    // is made as the measure is announced, whatever the measure's own modality
                    if (e.modality() == Modality.INTENDED && !e.negated()) {
                        out.set(out.indexOf(e), new CodedEvent(e.type(), e.mode(), e.context(), e.cameo(),
                            Modality.ASSERTED, false, e.source(), e.target(), e.token(), e.anchor(), e.frame(),
                            e.confidence(), e.rule() + " (an accusation made as a measure is announced)",
                            e.claimed()));
                    }
                    break;
                }
                out.remove(e);
                if (g.type() == e.type()) {
                    int gi = out.indexOf(g);
                    Actor tgt = g.target() != null ? g.target() : e.target();
                    out.set(gi, new CodedEvent(g.type(), g.mode() != null ? g.mode() : e.mode(), g.context(),
                        g.cameo(), g.modality(), g.negated(), g.source() != null ? g.source() : e.source(), tgt,
                        g.token(), g.anchor(), g.frame(), Math.max(g.confidence(), e.confidence()),
                        g.rule() + " + participle " + e.rule(), g.claimed() || e.claimed()));
                    log.accept("  merge participle " + e.type() + " @" + e.token() + " into @" + g.token());
                } else {
                    log.accept("  drop participle " + e.type() + " @" + e.token() + ": elaborates " + g.type()
                        + " @" + g.token());
                }
                break;
            }
        }
        return out;
    }

    private static String key(Actor a) {
        if (a == null) {
            return "-";
        }
        return a.id() != null ? a.id() : a.country() + "/" + a.sector() + "/" + a.text().toLowerCase(Locale.ROOT);
    }

    /** "fired tear gas to disperse the crowd": the dispersal is the purpose of the force, one event. */
    private static List<CodedEvent> dispersals(Sentence s, List<CodedEvent> in, Consumer<String> log) {
        List<CodedEvent> out = new ArrayList<>(in);
        for (CodedEvent e : in) {
            Token t = s.token(e.token());
            if (e.type() != EventType.COERCE || !Syntax.lemma(t).equals("disperse") || t.head() < 0) {
                continue;
            }
            boolean purpose = in.stream().anyMatch(g -> g != e && g.type() == EventType.ASSAULT
                && "crowd-control".equals(g.mode()) && (g.token() == t.head() || g.anchor() == t.head()));
            if (purpose) {
                out.remove(e);
                log.accept("  drop COERCE @" + e.token() + ": the purpose of crowd-control force");
            }
        }
        return out;
    }

    /**
     * "Police fired tear gas at thousands of protesters": security forces acting against protesters tell
     * of a protest, coded when the sentence has none of its own.
     */
    static List<CodedEvent> impliedProtests(Sentence s, List<CodedEvent> in, Consumer<String> log) {
        if (in.stream().anyMatch(e -> e.type() == EventType.PROTEST)) {
            return in;
        }
        List<CodedEvent> out = new ArrayList<>(in);
        for (CodedEvent e : in) {
            if ((e.type() != EventType.ASSAULT && e.type() != EventType.COERCE) || e.target() == null
                || e.modality() != Modality.ASSERTED || e.source() == null || e.source().sector() == null
                || !(e.source().sector().equals("COP") || e.source().sector().equals("MIL"))) {
                continue;
            }
            Actor t = e.target();
            boolean protesters = t.flatten().stream().anyMatch(a -> "OPP".equals(a.sector()))
                && PROTESTER.matcher(t.text().toLowerCase(Locale.ROOT)).find();
            if (protesters) {
                out.add(new CodedEvent(EventType.PROTEST, "demo", List.of(), "141", Modality.ASSERTED, false, t, null,
                    e.token(), e.anchor(), e.frame(), Math.max(0.1, e.confidence() - 0.2),
                    "implied protest: " + e.type() + " by security forces against protesters"));
                log.accept("  event PROTEST(demo) implied by " + e.type() + " against '" + t.text() + "'");
                break;
            }
        }
        return out;
    }
    /**
     * "Ugandan and Congolese troops launched joint strikes against ADF rebels": a joint act by a
     * compound source also tells of the partners' cooperation (PLOVER COOPERATE, first party as source).
     */
    static List<CodedEvent> impliedCooperation(Sentence s, List<CodedEvent> in, Consumer<String> log) {
        if (in.stream().anyMatch(e -> e.type() == EventType.COOPERATE)) {
            return in;
        }
        List<CodedEvent> out = new ArrayList<>(in);
        for (CodedEvent e : in) {
            if ((e.type() != EventType.ASSAULT && e.type() != EventType.COERCE) || e.modality() != Modality.ASSERTED
                || e.source() == null || e.source().members().size() < 2 || !jointAct(s, e.token())) {
                continue;
            }
            List<Actor> m = e.source().members();
            List<Actor> rest = m.subList(1, m.size());
            Actor partners = ActorFinder.group(rest);
            out.add(new CodedEvent(EventType.COOPERATE, null, List.of("military"), "062", Modality.ASSERTED, false,
                m.get(0), partners, e.token(), e.anchor(), e.frame(), Math.max(0.1, e.confidence() - 0.1),
                "implied cooperation: joint " + e.type() + " by '" + e.source().text() + "'"));
            log.accept("  event COOPERATE implied by joint " + e.type() + " of '" + e.source().text() + "'");
            break;
        }
        return out;
    }

    private static boolean jointAct(Sentence s, int token) {
        Token t = s.token(token);
        if (t.isNoun()) {
            return Retyping.jointPhrase(s, token);
        }
        for (Token c : s.children(token)) {
            if (c.deprel().equals("advmod") && (c.lowerWord().equals("jointly") || c.lowerWord().equals("together"))) {
                return true;
            }
        }
        return false;
    }
    /**
     * "told a rally in Jakarta that his government would provide free lunches to all schoolchildren", "promised
     * supporters at a rally he would close the central bank": a candidate's pledge to voters is campaign talk, not a
     * commitment to another party, and is dropped; a pledge to a state or body at a rally stays.
     */
    static List<CodedEvent> campaignPledges(Sentence s, List<CodedEvent> in, CodingContext ctx, Consumer<String> log) {
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : in) {
            if (e.type() == EventType.AGREE && !ActorFinder.political(e.target(), ctx, false) && toVoters(s, e)) {
                log.accept("  drop AGREE @" + e.token() + ": a campaign pledge to voters");
                continue;
            }
            out.add(e);
        }
        return out;
    }

    /** The pledge is made at or to a rally or campaign, or by a candidate. */
    private static boolean toVoters(Sentence s, CodedEvent e) {
        if (e.source() != null && e.source().text().toLowerCase(Locale.ROOT).contains("candidate")) {
            return true;
        }
        for (int v : new int[] {e.frame().speech(), e.frame().cueToken(), e.anchor()}) {
            if (v < 0) {
                continue;
            }
            for (Token c : s.children(v)) {
                if (CAMPAIGN.contains(Syntax.lemma(c)) || s.children(c.index()).stream()
                    .anyMatch(g -> g.deprel().equals("compound") && CAMPAIGN.contains(Syntax.lemma(g)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where candidates speak to voters. */
    private static final java.util.Set<String> CAMPAIGN = java.util.Set.of("rally", "campaign", "hustings", "stump",
        "voter", "supporter");

    /**
     * "Moscow and Kyiv accused each other of shelling the plant": one event per party, each toward the
     * others. A reciprocal with a single party loses its target.
     */
    static List<CodedEvent> reciprocals(List<CodedEvent> in, Consumer<String> log) {
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : in) {
            String t = e.target() == null ? "" : e.target().text().toLowerCase(Locale.ROOT);
            if (!(t.equals("other") || t.equals("each other") || t.equals("one another") || t.equals("another"))) {
                out.add(e);
                continue;
            }
            List<Actor> m = e.source() == null ? List.of() : e.source().members();
            if (m.size() < 2) {
                out.add(new CodedEvent(e.type(), e.mode(), e.context(), e.cameo(), e.modality(), e.negated(),
                    e.source(), null, e.token(), e.anchor(), e.frame(), e.confidence(), e.rule(), e.claimed()));
                continue;
            }
            for (int i = 0; i < m.size(); i++) {
                List<Actor> others = new ArrayList<>(m);
                others.remove(i);
                Actor to = ActorFinder.group(others);
                out.add(new CodedEvent(e.type(), e.mode(), e.context(), e.cameo(), e.modality(), e.negated(),
                    m.get(i), to, e.token(), e.anchor(), e.frame(), e.confidence(),
                    e.rule() + " (each toward the other)", e.claimed()));
            }
            log.accept("  split " + e.type() + " @" + e.token() + ": '" + e.source().text() + "' toward each other");
        }
        return out;
    }
}
