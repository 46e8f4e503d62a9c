package org.parley.coding;

import org.parley.actors.ActorResolver;
import org.parley.model.Actor;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Codes the events of one parsed sentence: finds lexicon predicates (verbs, nouns, light-verb
 * constructions), their source and target, the governing frame (negation, modality, cues, reported
 * speech), and turns offers, intentions, demands, refusals and threats into the PLOVER event they
 * are. Stateless and thread-safe; per-article state lives in {@link CodingContext}.
 */
public final class EventCoder {
    /** Nouns that carry a proposal: a trigger compounded with them speaks through them ("withdrawal plan"). */
    private static final Set<String> PLAN_NOUNS = Set.of("plan", "proposal", "deal", "agreement", "offer",
        "initiative", "bid", "framework", "roadmap", "timetable", "timeline", "schedule", "package", "pact",
        "accord", "treaty", "resolution", "demand", "call", "request", "order", "decision", "promise", "pledge",
        "threat", "ultimatum");
    /** Pronouns that may stand for the last named person or group. */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they");
    private static final Set<String> WEAK_SECTORS = Set.of("CVL", "REF", "LAB", "EDU", "REL", "HLH", "MED", "BUS",
        "CRM", "ELI");
    private static final Set<String> POPULAR_SECTORS = Set.of("OPP", "CVL", "LAB", "EDU", "REL", "REF", "HLH");
    /** A proper name beyond the sector word itself: "Department of Education", not "Police" or "MPs". */
    private static boolean named(Actor a) {
        int caps = 0;
        for (String w : a.text().split("[\\s-]+")) {
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))) {
                caps++;
            }
        }
        return caps >= 2;
    }

    private static final java.util.regex.Pattern REGIONAL = java.util.regex.Pattern.compile(
        "\\b(western|arab|european|african|asian|southeast asian|gulf|nordic|baltic|latin american|west african|"
            + "east african|world|international|g7|g20|nato|eu|muslim|islamic|allied)\\b");
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "INS", "UAF", "IGO");
    private static final Set<String> SPORT_SAFE_SECTORS = Set.of("MIL", "COP", "REB", "INS", "UAF", "IGO", "SPY");
    private static final Set<String> BACKGROUND_PREPS = Set.of("since", "before", "despite",
        "amid", "throughout", "like", "unlike", "including", "over", "until", "ahead");
    /** Exercises called "joint" are cooperation, not a show of force. */
    private static final Set<String> JOINT = Set.of("joint", "combined", "bilateral", "trilateral", "multinational");

    private final Lexicon lex;
    private final ActorResolver actors;
    private final FrameAnalyzer frames;

    public EventCoder(Lexicon lex, ActorResolver actors) {
        this.lex = lex;
        this.actors = actors;
        this.frames = new FrameAnalyzer(lex);
    }

    public Lexicon lexicon() {
        return lex;
    }

    /**
     * Events of one sentence, in order of their predicate. Unparsed sentences give none.
     *
     * @param trace receives one line per decision, for {@code --explain}; may be null
     */
    public List<CodedEvent> code(Sentence s, CodingContext ctx, Consumer<String> trace) {
        Consumer<String> log = trace == null ? x -> { } : trace;
        if (!s.parsed()) {
            return List.of();
        }
        ctx.atSentence(s.index());
        List<Trigger> triggers = findTriggers(s, log);
        Set<Integer> subsumed = new LinkedHashSet<>();
        for (Trigger t : triggers) {
            int cue = governingCue(s, t.anchor());
            if (cue >= 0) {
                subsumed.add(cue);
            }
        }
        List<CodedEvent> out = new ArrayList<>();
        for (Trigger t : triggers) {
            if (!t.nominal() && subsumed.contains(t.token())) {
                log.accept("  skip " + t.sense().label() + " @" + t.token() + ": its governed act carries the event");
                continue;
            }
            String contentOf = contentOf(s, t, triggers);
            if (contentOf != null) {
                log.accept("  skip " + t.sense().label() + " @" + t.token() + ": content of " + contentOf);
                continue;
            }
            CodedEvent e = build(s, t, ctx, log);
            if (e != null) {
                out.add(e);
                if (!e.modality().isUnrealized()) {
                    // "abducted 20 passengers ... and later freed 15 of them"
                    ctx.remember(e.target());
                    ctx.remember(e.source());
                }
            }
        }
        out = merge(s, out, log);
        out = impliedProtests(s, out, log);
        for (CodedEvent e : out) {
            if (!e.modality().isUnrealized()) {
                ctx.remember(e.target());
                ctx.remember(e.source());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- triggers

    private List<Trigger> findTriggers(Sentence s, Consumer<String> log) {
        List<Trigger> found = new ArrayList<>();
        Set<Integer> lightAnchors = new LinkedHashSet<>();
        for (Token t : s.tokens()) {
            if (!t.isNoun() && !t.pos().equals("$") || t.isProperNoun() && t.index() > 0) {
                // a proper noun names something ("The Clash", "Operation Protective Edge"), it is no act
                continue;
            }
            List<Sense> senses = lex.nounSenses(t.pos().equals("$") ? "$" : Syntax.lemma(t));
            if (senses.isEmpty()) {
                continue;
            }
            int carrier = carrier(s, t.index());
            Token p = s.parent(carrier);
            String rel = s.token(carrier).deprel();
            boolean oblLight = p != null && p.isVerb() && rel.startsWith("obl")
                && (Syntax.hasCase(s, carrier, "under") || Syntax.hasCase(s, carrier, "into")
                    || lex.lightVerbs(Syntax.lemma(p)).stream()
                        .anyMatch(lv -> lv.particle() != null && Syntax.hasCase(s, carrier, lv.particle())));
            final Lexicon.LightVerb light = p != null && p.isVerb()
                && (rel.equals("obj") || rel.equals("nsubj:pass") || oblLight) ? lightVerb(s, p.index()) : null;
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
                if (sense.has(Sense.Flag.NEED_TARGET)) {
                    int lt = light == null ? -1 : Roles.verbTarget(s, p.index(), prepsOnly(sense));
                    if (Roles.nounTarget(s, t.index(), sense) < 0 && (lt < 0 || lt == t.index() || lt == carrier)) {
                        // "strikes on Hamas positions" is an attack; "a strike at the plant" is not
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
            // "rounded up ... on Friday": the verb's own particle beats a preposition further on
            vs.sort((a, b) -> Boolean.compare(b.particle() != null && Syntax.hasOwnParticle(s, t.index(), b.particle()),
                a.particle() != null && Syntax.hasOwnParticle(s, t.index(), a.particle())));
            for (Sense sense : vs) {
                if (sense.particle() != null && !Syntax.hasParticle(s, t.index(), sense.particle())) {
                    continue;
                }
                if (sense.objClass() != null && !objectIs(s, t.index(), sense.objClass())) {
                    continue;
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
        return found;
    }

    /** Nouns that measure or count what hangs under them: "two days of talks", "2,500 tonnes of wheat". */
    private static final Set<String> MEASURES = Set.of("day", "week", "month", "year", "hour", "round", "series",
        "wave", "spate", "string", "number", "tonne", "ton", "million", "billion", "thousand", "hundred", "dozen",
        "batch", "shipment", "package", "consignment", "load", "truckload", "planeload", "cargo", "worth", "$",
        "dollar", "euro", "pound", "unit", "kind", "type", "set", "tranche", "lot", "amount", "quantity", "supply",
        "increase", "boost", "expansion", "rise", "doubling", "tripling", "state");

    /** A trigger noun compounded with a plan-like noun speaks through it: "a withdrawal plan". */
    private static int carrier(Sentence s, int n) {
        Token t = s.token(n);
        Token p = s.parent(n);
        if (p != null && t.deprel().startsWith("nmod")
            && (Syntax.hasCase(s, n, "of") || Syntax.hasCase(s, n, "in") || Syntax.hasCase(s, n, "for"))
            && (MEASURES.contains(Syntax.lemma(p)) || p.pos().equals("CD") || p.pos().equals("$"))) {
            return carrier(s, p.index());
        }
        if (p != null && "compound".equals(t.deprel()) && p.isNoun() && PLAN_NOUNS.contains(Syntax.lemma(p))) {
            return p.index();
        }
        if (p != null && "nmod".equals(t.deprel()) && p.isNoun() && PLAN_NOUNS.contains(Syntax.lemma(p))
            && "for".equals(Syntax.caseOf(s, n))) {
            return p.index();
        }
        return n;
    }

    /** The verb's object (or passive subject), through counting heads, is of the noun class. */
    private boolean objectIs(Sentence s, int v, String cls) {
        Token o = Syntax.child(s, v, Syntax.isPassive(s, v) ? "nsubj:pass" : "obj");
        if (o == null) {
            return false;
        }
        int i = o.index();
        for (int k = 0; k < 3; k++) {
            Token t = s.token(i);
            if (lex.nounIs(Syntax.lemma(t), cls) || lex.nounIs(t.lowerWord(), cls)) {
                return true;
            }
            Token of = null;
            for (Token c : s.children(i)) {
                if (c.deprel().startsWith("nmod") && Syntax.hasCase(s, c.index(), "of")) {
                    of = c;
                }
            }
            if (of == null) {
                return false;
            }
            i = of.index();
        }
        return false;
    }

    private Lexicon.LightVerb lightVerb(Sentence s, int v) {
        for (Lexicon.LightVerb lv : lex.lightVerbs(Syntax.lemma(s.token(v)))) {
            if (lv.particle() == null || Syntax.hasParticle(s, v, lv.particle())) {
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

    /**
     * When a trigger is the argument of another event word it is that event's content, not an event of
     * its own: "condemned the attack", "accused X of shelling", "met to discuss a ceasefire", "peace talks"
     * (a compound of another trigger).
     */
    private String contentOf(Sentence s, Trigger t, List<Trigger> all) {
        int node = t.anchor();
        Token self = s.token(node);
        Token p = s.parent(node);
        if (p == null) {
            return null;
        }
        String rel = self.baseRel();
        if (t.nominal() && t.light() == null && "appos".equals(s.token(node).deprel())) {
            // "..., the first such trip by an Indian leader": an apposition restates the news
            return "apposition";
        }
        if (t.nominal() && t.light() == null) {
            String bg = backgroundPath(s, node);
            if (bg != null) {
                return bg;
            }
            if (!t.sense().has(Sense.Flag.RECIP) && "during".equals(Syntax.caseOf(s, node))) {
                return "background phrase 'during'";
            }
            if (node != t.token() && MEASURES.contains(Syntax.lemma(s.token(node)))
                && Roles.nounTarget(s, t.token(), t.sense()) < 0) {
                String prep = Syntax.caseOf(s, node);
                if ("after".equals(prep) || "during".equals(prep) || "over".equals(prep) || "for".equals(prep)) {
                    // "after four months of fighting": a span of time, not a new act
                    return "duration phrase '" + prep + "'";
                }
            }
            for (Token c : s.children(t.token())) {
                String r = c.deprel();
                if ((r.equals("nummod") || r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")
                    || r.equals("nmod"))
                    && c.word().matches("(1[89]|20)\\d\\d('s)?")) {
                    return "dated in the past ('" + c.word() + "')";
                }
            }
        }
        if (!t.nominal() && self.pos().equals("VBG")) {
            for (Token c : s.children(node)) {
                if (("mark".equals(c.deprel()) || "case".equals(c.deprel()))
                    && (c.lowerWord().equals("of") || c.lowerWord().equals("for"))) {
                    // "accused X of shelling", "arrested for attacking": an allegation or a reason
                    return "gerund after '" + c.word() + "'";
                }
            }
        }
        if (governingCue(s, node) == p.index()) {
            return null;
        }
        for (Trigger o : all) {
            if (o == t) {
                continue;
            }
            if (o.token() == p.index() || o.anchor() == p.index() && o.light() != null) {
                boolean argument = rel.equals("obj") || rel.equals("xcomp") || rel.equals("ccomp")
                    || rel.equals("compound") || rel.equals("nsubj:pass")
                    || (rel.equals("obl") || rel.equals("nmod")) && (FrameAnalyzer.complementCase(s, node)
                        || o.sense().targets().stream().anyMatch(x -> Syntax.hasCase(s, node, x)))
                    || rel.equals("advcl") && hasMarkOf(s, node);
                if (!argument) {
                    continue;
                }
                EventType ot = o.sense().type();
                boolean verbal = ot.quadClass() == 1 || ot.quadClass() == 3;
                if (verbal || rel.equals("compound") || t.nominal() && t.light() == null) {
                    return o.sense().label() + " @" + o.token();
                }
            }
        }
        return null;
    }

    /** Nouns that frame what hangs under them as cause or background: "in response to the invasion". */
    private static final Set<String> FRAMING_NOUNS = Set.of("response", "retaliation", "exchange", "reaction",
        "revenge", "wake", "aftermath", "return", "protest", "memory", "anniversary", "commemoration", "reprisal",
        "victim", "survivor", "legacy", "history", "film", "movie", "book", "novel", "documentary", "play", "drama",
        "series", "story", "song", "show", "musical", "episode", "memorial", "museum", "exhibition", "biopic",
        "sideline", "sidelines", "margin", "margins");

    /**
     * A nominal event that only gives the background or the reason of the clause: "since the 2001
     * invasion", "amid clashes", "in response to the invasion of Ukraine", "over the crackdown".
     */
    private static String backgroundPath(Sentence s, int n) {
        int cur = n;
        for (int k = 0; k < 4; k++) {
            Token t = s.token(cur);
            String prep = Syntax.caseOf(s, cur);
            if (prep != null && BACKGROUND_PREPS.contains(prep)) {
                return "background phrase '" + prep + "'";
            }
            Token p = s.parent(cur);
            if (p == null || p.isVerb()) {
                return null;
            }
            if (k > 0 || t.index() != n) {
                if (FRAMING_NOUNS.contains(Syntax.lemma(t))) {
                    return "framed by '" + t.word() + "'";
                }
            }
            if (FRAMING_NOUNS.contains(Syntax.lemma(p)) && (t.deprel().startsWith("nmod"))) {
                return "framed by '" + p.word() + "'";
            }
            cur = p.index();
        }
        return null;
    }

    private static boolean hasMarkOf(Sentence s, int i) {
        for (Token c : s.children(i)) {
            if ("mark".equals(c.deprel()) && Set.of("of", "for", "over", "about").contains(c.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- events

    private CodedEvent build(Sentence s, Trigger t, CodingContext ctx, Consumer<String> log) {
        Sense sense = t.sense();
        int subj;
        int targ;
        String roleNote;
        if (!t.nominal()) {
            subj = Roles.verbSubject(s, t.token(), 0);
            targ = Roles.verbTarget(s, t.token(), sense);
            roleNote = "verb";
            if (subj < 0 && Syntax.isPassive(s, t.token())) {
                subj = agentOfEventNoun(s, t.token(), sense);
                if (subj >= 0) {
                    roleNote = "verb, agent from its event noun";
                }
            }
        } else if (t.light() != null) {
            subj = Roles.verbSubject(s, t.anchor(), 0);
            targ = Roles.nounTarget(s, t.token(), sense);
            int carrier = carrier(s, t.token());
            if (targ < 0 && carrier != t.token()) {
                targ = Roles.nounTarget(s, carrier, sense);
            }
            if (targ < 0) {
                targ = Roles.verbTarget(s, t.anchor(), prepsOnly(sense));
            }
            if (targ < 0 && s.token(t.token()).baseRel().equals("obl")) {
                // "placed him under house arrest": the light verb's object is the target
                Token o = Syntax.child(s, t.anchor(), "obj");
                targ = o == null ? -1 : o.index();
            }
            roleNote = "light verb '" + s.token(t.anchor()).word() + "'";
        } else {
            subj = Roles.nounAgent(s, t.token());
            if (subj < 0) {
                subj = modifierAgent(s, t.token(), ctx);
            }
            targ = Roles.nounTarget(s, t.token(), sense);
            if (t.anchor() != t.token()) {
                // spoken through a plan-like noun: roles of the clause that carries it
                int carrierHead = s.token(t.anchor()).head();
                if (subj < 0 && carrierHead >= 0 && s.token(carrierHead).isVerb()) {
                    subj = Roles.verbSubject(s, carrierHead, 0);
                }
            }
            if (subj < 0) {
                int cue = governingCue(s, t.anchor());
                if (cue >= 0) {
                    // "agreed on a ceasefire", "demanded their departure": the cue's subject acts
                    subj = Roles.verbSubject(s, cue, 0);
                }
            }
            if (subj < 0 && sense.has(Sense.Flag.RECIP)) {
                // "during talks with the Taliban", "after six hours of talks" (between the subject's parties)
                int g = governingSubject(s, t.token());
                if (g >= 0) {
                    Actor ga = actor(s, g, ctx);
                    int other = targ >= 0 ? -1 : governingObject(s, t.token());
                    if (other >= 0 && political(actor(s, other, ctx), ctx, false)) {
                        // "told Trump in a lengthy phone call", "met Xi for talks"
                        targ = other;
                    }
                    if (ga.isResolved() && (targ >= 0 || ga.isCompound())) {
                        subj = g;
                    }
                }
            }
            if (sense.has(Sense.Flag.WEAK) && subj < 0 && t.anchor() == t.token() && !governedByCue(s, t.token())) {
                log.accept("  drop " + sense.label() + " @" + t.token() + ": weak noun without light verb or agent");
                return null;
            }
            if (!sense.has(Sense.Flag.LIGHT_OK) && !sense.has(Sense.Flag.WEAK) && subj < 0 && targ < 0) {
                log.accept("  drop " + sense.label() + " @" + t.token() + ": noun without source or target");
                return null;
            }
            if (sense.has(Sense.Flag.LIGHT_OK) && subj < 0 && targ < 0 && !bareEventPosition(s, t.token())) {
                log.accept("  drop " + sense.label() + " @" + t.token() + ": bare noun in a background position");
                return null;
            }
            roleNote = "noun";
        }

        Frame frame = frames.analyze(s, t.anchor());
        EventType type = sense.type();
        String mode = sense.mode();
        List<String> context = new ArrayList<>(sense.context());
        String cameo = sense.cameo();
        Modality modality = frame.modality();
        if (t.light() != null && t.light().modality() != Modality.ASSERTED && modality == Modality.ASSERTED
            && !(t.light().modality() == Modality.PROPOSED && sense.type() == EventType.SUPPORT)) {
            // "offered talks", "promised aid", "sought a ceasefire" (but "offered an apology" apologises)
            modality = t.light().modality();
        }
        if (t.nominal() && modality == Modality.ASSERTED) {
            Modality planned = plannedModifier(s, t.token());
            if (planned == null && t.anchor() != t.token() && t.light() == null
                && PLAN_NOUNS.contains(Syntax.lemma(s.token(t.anchor())))) {
                // carried by a plan-like noun: "a timetable for the withdrawal", "a withdrawal plan"
                planned = Modality.PROPOSED;
            }
            if (planned != null) {
                modality = planned;
            }
        }
        int anchor = t.anchor();
        if (subj >= 0 && s.token(subj).isPronoun()) {
            subj = pronounAntecedent(s, subj);
        }
        Actor source = subj >= 0 ? actor(s, subj, ctx) : null;
        boolean instrumentSubject = false;
        if (source != null && !source.isResolved() && isInstrument(s, subj)) {
            int by = instrumentAuthor(s, subj);
            source = by >= 0 ? actor(s, by, ctx) : null;
            instrumentSubject = by < 0;
        }
        if (source != null && !source.isResolved() && !t.nominal()) {
            // "Suharto resigned as president of Indonesia": the role phrase says who the subject is
            int as = Roles.prepDependent(s, t.anchor(), "as", "obl");
            if (as >= 0) {
                Actor role = actor(s, as, ctx);
                if (role.isResolved() && role.id() == null) {
                    source = new Actor(source.text(), source.name(), null, role.country(), role.sector(), List.of());
                }
            }
        }
        if (targ >= 0 && (isNonTarget(s, targ) || targ == t.token())) {
            targ = -1;
        }
        if (targ >= 0 && isInstrument(s, targ) && !actor(s, targ, ctx).isResolved()) {
            // "detonated a car bomb": the weapon is not the victim
            targ = -1;
        }
        Actor target = targ >= 0 ? actor(s, targ, ctx) : null;
        if (target != null && !target.isResolved()) {
            Actor behind = agentBehind(s, targ, ctx);
            if (behind != null) {
                target = new Actor(target.text(), behind.name(), behind.id(), behind.country(), behind.sector(),
                    behind.members());
            } else if (type != EventType.ASSAULT && type != EventType.COERCE) {
                // "suspended trade with India", "massed troops on the border with Ukraine"
                int inner = nestedActor(s, targ, ctx, 0);
                if (inner >= 0) {
                    targ = inner;
                    target = actor(s, inner, ctx);
                }
            }
        }
        String rule = roleNote + " " + sense.label() + " [" + sense.origin() + "]";

        if (frame.effect() != null && s.token(frame.cueToken()).isNoun()) {
            Token cp = s.parent(frame.cueToken());
            if (cp != null && cp.isVerb() && (!lex.verbSenses(Syntax.lemma(cp)).isEmpty() || !lex.cues(Syntax.lemma(cp)).isEmpty())) {
                // "brushed aside opposition calls for his resignation": the call is what was rejected
                log.accept("  skip " + sense.label() + " @" + t.token() + ": inside '" + s.token(frame.cueToken()).word()
                    + "', the object of '" + cp.word() + "'");
                return null;
            }
        }
        if (frame.effect() != null && !frame.negated()) {
            // a demand, refusal or threat whose content is this act
            int cue = frame.cueToken();
            Actor cueSubject = cueSubject(s, cue, ctx);
            int addressee = addressee(s, cue);
            Actor addr = addressee >= 0 ? actor(s, addressee, ctx) : null;
            String content = mode != null ? mode : type.name().toLowerCase(Locale.ROOT);
            switch (frame.effect()) {
                case REQUESTED -> {
                    Actor asked = addr != null && addr.isResolved() ? addr : source;
                    if (asked == null) {
                        asked = target;
                    }
                    EventType reqType = EventType.REQUEST;
                    cameo = ownCameo(s, cue, reqType, "10");
                    type = reqType;
                    target = asked;
                    modality = Modality.REQUESTED;
                    mode = content;
                }
                case REFUSED -> {
                    cameo = ownCameo(s, cue, EventType.REJECT, "12");
                    type = EventType.REJECT;
                    target = addr != null && addr.isResolved() ? addr : (source != null && cueSubject != null
                        && !sameActor(source, cueSubject) ? source : target);
                    modality = Modality.ASSERTED;
                    mode = content;
                }
                case THREAT -> {
                    if (!"threaten".equals(Syntax.lemma(s.token(cue))) && source != null && cueSubject != null
                        && !sameActor(source, cueSubject) && !s.token(subj).isPronoun()
                        && !(source.country() != null && source.country().equals(cueSubject.country()))) {
                        // "the UN warned that the number killed could rise": a warning about others' acts
                        log.accept("  drop " + sense.label() + " @" + t.token() + ": a warning about another's act");
                        return null;
                    }
                    cameo = ownCameo(s, cue, EventType.THREATEN, "13");
                    mode = threatMode(type, mode);
                    type = EventType.THREATEN;
                    if (target == null || !target.isResolved()) {
                        target = addr != null ? addr : target;
                    }
                    modality = Modality.ASSERTED;
                }
                default -> { }
            }
            source = cueSubject;
            anchor = cue;
            rule = rule + " governed by '" + s.token(cue).word() + "' (" + frame.effect().name().toLowerCase(Locale.ROOT)
                + ")";
        } else if (modality == Modality.REQUESTED && t.light() != null) {
            // "sought talks": a request whose content is the noun
            String content = mode != null ? mode : type.name().toLowerCase(Locale.ROOT);
            type = EventType.REQUEST;
            cameo = "10";
            mode = content;
        } else if (modality == Modality.PROPOSED || modality == Modality.INTENDED) {
            EventType shifted = shift(type);
            if (shifted != type) {
                rule = rule + " " + modality.label() + " " + type + " -> " + shifted;
                if (shifted == EventType.THREATEN) {
                    mode = threatMode(type, mode);
                    cameo = "13";
                } else if (shifted == EventType.AGREE) {
                    cameo = "03";
                } else if (shifted == EventType.CONCEDE) {
                    cameo = "03";
                }
                type = shifted;
            }
            if (source == null && frame.cueToken() < 0) {
                source = null;
            }
        } else if (type == EventType.REQUEST) {
            modality = Modality.REQUESTED;
        }
        if (target == null) {
            int fb = fallbackTarget(s, t, type, ctx);
            if (fb >= 0 && (source == null || !sameActor(actor(s, fb, ctx), source))) {
                targ = fb;
                target = actor(s, fb, ctx);
                rule = rule + " (target: " + s.token(fb).word() + ")";
            }
        }
        if (type == EventType.MOBILIZE && t.nominal() && hasModifier(s, t.token(), JOINT)
            && !s.text().toLowerCase(Locale.ROOT).contains("show of force")) {
            type = EventType.COOPERATE;
            mode = null;
            cameo = "06";
            rule = rule + " (joint exercise: COOPERATE)";
        }
        if (type == EventType.ASSAULT && source != null && "OPP".equals(source.sector()) && frame.effect() == null
            && PROTESTER.matcher(source.text().toLowerCase(Locale.ROOT)).find()) {
            // "protesters stormed parliament": a riot
            type = EventType.PROTEST;
            mode = "riot";
            cameo = "145";
            rule = rule + " (violence by protesters: PROTEST riot)";
        }
        if (type != EventType.PROTEST && frame.effect() == null && inProtest(s, t.anchor())) {
            // "blocked highways ... in protest": the act is the protest's form
            rule = rule + " (done in protest: PROTEST)";
            mode = type == EventType.COERCE || "obstruct".equals(mode) ? "obstruct" : "demo";
            type = EventType.PROTEST;
            cameo = "14";
        }
        if (type == EventType.RETREAT && targ >= 0 && AGREEMENTS.contains(Syntax.lemma(s.token(targ)))) {
            // "pulled out of the nuclear deal", "quit the grain deal": PLOVER reduces relations
            type = EventType.SANCTION;
            mode = "withdraw";
            cameo = "16";
            rule = rule + " (withdrawal from an agreement: SANCTION)";
        }
        if (frame.negated() && frame.effect() == null && futureRefusal(s, t.anchor())
            && (sense.type().isCooperative() || sense.type() == EventType.CONCEDE) && source != null) {
            // "will not lift the ban", "won't attend the talks": a refusal
            rule = rule + " (refused: will not " + sense.type() + ")";
            mode = mode != null ? mode : sense.type().name().toLowerCase(Locale.ROOT);
            type = EventType.REJECT;
            cameo = "12";
            modality = Modality.ASSERTED;
        } else if (frame.negated() || modality == Modality.DENIED) {
            modality = Modality.DENIED;
        }
        if (frame.path().contains("<")) {
            rule = rule + " path: " + frame.path();
        }

        boolean mutual = sense.has(Sense.Flag.RECIP) || type.isCooperative() || "ceasefire".equals(mode);
        if (mutual && source != null && source.isCompound() && source.members().size() > 1
            && (target == null || !target.isResolved() && sense.has(Sense.Flag.RECIP))) {
            // "Russia and Turkey held talks": the first party acts toward the others, one event
            List<Actor> m = source.members();
            List<Actor> rest = m.subList(1, m.size());
            target = rest.size() == 1 ? rest.get(0) : new Actor(joinText(rest), null, null, null, null, rest);
            source = m.get(0);
            rule = rule + " (reciprocal: first party as source)";
        }
        // filters
        boolean verbalised = frame.effect() != null || modality == Modality.INTENDED || modality == Modality.PROPOSED
            || !t.nominal() && commitsToSomething(s, t.token());
        if (sense.has(Sense.Flag.NEED_TARGET) && !acceptableTarget(s, targ, target) && !verbalised) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": needs an actor as target, found "
                + (target == null ? "none" : "'" + target.text() + "'"));
            return null;
        }
        if (sense.has(Sense.Flag.NEED_SOURCE) && (source == null || !source.isResolved()) && frame.effect() == null
            && !instrumentSubject && !(subj < 0 && Syntax.isPassive(s, t.anchor()) && mentionsInstrument(s))) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": needs an actor as source, found "
                + (source == null ? "none" : "'" + source.text() + "'"));
            return null;
        }
        if (type == EventType.PROTEST && source != null && source.sector() != null
            && (source.sector().equals("COP") || source.sector().equals("MIL"))) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": a protest by security forces is a misread subject");
            return null;
        }
        boolean popular = type == EventType.PROTEST && source != null && source.flatten().stream()
            .anyMatch(a -> a.sector() != null && POPULAR_SECTORS.contains(a.sector()));
        boolean bombing = instrumentSubject && type == EventType.ASSAULT && target != null && target.isResolved();
        boolean sourceOptional = type == EventType.ASSAULT || type == EventType.COERCE || type == EventType.PROTEST
            || type == EventType.SANCTION && "convict".equals(mode);
        boolean material = type.quadClass() == 4;
        if (!sourceOptional && !political(source, ctx, material) && !(popular && type == EventType.PROTEST)) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": " + type + " needs a political source, found "
                + (source == null ? "none" : "'" + source.text() + "'"));
            return null;
        }
        if (!political(source, ctx, material) && !political(target, ctx, material) && !popular && !bombing) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": no political actor (source "
                + (source == null ? "none" : "'" + source.text() + "'") + ", target "
                + (target == null ? "none" : "'" + target.text() + "'") + ")" + (ctx.sport() ? " in a sports report" : ""));
            return null;
        }
        if (source != null && target != null && sameActor(source, target)) {
            target = null;
        }
        double confidence = confidence(t, source, target, frame);
        log.accept("  event " + type + (mode != null ? "(" + mode + ")" : "") + " " + modality.label() + " source="
            + (source == null ? "-" : "'" + source.text() + "'") + " target="
            + (target == null ? "-" : "'" + target.text() + "'") + " :: " + rule);
        return new CodedEvent(type, mode, context, cameo, modality, frame.negated(), source, target, t.token(),
            anchor, frame, confidence, rule);
    }

    private static String joinText(List<Actor> actors) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < actors.size(); i++) {
            if (i > 0) {
                sb.append(i == actors.size() - 1 ? " and " : ", ");
            }
            sb.append(actors.get(i).text());
        }
        return sb.toString();
    }

    private static final String[] TOWARD = {"near", "along", "toward", "towards", "to", "into", "on", "at", "around",
        "against", "across"};

    /**
     * Where the lexicon's target slots are empty, a political actor in a slot that usually holds the other
     * party: "promised Marcos that", "demanded that China remove", "exercises with Russia", "massed troops
     * near the border with Ukraine", "warned ... if Hamas violated".
     */
    private int fallbackTarget(Sentence s, Trigger t, EventType type, CodingContext ctx) {
        int head = t.nominal() ? t.token() : t.anchor();
        if (!t.nominal() && (type.quadClass() == 1 || type.quadClass() == 3)) {
            for (String rel : new String[] {"iobj", "obj"}) {
                Token o = Syntax.child(s, t.anchor(), rel);
                if (o != null && political(actor(s, o.index(), ctx), ctx, false)) {
                    return o.index();
                }
            }
            for (Token c : s.children(t.anchor())) {
                if (c.deprel().equals("ccomp") || c.deprel().equals("xcomp")) {
                    Token subj = Syntax.child(s, c.index(), "nsubj");
                    if (subj != null && political(actor(s, subj.index(), ctx), ctx, false)) {
                        return subj.index();
                    }
                }
            }
        }
        if (t.nominal()) {
            for (String prep : type.isCooperative() ? new String[] {"with", "to", "for"} : new String[] {"against", "with", "on"}) {
                int w = Roles.prepDependent(s, head, prep, "nmod");
                if (w >= 0 && political(actor(s, w, ctx), ctx, false)) {
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
                if (w < 0) {
                    continue;
                }
                if (political(actor(s, w, ctx), ctx, false) && actor(s, w, ctx).country() != null) {
                    return w;
                }
                int inner = nestedActor(s, w, ctx, 0);
                if (inner < 0) {
                    for (Token c : s.children(w)) {
                        if (c.deprel().equals("compound") && actor(s, c.index(), ctx).country() != null) {
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
                        if (subj != null && political(actor(s, subj.index(), ctx), ctx, false)) {
                            return subj.index();
                        }
                    }
                }
            }
        }
        return -1;
    }

    /** A political actor inside an unresolved phrase, through its prepositional dependents. */
    private int nestedActor(Sentence s, int head, CodingContext ctx, int depth) {
        if (depth > 2) {
            return -1;
        }
        for (Token c : s.children(head)) {
            if (!c.deprel().startsWith("nmod") || !c.isNoun()) {
                continue;
            }
            if (Syntax.hasCase(s, c.index(), "with") || Syntax.hasCase(s, c.index(), "to")
                || Syntax.hasCase(s, c.index(), "against") || Syntax.hasCase(s, c.index(), "on")
                || Syntax.hasCase(s, c.index(), "between") || Syntax.hasCase(s, c.index(), "from")) {
                Actor a = actor(s, c.index(), ctx);
                if (political(a, ctx, false)) {
                    return c.index();
                }
                int deeper = nestedActor(s, c.index(), ctx, depth + 1);
                if (deeper >= 0) {
                    return deeper;
                }
            }
        }
        return -1;
    }

    /** Objects that are not parties: "met face to face", "each other" (handled by the caller). */
    private static boolean isNonTarget(Sentence s, int i) {
        String w = s.token(i).lowerWord();
        return w.equals("face") || w.equals("way") || w.equals("hand") || w.equals("end") || w.equals("part");
    }

    /**
     * The actor behind an unresolved phrase that names an act or thing of theirs: "the U.S. strike",
     * "Ghani's offer", "a verdict by a Russian court", "the decision of the council".
     */
    private Actor agentBehind(Sentence s, int head, CodingContext ctx) {
        Token h = s.token(head);
        if (!h.isNoun() || !(lex.nounIs(Syntax.lemma(h), "verbal") || !lex.nounSenses(Syntax.lemma(h)).isEmpty())) {
            return null;
        }
        int agent = Roles.nounAgent(s, head);
        if (agent < 0) {
            agent = modifierAgent(s, head, ctx);
        }
        if (agent < 0) {
            agent = Roles.prepDependent(s, head, "of", "nmod");
        }
        if (agent < 0 || agent == head) {
            return null;
        }
        Actor a = actor(s, agent, ctx);
        return a.isResolved() ? a : null;
    }

    private static Sense prepsOnly(Sense s) {
        List<String> preps = s.targets().stream().filter(x -> !x.equals("obj") && !x.equals("iobj")).toList();
        return new Sense(s.noun(), s.lemma(), s.particle(), s.modifiers(), s.type(), s.mode(), s.context(), s.cameo(),
            preps, s.flags(), s.objClass(), s.origin());
    }

    private static final Set<String> AGREEMENTS = Set.of("deal", "agreement", "accord", "treaty", "pact", "talks",
        "negotiation", "convention", "arrangement", "initiative", "ceasefire", "truce", "protocol", "framework",
        "alliance", "bloc", "organisation", "organization", "union", "court", "council", "coalition", "process");

    private static final Set<String> PLANNED = Set.of("planned", "proposed", "possible", "potential", "future",
        "expected", "promised", "pledged", "prospective", "upcoming", "anticipated", "intended", "mooted");

    /** "planned peace talks", "a proposed ceasefire": the noun names an act not yet done. */
    private static Modality plannedModifier(Sentence s, int n) {
        for (Token c : s.children(n)) {
            if (("amod".equals(c.deprel()) || "compound".equals(c.deprel())) && PLANNED.contains(c.lowerWord())) {
                return c.lowerWord().equals("proposed") || c.lowerWord().equals("mooted") ? Modality.PROPOSED
                    : Modality.INTENDED;
            }
        }
        return null;
    }

    /**
     * "Twenty soldiers were killed in a clash with Chinese troops", "killed in an attack by the
     * Taliban": a passive verb without a "by" agent takes the author of the event noun it is told with.
     */
    private int agentOfEventNoun(Sentence s, int v, Sense sense) {
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
                    a = modifierAgentIndex(s, c.index());
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

    private static boolean hasModifier(Sentence s, int n, Set<String> words) {
        for (Token c : s.children(n)) {
            if (("amod".equals(c.deprel()) || "compound".equals(c.deprel())) && words.contains(c.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /** "will not", "won't", "would not" on the act's own verb. */
    private static boolean futureRefusal(Sentence s, int v) {
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

    private static boolean inProtest(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if (c.baseRel().equals("obl") && Syntax.lemma(c).equals("protest") && Syntax.hasCase(s, c.index(), "in")) {
                return true;
            }
        }
        return false;
    }

    /** "clashes erupted", "an air strike killed", "fighting in Helmand": a bare event noun as main news. */
    private static boolean bareEventPosition(Sentence s, int n) {
        String rel = s.token(n).deprel();
        return rel.equals("root") || rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("obj")
            || rel.equals("conj") && bareEventPosition(s, s.token(n).head());
    }

    /** As {@link #modifierAgent} without a context: countries and known names only. */
    private int modifierAgentIndex(Sentence s, int n) {
        for (Token c : s.children(n)) {
            String rel = c.deprel();
            if (rel.equals("amod") || rel.equals("compound")) {
                Actor a = actors.resolve(s, c.index(), null);
                if (a.isResolved() && (a.country() != null || a.id() != null)) {
                    return c.index();
                }
            }
        }
        return -1;
    }

    /** "Israeli strikes", "Taliban attack", "U.S. sanctions": an actor-naming modifier is the agent. */
    private int modifierAgent(Sentence s, int n, CodingContext ctx) {
        for (Token c : s.children(n)) {
            String rel = c.deprel();
            if (rel.equals("amod") || rel.equals("compound")) {
                Actor a = actors.resolve(s, c.index(), ctx.date());
                if (a.isResolved() && (a.country() != null || a.id() != null)) {
                    return c.index();
                }
            }
        }
        return -1;
    }

    /** For "during talks with the Taliban": the subject of the clause the noun sits in. */
    private static int governingSubject(Sentence s, int n) {
        int cur = n;
        for (int k = 0; k < 4; k++) {
            Token p = s.parent(cur);
            if (p == null) {
                return -1;
            }
            if (p.isVerb()) {
                return Roles.verbSubject(s, p.index(), 0);
            }
            cur = p.index();
        }
        return -1;
    }

    /**
     * "The administration announced it was pulling out": a pronoun subject of a complement clause
     * stands for the subject of the clause that governs it, when that one is a noun phrase.
     */
    private int pronounAntecedent(Sentence s, int pron) {
        String w = s.token(pron).lowerWord();
        if (!PERSON_PRONOUNS.contains(w) && !GROUP_PRONOUNS.contains(w)) {
            return pron;
        }
        int cur = s.token(pron).head();
        for (int k = 0; k < 4 && cur >= 0; k++) {
            Token v = s.token(cur);
            String rel = v.deprel();
            if (rel == null || !(rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("conj"))) {
                return pron;
            }
            Token p = s.parent(cur);
            if (p == null) {
                return pron;
            }
            if (rel.equals("ccomp") && (p.index() > pron || lex.cues(Syntax.lemma(p)).isEmpty())) {
                // "They opened fire ..., police said": a report after the fact is not the pronoun's antecedent
                return pron;
            }
            Token subj = Syntax.child(s, p.index(), "nsubj");
            if (subj != null && !subj.isPronoun()) {
                boolean person = PERSON_PRONOUNS.contains(w);
                boolean looksPerson = subj.isProperNoun() && "PERSON".equals(subj.ner());
                if (person == looksPerson || !person && !subj.isProperNoun() || person && subj.isProperNoun()) {
                    return subj.index();
                }
                return pron;
            }
            cur = p.index();
        }
        return pron;
    }

    /**
     * The cue word directly governing {@code node} ("threatened" in "threatened to attack", "offered" in
     * "offered to withdraw") when it changes the act (not a reporting verb), else -1.
     */
    private int governingCue(Sentence s, int node) {
        Token self = s.token(node);
        Token p = s.parent(node);
        if (p == null) {
            return -1;
        }
        String rel = self.baseRel();
        if (!(rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj") || rel.equals("obl"))) {
            return -1;
        }
        if (rel.equals("obl") && !FrameAnalyzer.complementCase(s, node)) {
            return -1;
        }
        for (Cue c : lex.cues(Syntax.lemma(p))) {
            if ((c.particle() == null || Syntax.hasParticle(s, p.index(), c.particle()))
                && c.effect() != Cue.Effect.SPEECH && c.effect() != Cue.Effect.ATTEMPT) {
                return p.index();
            }
        }
        return -1;
    }

    /** A noun that is the object of a demand, offer, refusal or threat is coded even if bare. */
    private boolean governedByCue(Sentence s, int n) {
        Token p = s.parent(n);
        if (p == null || !p.isVerb()) {
            return false;
        }
        String rel = s.token(n).baseRel();
        if (!rel.equals("obj") && !rel.equals("obl")) {
            return false;
        }
        for (Cue c : lex.cues(Syntax.lemma(p))) {
            if ((c.particle() == null || Syntax.hasParticle(s, p.index(), c.particle()))
                && c.effect() != Cue.Effect.SPEECH && c.effect() != Cue.Effect.ATTEMPT) {
                return true;
            }
        }
        return false;
    }

    /** The object of the verb whose clause holds noun {@code n}. */
    private static int governingObject(Sentence s, int n) {
        int cur = n;
        for (int k = 0; k < 4; k++) {
            Token p = s.parent(cur);
            if (p == null) {
                return -1;
            }
            if (p.isVerb()) {
                for (String rel : new String[] {"iobj", "obj"}) {
                    Token o = Syntax.child(s, p.index(), rel);
                    if (o != null && o.index() != n) {
                        return o.index();
                    }
                }
                return -1;
            }
            cur = p.index();
        }
        return -1;
    }

    private Actor cueSubject(Sentence s, int cue, CodingContext ctx) {
        int subj = Roles.verbSubject(s, cue, 0);
        if (subj >= 0 && s.token(subj).isPronoun()) {
            subj = pronounAntecedent(s, subj);
        }
        if (subj < 0 && s.token(cue).isNoun()) {
            subj = Roles.nounAgent(s, cue);
        }
        return subj >= 0 ? actor(s, subj, ctx) : null;
    }

    /** Who a demand or threat is addressed to: "urged Israel to", "called on Kabul to", "warned Iran". */
    private static int addressee(Sentence s, int cue) {
        Token o = Syntax.child(s, cue, "obj");
        if (o != null && o.isNoun()) {
            return o.index();
        }
        Token io = Syntax.child(s, cue, "iobj");
        if (io != null) {
            return io.index();
        }
        int on = Roles.prepDependent(s, cue, "on", "obl");
        if (on >= 0) {
            return on;
        }
        return Roles.prepDependent(s, cue, "from", "obl");
    }

    private String ownCameo(Sentence s, int cue, EventType type, String fallback) {
        Token t = s.token(cue);
        for (Sense sense : t.isNoun() ? lex.nounSenses(Syntax.lemma(t)) : lex.verbSenses(Syntax.lemma(t))) {
            if (sense.type() == type) {
                return sense.cameo();
            }
        }
        return fallback;
    }

    private Actor actor(Sentence s, int i, CodingContext ctx) {
        Token t = s.token(i);
        if (t.pos().equals("CD") || t.isNoun()) {
            // "15 of them": the pronoun inside a counted phrase
            for (Token c : s.children(i)) {
                if (c.isPronoun() && c.deprel().startsWith("nmod") && Syntax.hasCase(s, c.index(), "of")) {
                    Actor inner = actor(s, c.index(), ctx);
                    if (inner.isResolved()) {
                        return new Actor(s.span(Math.min(i, c.index()), Math.max(i, c.index())), inner.name(),
                            inner.id(), inner.country(), inner.sector(), inner.members());
                    }
                }
            }
        }
        String w = t.lowerWord();
        if (t.isPronoun()) {
            if (PERSON_PRONOUNS.contains(w) && ctx.lastPerson() != null) {
                Actor p = ctx.lastPerson();
                return new Actor(t.word(), p.name(), p.id(), p.country(), p.sector(), p.members());
            }
            if ((w.equals("him") || w.equals("her")) && ctx.lastPerson() != null) {
                Actor p = ctx.lastPerson();
                return new Actor(t.word(), p.name() != null ? p.name() : p.text(), p.id(), p.country(), p.sector(),
                    p.members());
            }
            if ((w.equals("them") || w.equals("it")) && ctx.lastGroup() != null) {
                Actor g = ctx.lastGroup();
                return new Actor(t.word(), g.name() != null ? g.name() : g.text(), g.id(), g.country(), g.sector(),
                    g.members());
            }
            if (GROUP_PRONOUNS.contains(w) && ctx.lastGroup() != null) {
                Actor g = ctx.lastGroup();
                return new Actor(t.word(), g.name(), g.id(), g.country(), g.sector(), g.members());
            }
            return Actor.simple(t.word(), null, null, null, null);
        }
        return home(actors.resolve(s, i, ctx.date()), ctx);
    }

    /** Sectors whose bare mentions ("police", "the government") belong to the article's country. */
    private static final Set<String> DOMESTIC_SECTORS = Set.of("COP", "JUD", "LEG", "PTY", "OPP", "CVL");
    /** Modifiers that say an actor is not the article's own: "foreign governments", "Western diplomats". */
    private static final Set<String> NOT_HOME = Set.of("foreign", "western", "international", "other", "outside",
        "overseas", "regional", "global", "european", "arab", "african", "asian", "neighbouring", "neighboring");

    /** Gives a country-less domestic actor the article's home country. */
    private static Actor home(Actor a, CodingContext ctx) {
        String lower = a.text().toLowerCase(Locale.ROOT);
        for (String w : NOT_HOME) {
            if (lower.startsWith(w + " ") || lower.contains(" " + w + " ")) {
                return a;
            }
        }
        if (ctx.homeCountry() == null || a.country() != null || a.id() != null || a.sector() == null
            || !DOMESTIC_SECTORS.contains(a.sector())) {
            if (a.isCompound()) {
                List<Actor> ms = a.members().stream().map(m -> home(m, ctx)).toList();
                return new Actor(a.text(), a.name(), a.id(), a.country(), a.sector(), ms);
            }
            return a;
        }
        return new Actor(a.text(), a.name(), a.id(), ctx.homeCountry(), a.sector(), a.members());
    }

    /** "The missiles fired by the Israeli military": the author of a weapon named as subject. */
    private static int instrumentAuthor(Sentence s, int weapon) {
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
        return -1;
    }

    private boolean isInstrument(Sentence s, int i) {
        return lex.nounIs(Syntax.lemma(s.token(i)), "instrument");
    }

    /** "Five soldiers were killed in a bomb attack": an unattributed act told with its weapon. */
    private boolean mentionsInstrument(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.isNoun() && isInstrument(s, t.index())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "agreed to set up field hospitals", "offered to provide security": a promise or offer verb with an
     * infinitive is a commitment even when the promised act is not in the lexicon.
     */
    private boolean commitsToSomething(Sentence s, int v) {
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
            if (c.baseRel().equals("obl") && c.isNoun() && (Syntax.hasCase(s, c.index(), "to")
                || Syntax.hasCase(s, c.index(), "on"))) {
                return true;
            }
        }
        return false;
    }

    /** A target worth coding: an actor, a named person or place, or a building, place or vehicle. */
    private boolean acceptableTarget(Sentence s, int i, Actor target) {
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
        return "PERSON".equals(ner) || "LOCATION".equals(ner) || "ORGANIZATION".equals(ner)
            || lex.nounIs(Syntax.lemma(t), "facility") || lex.nounIs(t.lowerWord(), "facility");
    }

    /**
     * A political actor: a state, its organs, armed and political groups, international bodies.
     * Civilians, media, business, clergy and the like are actors too but do not make an event political
     * on their own. In a sports report a bare country is a team, and only security forces, armed groups
     * and international bodies count.
     */
    static boolean political(Actor a, CodingContext ctx, boolean materialConflict) {
        if (a == null || !a.isResolved()) {
            return false;
        }
        if (a.isCompound()) {
            return a.members().stream().anyMatch(m -> political(m, ctx, materialConflict));
        }
        if (a.sector() != null) {
            if (ctx.sport()) {
                return SPORT_SAFE_SECTORS.contains(a.sector());
            }
            if (WEAK_SECTORS.contains(a.sector())) {
                // "Azerbaijani hackers": criminals of a named country may act for it
                return "CRM".equals(a.sector()) && a.country() != null;
            }
            if (REGIONAL.matcher(a.text().toLowerCase(Locale.ROOT)).find()
                && (a.sector().equals("GOV") || a.sector().equals("MIL"))) {
                // "Arab states", "Western allies", "West African leaders": a group of states
                return true;
            }
            if (named(a)) {
                // "the Department of Education", "Junior Doctors Association", "Governor Andrew Cuomo"
                return true;
            }
            // "the government", "police", "officials" with no country and no name are political in hard news;
            // in an entertainment or technology report only when they arrest, attack or sanction
            return a.country() != null || a.id() != null || ARMED_SECTORS.contains(a.sector())
                || materialConflict && !"ELI".equals(a.sector()) || !ctx.softNews() && !"ELI".equals(a.sector());
        }
        if (ctx.sport()) {
            return false;
        }
        return a.country() != null || a.id() != null;
    }

    static boolean sameActor(Actor a, Actor b) {
        if (a.id() != null && a.id().equals(b.id())) {
            return true;
        }
        return a.text().equalsIgnoreCase(b.text());
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

    static String threatMode(EventType threatened, String mode) {
        return switch (threatened) {
            case ASSAULT, MOBILIZE -> "violence";
            case COERCE -> "arrest".equals(mode) ? "arrest" : "restrict";
            case SANCTION -> "expel".equals(mode) ? "expel" : "relations";
            case RETREAT -> "relations";
            default -> mode;
        };
    }

    private static double confidence(Trigger t, Actor source, Actor target, Frame frame) {
        double c = 0.9;
        if (t.nominal() && t.light() == null) {
            c -= 0.1;
        }
        if (source == null || !source.isResolved()) {
            c -= 0.15;
        }
        if (target == null) {
            c -= 0.05;
        }
        if (frame.hedged()) {
            c -= 0.2;
        }
        return Math.max(0.1, Math.round(c * 100) / 100.0);
    }

    /**
     * "Police fired tear gas at thousands of protesters": security forces acting against protesters tell
     * of a protest, coded when the sentence has none of its own.
     */
    private List<CodedEvent> impliedProtests(Sentence s, List<CodedEvent> in, Consumer<String> log) {
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

    private static final java.util.regex.Pattern PROTESTER =
        java.util.regex.Pattern.compile("\\b(protesters?|demonstrators?|marchers|rioters|crowds? of protesters)\\b");

    // ---------------------------------------------------------------- merging

    /**
     * Joins events of one act told twice in a sentence ("killed five soldiers in an attack by the
     * Taliban") and drops exact repeats, keeping the first and filling its missing roles.
     */
    private List<CodedEvent> merge(Sentence s, List<CodedEvent> in, Consumer<String> log) {
        in = participles(s, in, log);
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : in) {
            boolean absorbed = false;
            for (int k = 0; k < out.size(); k++) {
                CodedEvent o = out.get(k);
                if (o.type() != e.type() || o.modality() != e.modality()) {
                    continue;
                }
                boolean connected = o.anchor() == e.anchor() || s.token(e.token()).head() == o.token()
                    || s.token(o.token()).head() == e.token();
                boolean sameDyad = key(o.source()).equals(key(e.source())) && key(o.target()).equals(key(e.target()));
                if (connected || sameDyad) {
                    Actor src = o.source() != null && o.source().isResolved() ? o.source()
                        : e.source() != null ? e.source() : o.source();
                    Actor tgt = o.target() != null ? o.target() : e.target();
                    if (src != null && tgt != null && sameActor(src, tgt)) {
                        tgt = o.target();
                    }
                    List<String> ctx = new ArrayList<>(o.context());
                    e.context().stream().filter(c -> !ctx.contains(c)).forEach(ctx::add);
                    out.set(k, new CodedEvent(o.type(), o.mode() != null ? o.mode() : e.mode(), ctx, o.cameo(),
                        o.modality(), o.negated(), src, tgt, o.token(), o.anchor(), o.frame(),
                        Math.max(o.confidence(), e.confidence()), o.rule() + " + " + e.rule()));
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
     * "stormed the school, killing 132 children" is one attack; "imposed sanctions, targeting 39
     * people" elaborates the sanctions. A participial adjunct joins the event of its clause when the
     * types agree and is dropped when they differ.
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
            for (int k = 0; k < out.size(); k++) {
                CodedEvent g = out.get(k);
                if (g == e || (g.token() != t.head() && g.anchor() != t.head())) {
                    continue;
                }
                out.remove(e);
                if (g.type() == e.type()) {
                    int gi = out.indexOf(g);
                    Actor tgt = g.target() != null ? g.target() : e.target();
                    out.set(gi, new CodedEvent(g.type(), g.mode() != null ? g.mode() : e.mode(), g.context(),
                        g.cameo(), g.modality(), g.negated(), g.source() != null ? g.source() : e.source(), tgt,
                        g.token(), g.anchor(), g.frame(), Math.max(g.confidence(), e.confidence()),
                        g.rule() + " + participle " + e.rule()));
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
}
