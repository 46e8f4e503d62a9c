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
    /** Weapons and blasts that fill the subject slot of an attack without being its author. */
    private static final Set<String> INSTRUMENTS = Set.of("bomb", "blast", "explosion", "missile", "rocket", "shell",
        "mine", "ied", "grenade", "drone", "airstrike", "strike", "bullet", "fire", "gunfire", "shelling", "attack",
        "device", "car", "truck", "vehicle", "mortar", "projectile", "munition", "barrage", "raid", "bombing");
    /** Pronouns that may stand for the last named person or group. */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they");
    private static final Set<String> NONPOLITICAL_SECTORS = Set.of("BUS");
    private static final Set<String> BACKGROUND_PREPS = Set.of("since", "before", "after", "following", "despite",
        "amid", "throughout", "like", "unlike", "including");

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
        List<Trigger> triggers = findTriggers(s, log);
        List<CodedEvent> out = new ArrayList<>();
        for (Trigger t : triggers) {
            String contentOf = contentOf(s, t, triggers);
            if (contentOf != null) {
                log.accept("  skip " + t.sense().label() + " @" + t.token() + ": content of " + contentOf);
                continue;
            }
            CodedEvent e = build(s, t, ctx, log);
            if (e != null) {
                out.add(e);
            }
        }
        out = merge(s, out, log);
        for (CodedEvent e : out) {
            if (!e.modality().isUnrealized()) {
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
            if (!t.isNoun()) {
                continue;
            }
            for (Sense sense : lex.nounSenses(Syntax.lemma(t))) {
                if (!modifiersMatch(s, t.index(), sense)) {
                    continue;
                }
                int anchor = t.index();
                Lexicon.LightVerb light = null;
                int carrier = carrier(s, t.index());
                Token p = s.parent(carrier);
                String rel = s.token(carrier).deprel();
                if (p != null && p.isVerb() && (rel.equals("obj") || rel.equals("nsubj:pass"))) {
                    light = lightVerb(s, p.index());
                    if (light != null) {
                        anchor = p.index();
                        lightAnchors.add(anchor);
                    } else if (carrier != t.index()) {
                        anchor = carrier;
                    }
                } else if (carrier != t.index()) {
                    anchor = carrier;
                }
                found.add(new Trigger(t.index(), sense, anchor, light));
                break;
            }
        }
        for (Token t : s.tokens()) {
            if (!t.isVerb() || lightAnchors.contains(t.index())) {
                continue;
            }
            for (Sense sense : lex.verbSenses(Syntax.lemma(t))) {
                if (sense.particle() != null && !Syntax.hasParticle(s, t.index(), sense.particle())) {
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

    /** A trigger noun compounded with a plan-like noun speaks through it: "a withdrawal plan". */
    private static int carrier(Sentence s, int n) {
        Token t = s.token(n);
        Token p = s.parent(n);
        if (p != null && "compound".equals(t.deprel()) && p.isNoun() && PLAN_NOUNS.contains(Syntax.lemma(p))) {
            return p.index();
        }
        if (p != null && "nmod".equals(t.deprel()) && p.isNoun() && PLAN_NOUNS.contains(Syntax.lemma(p))
            && "for".equals(Syntax.caseOf(s, n))) {
            return p.index();
        }
        return n;
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
        if (t.nominal() && t.anchor() == t.token()) {
            String prep = Syntax.caseOf(s, node);
            if (prep != null && BACKGROUND_PREPS.contains(prep)) {
                return "background phrase '" + prep + "'";
            }
        }
        for (Trigger o : all) {
            if (o == t) {
                continue;
            }
            if (o.token() == p.index() || o.anchor() == p.index() && o.light() != null) {
                boolean argument = rel.equals("obj") || rel.equals("obl") || rel.equals("nmod") || rel.equals("xcomp")
                    || rel.equals("ccomp") || rel.equals("compound") || rel.equals("nsubj:pass")
                    || rel.equals("advcl") && hasMarkOf(s, node);
                if (!argument) {
                    continue;
                }
                EventType ot = o.sense().type();
                boolean verbal = ot.quadClass() == 1 || ot.quadClass() == 3;
                if (verbal || rel.equals("compound") || t.nominal() && rel.equals("obj")) {
                    return o.sense().label() + " @" + o.token();
                }
            }
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
        } else if (t.light() != null) {
            subj = Roles.verbSubject(s, t.anchor(), 0);
            targ = Roles.nounTarget(s, t.token(), sense);
            if (targ < 0) {
                targ = Roles.verbTarget(s, t.anchor(), prepsOnly(sense));
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
            if (subj < 0 && sense.has(Sense.Flag.RECIP) && targ >= 0) {
                subj = governingSubject(s, t.token());
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
        if (t.light() != null && t.light().modality() != Modality.ASSERTED && modality == Modality.ASSERTED) {
            // "offered talks", "promised aid", "sought a ceasefire"
            modality = t.light().modality();
        }
        int anchor = t.anchor();
        if (subj >= 0 && s.token(subj).isPronoun()) {
            subj = pronounAntecedent(s, subj);
        }
        Actor source = subj >= 0 ? actor(s, subj, ctx) : null;
        if (source != null && isInstrument(s, subj)) {
            source = null;
        }
        Actor target = targ >= 0 ? actor(s, targ, ctx) : null;
        String rule = roleNote + " " + sense.label() + " [" + sense.origin() + "]";

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
        if (frame.negated() || modality == Modality.DENIED) {
            modality = Modality.DENIED;
        }
        if (frame.path().contains("<")) {
            rule = rule + " path: " + frame.path();
        }

        // filters
        if (sense.has(Sense.Flag.NEED_TARGET) && (target == null || !target.isResolved()) && frame.effect() == null) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": needs an actor as target, found "
                + (target == null ? "none" : "'" + target.text() + "'"));
            return null;
        }
        if (sense.has(Sense.Flag.NEED_SOURCE) && (source == null || !source.isResolved()) && frame.effect() == null) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": needs an actor as source, found "
                + (source == null ? "none" : "'" + source.text() + "'"));
            return null;
        }
        if (!political(source) && !political(target)) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": no political actor (source "
                + (source == null ? "none" : "'" + source.text() + "'") + ", target "
                + (target == null ? "none" : "'" + target.text() + "'") + ")");
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

    private static Sense prepsOnly(Sense s) {
        List<String> preps = s.targets().stream().filter(x -> !x.equals("obj") && !x.equals("iobj")).toList();
        return new Sense(s.noun(), s.lemma(), s.particle(), s.modifiers(), s.type(), s.mode(), s.context(), s.cameo(),
            preps, s.flags(), s.origin());
    }

    /** "clashes erupted", "an air strike killed", "fighting in Helmand": a bare event noun as main news. */
    private static boolean bareEventPosition(Sentence s, int n) {
        String rel = s.token(n).deprel();
        return rel.equals("root") || rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("obj")
            || rel.equals("conj") && bareEventPosition(s, s.token(n).head());
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
    private static int pronounAntecedent(Sentence s, int pron) {
        String w = s.token(pron).lowerWord();
        if (!PERSON_PRONOUNS.contains(w) && !GROUP_PRONOUNS.contains(w)) {
            return pron;
        }
        int cur = s.token(pron).head();
        for (int k = 0; k < 4 && cur >= 0; k++) {
            Token v = s.token(cur);
            String rel = v.deprel();
            if (rel == null || !(rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("advcl") || rel.equals("conj"))) {
                return pron;
            }
            Token p = s.parent(cur);
            if (p == null) {
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

    private Actor cueSubject(Sentence s, int cue, CodingContext ctx) {
        int subj = Roles.verbSubject(s, cue, 0);
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
        String w = t.lowerWord();
        if (t.isPronoun()) {
            if (PERSON_PRONOUNS.contains(w) && ctx.lastPerson() != null) {
                Actor p = ctx.lastPerson();
                return new Actor(t.word(), p.name(), p.id(), p.country(), p.sector(), p.members());
            }
            if (GROUP_PRONOUNS.contains(w) && ctx.lastGroup() != null) {
                Actor g = ctx.lastGroup();
                return new Actor(t.word(), g.name(), g.id(), g.country(), g.sector(), g.members());
            }
            return Actor.simple(t.word(), null, null, null, null);
        }
        return actors.resolve(s, i, ctx.date());
    }

    private static boolean isInstrument(Sentence s, int i) {
        return INSTRUMENTS.contains(Syntax.lemma(s.token(i)));
    }

    static boolean political(Actor a) {
        if (a == null || !a.isResolved()) {
            return false;
        }
        if (a.isCompound()) {
            return a.members().stream().anyMatch(EventCoder::political);
        }
        return !(a.sector() != null && NONPOLITICAL_SECTORS.contains(a.sector()) && a.country() == null);
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

    // ---------------------------------------------------------------- merging

    /**
     * Joins events of one act told twice in a sentence ("killed five soldiers in an attack by the
     * Taliban") and drops exact repeats, keeping the first and filling its missing roles.
     */
    private List<CodedEvent> merge(Sentence s, List<CodedEvent> in, Consumer<String> log) {
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
                    Actor tgt = o.target() != null && o.target().isResolved() ? o.target()
                        : e.target() != null ? e.target() : o.target();
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

    private static String key(Actor a) {
        if (a == null) {
            return "-";
        }
        return a.id() != null ? a.id() : a.country() + "/" + a.sector() + "/" + a.text().toLowerCase(Locale.ROOT);
    }
}
