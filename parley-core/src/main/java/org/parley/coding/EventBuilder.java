package org.parley.coding;

import org.parley.model.Actor;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import static org.parley.coding.ActorFinder.POPULAR_SECTORS;
import static org.parley.coding.ActorFinder.political;
import static org.parley.coding.ActorFinder.sameActor;
import static org.parley.coding.ContentRules.bareEventPosition;
import static org.parley.coding.PartySlots.addressee;
import static org.parley.coding.PartySlots.governingObject;
import static org.parley.coding.PartySlots.governingSubject;
import static org.parley.coding.PartySlots.instrumentAuthor;
import static org.parley.coding.PartySlots.isNonTarget;
import static org.parley.coding.Retyping.HOSTAGE;
import static org.parley.coding.Retyping.helpfulDeployment;
import static org.parley.coding.Retyping.shift;
import static org.parley.coding.Retyping.threatMode;
import static org.parley.coding.TriggerFinder.carrier;
import static org.parley.coding.TriggerFinder.prepsOnly;

/**
 * Turns one trigger into one coded event, or none: finds its source and target, reads its frame
 * (negation, modality, governing cue), turns offers, intentions, demands, refusals and threats into the
 * PLOVER event they are, and drops events without the actors they need. The rules that retype the event
 * by its words, its form and its parties are {@link RetypeRules}', called in order as what each reads is
 * found. Stateless and thread-safe.
 */
final class EventBuilder {
    private final Lexicon lex;
    private final FrameAnalyzer frames;
    private final ContentRules content;
    private final ActorFinder actors;
    private final PartySlots slots;
    private final Retyping retyping;
    private final RetypeRules retypes;

    EventBuilder(Lexicon lex, FrameAnalyzer frames, ContentRules content, ActorFinder actors, PartySlots slots,
                 Retyping retyping, RetypeRules retypes) {
        this.lex = lex;
        this.frames = frames;
        this.content = content;
        this.actors = actors;
        this.slots = slots;
        this.retyping = retyping;
        this.retypes = retypes;
    }

    /** Nouns of a bid whose party hangs under them: "any attempt at Taiwan independence". */
    private static final Set<String> ATTEMPTS = Set.of("attempt", "move", "bid", "effort", "push", "step");

    /** Verbs that tell a match's result or fixture in a sports report ("Army beat Navy 15-0"). */
    private static final java.util.Set<String> SPORT_RESULTS = java.util.Set.of("beat", "defeat", "crush", "rout",
        "thrash", "overpower", "overwhelm", "edge", "stun", "down", "hammer", "outclass", "meet", "face", "host",
        "play", "shoot", "attack", "storm", "invade", "capture", "seize", "fight");

    /** Verbal reactions whose unnamed target is the author of the act they answer. */
    private static final java.util.Set<EventType> ANSWERING = java.util.EnumSet.of(EventType.ACCUSE,
        EventType.THREATEN, EventType.REQUEST, EventType.REJECT);
    /** Verbs of approval that answer an act: "welcomed the move", "praised the vote". */
    private static final java.util.Set<String> APPROVALS = java.util.Set.of("welcome", "praise", "hail", "applaud",
        "commend");

    /** Heads that stand for what they govern: "control of the town", "parts of the city". */
    private static final java.util.Set<String> CONTROL_HEADS = java.util.Set.of("control", "part", "swathe", "swath",
        "area", "most", "much");

    /** Whether a noun is what a span of time is counted from ("within 180 days of a final accord"). */
    private static boolean deadlineOf(Sentence s, int noun) {
        Token span = s.parent(noun);
        return span != null && s.hasCase(noun, "of") && s.token(noun).deprel().startsWith("nmod")
            && Syntax.TIME_WORDS.contains(Syntax.lemma(span)) && s.hasCase(span.index(), "within");
    }

    /** Whether a noun is the object or subject of a verb that is not its light verb. */
    private static boolean argumentOfAct(Sentence s, int noun) {
        Token head = s.parent(noun);
        String rel = s.token(noun).baseRel();
        return head != null && head.isVerb() && (rel.equals("obj") || rel.startsWith("nsubj"));
    }

    /** Military hardware that may back a force without being a party. */
    private static final java.util.Set<String> HARDWARE = java.util.Set.of("tank", "warplane", "jet", "helicopter",
        "gunship", "aircraft", "armour", "armor", "artillery", "warship", "plane");

    /** People held by a state. */
    private static final java.util.regex.Pattern DETAINEES = java.util.regex.Pattern.compile(
        "\\b(prisoners?|detainees?|inmates?|captives?|hostages?|activists?|dissidents?|journalists?)\\b");

    /** Where people are held: "freed from captivity", "released from custody". */
    private static final java.util.Set<String> CAPTIVITY = java.util.Set.of("captivity", "custody", "detention",
        "prison", "jail", "gaol");

    /**
     * Whether the freed people were held by force: "released from captivity", or "fishermen, held captive in Libya
     * for 100 days, have been freed".
     */
    private static boolean outOfCaptivity(Sentence s, int verb) {
        for (Token c : s.children(verb)) {
            if (c.deprel().startsWith("obl") && s.hasCase(c.index(), "from") && CAPTIVITY.contains(c.lowerWord())) {
                return true;
            }
            if (c.deprel().startsWith("nsubj")) {
                for (Token a : s.children(c.index())) {
                    if (a.deprel().startsWith("acl") && s.children(a.index()).stream()
                        .anyMatch(x -> HOSTAGE.contains(x.lowerWord()) || "captive".equals(x.lowerWord()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Pronouns for no one in particular. */
    private static final Set<String> GENERIC = Set.of("those", "anyone", "anybody", "whoever", "someone", "somebody");

    /** Plural counts that, standing alone, are people: "thousands", "tens of thousands". */
    private static final Set<String> CROWD_COUNTS = Set.of("dozens", "hundreds", "thousands", "tens", "millions",
        "scores");

    /** Whether the word heads a bare count of people: "thousands", "tens of thousands", not "thousands of cars". */
    private static boolean crowdCount(Sentence s, int head) {
        if (!CROWD_COUNTS.contains(s.token(head).lowerWord())) {
            return false;
        }
        for (Token c : s.children(head)) {
            if (c.deprel().startsWith("nmod") && !crowdCount(s, c.index())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The event of trigger {@code t} in sentence {@code s}, or null when it is dropped. Reads
     * {@code ctx} (remembered actors, home country, report kind) but does not change it.
     *
     * @param log receives one line per drop, skip or event; never null
     */
    CodedEvent build(Sentence s, Trigger t, CodingContext ctx, Consumer<String> log) {
        Sense sense = t.sense();
        int subj;
        int targ;
        String roleNote;
        boolean namedByParty = false;
        boolean claimed = false;
        boolean fightBetween = false;
        int faced = -1;
        if (!t.nominal()) {
            subj = Roles.verbSubject(s, t.token(), 0);
            targ = Roles.verbTarget(s, t.token(), sense);
            int patient = passiveConjunctPatient(s, t.token(), sense);
            if (patient >= 0) {
                // "was arrested by police and charged with treason": the one arrested is charged, by someone unnamed
                subj = -1;
                targ = patient;
            }
            if (targ < 0 && sense.objClass() != null) {
                // "halted imports of citrus fruit from Taiwan": the party hangs on the object of the class
                targ = Roles.objectModifier(s, t.token(), sense.targets());
            }
            if (targ < 0 && sense.type() == EventType.REJECT) {
                targ = refusedParty(s, t.token(), ctx);
            }
            if (targ < 0) {
                // "struck what New Delhi called a militant training camp"
                targ = Roles.freeRelativeObject(s, t.token());
            }
            roleNote = "verb";
            int struck = sense.type() == EventType.ASSAULT ? slots.struckForToll(s, t.token(), subj, targ, ctx) : -1;
            if (struck >= 0) {
                // "stormed a Nairobi shopping mall, killing at least 59 people": what was struck is the target, the
                // dead its toll
                targ = struck;
                roleNote = "verb, target what the clause it tells the toll of struck";
            }
            int between = Roles.betweenSides(s, t.token());
            if (subj < 0 && between >= 0 && sense.type() == EventType.ASSAULT) {
                // "as fighting/VBG between the army and Fano militiamen spread": the gerund read as a verb
                subj = between;
                targ = -1;
                fightBetween = true;
            }
            if (subj < 0 && Syntax.isPassive(s, t.token())) {
                subj = slots.agentOfEventNoun(s, t.token(), sense);
                if (subj >= 0) {
                    roleNote = "verb, agent from its event noun";
                }
            }
            if (subj < 0 && Syntax.isPassive(s, t.token()) && ("expel".equals(sense.mode())
                || "deport".equals(sense.mode()))) {
                // "two inspectors have been expelled from North Korea": the state they are sent out of
                int from = Roles.prepDependent(s, t.token(), "from", "obl");
                Actor left = from < 0 ? null : actors.actor(s, from, ctx);
                if (left != null && left.country() != null && !left.isCompound()) {
                    subj = from;
                    roleNote = "verb, agent the state left";
                }
            }
        } else if (t.light() != null && t.light().received()) {
            // "drew condemnation from the UN": the subject is at the receiving end
            targ = Roles.verbSubject(s, t.anchor(), 0);
            subj = -1;
            for (String prep : new String[] {"from", "by"}) {
                if (subj < 0) {
                    subj = Roles.prepDependent(s, t.token(), prep, "nmod");
                }
                if (subj < 0) {
                    subj = Roles.prepDependent(s, t.anchor(), prep, "obl");
                }
            }
            roleNote = "received through '" + s.token(t.anchor()).word() + "'";
        } else if (t.light() != null) {
            subj = Roles.verbSubject(s, t.anchor(), 0);
            targ = Roles.nounTarget(s, t.token(), sense);
            int carrier = TriggerFinder.carrier(lex, s, t.token());
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
            String noun = Syntax.lemma(s.token(t.token()));
            if (HOSTAGE.contains(noun) || noun.equals("grata")) {
                targ = smallClauseTarget(s, t, carrier);
            }
            roleNote = "light verb '" + s.token(t.anchor()).word() + "'";
        } else {
            subj = Roles.nounAgent(s, t.token());
            if (subj < 0) {
                subj = actors.modifierAgent(s, t.token(), ctx);
                namedByParty = subj >= 0;
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
                int claimer = claimer(s, t.token());
                if (claimer >= 0) {
                    // "Al-Shabaab claimed responsibility for the attack": who claims it did it
                    subj = claimer;
                    claimed = true;
                }
            }
            if (subj < 0) {
                int cue = content.governingCue(s, t.anchor());
                if (cue >= 0) {
                    // "agreed on a ceasefire", "demanded their departure": the cue's subject acts
                    subj = Roles.verbSubject(s, cue, 0);
                }
            }
            if (subj < 0 && sense.has(Sense.Flag.RECIP)) {
                // "during talks with the Taliban", "after six hours of talks" (between the subject's parties)
                int g = governingSubject(s, t.token());
                if (g >= 0) {
                    Actor ga = actors.actor(s, g, ctx);
                    int other = targ >= 0 ? -1 : governingObject(s, t.token());
                    if (other >= 0 && political(actors.actor(s, other, ctx), ctx, false)) {
                        // "told Trump in a lengthy phone call", "met Xi for talks"
                        targ = other;
                    }
                    if (ga.isResolved() && (targ >= 0 || ga.isCompound())) {
                        subj = g;
                    }
                }
            }
            if (subj < 0 && sense.type() == EventType.CONSULT && ("for".equals(s.caseOf(t.token()))
                || "on".equals(s.caseOf(t.token()))) && s.parent(t.token()) != null && s.parent(t.token()).isVerb()
                && ARRIVALS.contains(Syntax.lemma(s.parent(t.token())))) {
                // "arrived in Cuba for a five-day visit", "flew to Doha for talks": the traveller visits or talks
                int cand = Roles.verbSubject(s, s.token(t.token()).head(), 0);
                if (cand >= 0 && political(actors.actor(s, cand, ctx), ctx, false)) {
                    subj = cand;
                }
            }
            if (subj < 0 && sense.type() == EventType.PROTEST && ("in".equals(s.caseOf(t.token()))
                || "on".equals(s.caseOf(t.token()))) && s.parent(t.token()) != null && s.parent(t.token()).isVerb()) {
                // "workers stopped work in a strike", "doctors went on strike": the clause's subject protests,
                // when it is of the people who protest
                int cand = Roles.verbSubject(s, s.token(t.token()).head(), 0);
                Actor ca = cand >= 0 ? actors.actor(s, cand, ctx) : null;
                if (ca != null && ca.flatten().stream().anyMatch(m -> m.sector() != null
                    && POPULAR_SECTORS.contains(m.sector()))) {
                    subj = cand;
                }
            }
            int between = Roles.betweenSides(s, t.token());
            if (subj < 0 && between >= 0 && takesEffect(s, t.token())) {
                // "a truce between the Saudi-led coalition and the Houthis took effect": the parties named
                // after "between", the first acting toward the others
                subj = between;
                targ = -1;
            } else if (between >= 0 && sense.type() == EventType.ASSAULT) {
                // "fighting between the army and Fano militiamen spread", "clashes between police and
                // protesters": the sides are the ones named, not the clause's subject; the first fights the others
                subj = between;
                targ = -1;
                fightBetween = true;
            }
            if (subj < 0 && "with".equals(s.caseOf(t.token())) && s.parent(t.token()) != null
                && s.parent(t.token()).isVerb() && ANSWER_VERBS.contains(Syntax.lemma(s.parent(t.token())))) {
                // "Israel responded with air strikes on Gaza", "Beijing hit back with sanctions": the answer's
                // means are the answerer's own act
                int cand = Roles.verbSubject(s, s.token(t.token()).head(), 0);
                if (cand >= 0 && political(actors.actor(s, cand, ctx), ctx, false)) {
                    subj = cand;
                }
            }
            faced = subj < 0 ? facer(s, t) : -1;
            if (faced >= 0) {
                // "Belgrade and Pristina could face sanctions": the one to face them is the target, the doer unnamed
                targ = faced;
                roleNote = "noun faced by its target";
            }
            if (deadlineOf(s, t.token())) {
                // "will lay down their weapons within six months of a final accord": the time is counted from it
                log.accept("  drop " + sense.label() + " @" + t.token() + ": the point a deadline is counted from");
                return null;
            }
            if (sense.has(Sense.Flag.WEAK) && subj < 0 && faced < 0 && t.anchor() == t.token()
                && !content.governedByCue(s, t.token())) {
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

        Frame frame = frames.analyze(s, t.anchor(), t.token());
        RetypeRules.Draft worded = retypes.fromWords(s, t, frame);
        EventType type = worded.type();
        String mode = worded.mode();
        List<String> context = worded.context();
        String cameo = worded.cameo();
        Modality modality = worded.modality();
        if ((namedByParty || argumentOfAct(s, t.token())) && sense.type() == EventType.AGREE
            && t.anchor() == t.token() && frame.effect() == null
            && Syntax.child(s, t.token(), "det") != null && "the".equals(Syntax.child(s, t.token(), "det").lowerWord())) {
            // "reviving the Iran nuclear deal": an agreement named by its party is one made before, not its making;
            // so is "the agreement" another act is done to ("ruled out renegotiating the agreement with Washington")
            log.accept("  drop " + sense.label() + " @" + t.token() + ": names an agreement made before");
            return null;
        }
        if (!t.nominal() && metNoParty(s, t.token())) {
            // "met the deadline", "without meeting resistance", "met its targets": nobody is met
            log.accept("  drop " + sense.label() + " @" + t.token() + ": met a deadline, a target or resistance, not a party");
            return null;
        }
        if (!t.nominal() && countedWars(s, t.token())) {
            // "the two countries have fought two of their three wars over Kashmir": a history, not an act
            log.accept("  drop " + sense.label() + " @" + t.token() + ": a count of wars fought, a history");
            return null;
        }
        if (sense.has(Sense.Flag.VOWED_ONLY) && modality != Modality.INTENDED
            && !(modality == Modality.HYPOTHETICAL && pendingOnItsOwn(s, t.anchor()))
            && frame.effect() != Cue.Effect.THREAT) {
            // ("would give a befitting reply to China if provoked" may yet be told as a threat)
            // "vowed to respond" threatens; "did not respond to requests for comment" is no act
            log.accept("  drop " + sense.label() + " @" + t.token() + ": an act only when vowed or threatened");
            return null;
        }
        int anchor = t.anchor();
        if (subj >= 0 && s.token(subj).isPronoun()) {
            subj = actors.pronounAntecedent(s, subj);
        }
        Actor source = subj >= 0 ? actors.actor(s, subj, ctx) : null;
        boolean instrumentSubject = false;
        if (source != null && !source.isResolved() && slots.isInstrument(s, subj)) {
            int by = instrumentAuthor(s, subj);
            Actor author = by >= 0 ? actors.actor(s, by, ctx) : null;
            // "a truck bomb exploded": a modifier that names no one ("truck") leaves the author unknown
            source = author != null && author.isResolved() ? author : null;
            instrumentSubject = source == null;
        }
        if (source != null && !source.isResolved() && !t.nominal()) {
            // "Suharto resigned as president of Indonesia": the role phrase says who the subject is
            int as = Roles.prepDependent(s, t.anchor(), "as", "obl");
            if (as >= 0) {
                Actor role = actors.actor(s, as, ctx);
                if (role.isResolved() && role.id() == null) {
                    source = new Actor(source.text(), source.name(), null, role.country(), role.sector(), List.of());
                }
            }
        }
        if (targ >= 0 && (isNonTarget(s, targ) || targ == t.token() && !HOSTAGE.contains(Syntax.lemma(s.token(targ)))
            || s.token(targ).lowerWord().endsWith("self")
            || s.token(targ).lowerWord().endsWith("selves"))) {
            targ = -1;
        }
        if (targ >= 0 && slots.isInstrument(s, targ) && !actors.actor(s, targ, ctx).isResolved()) {
            // "detonated a car bomb": the weapon is not the victim
            targ = -1;
        }
        if (targ >= 0 && CONTROL_HEADS.contains(Syntax.lemma(s.token(targ)))) {
            // "seized control of an army base": what is controlled
            int of = Roles.prepDependent(s, targ, "of", "nmod");
            if (of >= 0) {
                targ = of;
            }
        }
        if (sense.type() == EventType.SUPPORT && targ >= 0 && lex.nounIs(s.token(targ), "frontier")) {
            // "its troops are only defending its border": guarding a place backs no one
            log.accept("  drop " + sense.label() + " @" + t.token() + ": backs a place, not a party");
            return null;
        }
        if (targ >= 0 && ATTEMPTS.contains(Syntax.lemma(s.token(targ))) && !actors.actor(s, targ, ctx).isResolved()) {
            // "would crush any attempt at Taiwan independence": the party whose attempt it is
            int bidder = bidder(s, targ, ctx);
            targ = bidder >= 0 ? bidder : targ;
        }
        if ((type == EventType.COERCE || type == EventType.ASSAULT) && !t.nominal()
            && (targ < 0 || !actors.actor(s, targ, ctx).isResolved())) {
            // "seized large oil fields near Kirkuk from Kurdish forces": the party it was taken from
            int from = Roles.prepDependent(s, t.anchor(), "from", "obl");
            if (from >= 0 && political(actors.actor(s, from, ctx), ctx, true)) {
                targ = from;
            }
        }
        if (targ >= 0 && sense.type().quadClass() % 2 == 1 && !actors.actor(s, targ, ctx).isResolved()) {
            // "defended Russia's involvement", "condemned Trump's decision": whose act it is
            Token poss = Syntax.child(s, targ, "nmod:poss");
            if (poss != null && !poss.isPronoun() && political(actors.actor(s, poss.index(), ctx), ctx, false)) {
                targ = poss.index();
            }
        }
        int listener = targ >= 0 ? actors.toldListener(s, targ) : -1;
        if (listener >= 0) {
            // "warned opposition leaders they would be held responsible": the leaders warned, not the group told before
            targ = listener;
        }
        Actor target = targ >= 0 ? actors.actor(s, targ, ctx) : null;
        if (target != null && !target.isResolved()) {
            Actor behind = actors.agentBehind(s, targ, ctx);
            if (behind != null) {
                target = new Actor(target.text(), behind.name(), behind.id(), behind.country(), behind.sector(),
                    behind.members());
            } else if (type != EventType.ASSAULT && type != EventType.COERCE) {
                // "suspended trade with India", "massed troops on the border with Ukraine"
                int inner = actors.nestedActor(s, targ, ctx, 0);
                if (inner >= 0) {
                    targ = inner;
                    target = actors.actor(s, inner, ctx);
                }
            } else if (slots.isPlace(s, targ)) {
                // "struck nine sites in Pakistan": a place struck in a country is struck in that country
                int in = Roles.prepDependent(s, targ, "in", "nmod");
                Actor where = in >= 0 ? actors.actor(s, in, ctx) : null;
                if (where != null && where.country() != null && where.id() == null && where.sector() == null
                    && !where.isCompound()) {
                    target = new Actor(target.text() + " in " + s.token(in).word(), null, null, where.country(), null,
                        List.of());
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
            Actor cueSubject = actors.cueSubject(s, cue, ctx);
            int addressee = addressee(s, cue);
            Actor addr = addressee >= 0 ? actors.actor(s, addressee, ctx) : null;
            String content = mode != null ? mode : type.name().toLowerCase(Locale.ROOT);
            switch (frame.effect()) {
                case REQUESTED -> {
                    Actor asked = addr != null && addr.isResolved() ? addr : source;
                    if (asked == null) {
                        asked = target;
                    }
                    EventType reqType = EventType.REQUEST;
                    cameo = retyping.ownCameo(s, cue, reqType, "10");
                    type = reqType;
                    target = asked;
                    modality = Modality.REQUESTED;
                    mode = content;
                }
                case REFUSED -> {
                    cameo = retyping.ownCameo(s, cue, EventType.REJECT, "12");
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
                    cameo = retyping.ownCameo(s, cue, EventType.THREATEN, "13");
                    mode = threatMode(type, mode);
                    type = EventType.THREATEN;
                    int pressed = conditionSubject(s, t.anchor(), cue);
                    if (pressed >= 0 && political(actors.actor(s, pressed, ctx), ctx, false)) {
                        // "threatened to shoot the hostages unless Russia ends its war": the threat is to Russia
                        target = actors.actor(s, pressed, ctx);
                    } else if (target == null || !target.isResolved()) {
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
            EventType shifted = type == EventType.MOBILIZE && helpfulDeployment(s, t.anchor(), t.token(), modality)
                ? EventType.AGREE : shift(type);
            if (shifted != type) {
                rule = rule + " " + modality.label() + " " + type + " -> " + shifted;
                if (shifted == EventType.THREATEN) {
                    mode = threatMode(type, mode);
                    cameo = "13";
                    if (source == null && (faced >= 0 || s.token(t.anchor()).isVerb() && Syntax.isPassive(s, t.anchor()))) {
                        // "his adviser said sanctions on Tehran would be reimposed": the speaker threatens them
                        source = threatener(s, sayingOf(s, t, faced, frame), null, ctx);
                    }
                } else if (shifted == EventType.AGREE) {
                    cameo = "03";
                } else if (shifted == EventType.CONCEDE) {
                    cameo = "03";
                }
                type = shifted;
            }
        } else if (modality == Modality.HYPOTHETICAL && frame.effect() == null && COERCIVE.contains(type)
            && pendingOnItsOwn(s, pendingClause(s, t, faced))) {
            Actor threatener = threatener(s, sayingOf(s, t, faced, frame), source, ctx);
            if (threatener != null) {
                // "Pakistan could strike Taliban hideouts if Kabul failed to act, the minister said": a coercive act
                // its own side says it may do, or would do on a condition, is a threat to the party pressed
                int pressed = conditionOf(s, pendingClause(s, t, faced), IF_UNLESS);
                Actor party = pressed >= 0 ? actors.actor(s, pressed, ctx) : null;
                if (party != null && (party.country() != null || party.id() != null)
                    && political(party, ctx, false) && !sameActor(party, threatener)
                    && !java.util.Objects.equals(party.country(), threatener.country())) {
                    // (a state or a group pressed, not "if investigators confirm")
                    targ = pressed;
                    target = party;
                }
                rule = rule + " " + type + " pending, told by '" + threatener.text() + "' -> THREATEN";
                mode = threatMode(type, mode);
                cameo = "13";
                type = EventType.THREATEN;
                source = threatener;
                modality = Modality.ASSERTED;
            }
        } else if (type == EventType.REQUEST) {
            modality = Modality.REQUESTED;
        }
        if (type == EventType.ASSAULT && t.nominal() && frame.effect() == null && frame.speaker() >= 0
            && source != null && source.isResolved() && lex.nounIs(Syntax.lemma(s.token(t.token())), "atrocity")) {
            int who = s.token(frame.speaker()).isPronoun() ? actors.pronounAntecedent(s, frame.speaker()) : frame.speaker();
            Actor speaker = actors.actor(s, who, ctx);
            if (political(speaker, ctx, false) && !sameActor(speaker, source)
                && !(speaker.country() != null && speaker.country().equals(source.country()))) {
                // "Washington determined that the RSF had committed genocide": naming the crime is the charge
                rule = rule + " (a crime charged by '" + speaker.text() + "': ACCUSE)";
                target = source;
                targ = subj;
                source = speaker;
                type = EventType.ACCUSE;
                mode = null;
                cameo = "112";
                modality = Modality.ASSERTED;
            }
        }
        if (target == null && type == EventType.SANCTION && frame.speech() >= 0
            && NOTIFYING.contains(Syntax.lemma(s.token(frame.speech())))) {
            // "notified Japan that it was terminating an intelligence-sharing pact": the one notified is cut off
            Token told = Syntax.child(s, frame.speech(), "obj");
            Actor a = told == null ? null : actors.actor(s, told.index(), ctx);
            if (a != null && a.isResolved() && (source == null || !sameActor(a, source))) {
                targ = told.index();
                target = a;
                rule = rule + " (target: '" + a.text() + "', who was notified)";
            }
        }
        if (faced >= 0 && type != EventType.THREATEN) {
            // "Russia faces new sanctions": told as what awaits it, with no one who says it will do it
            log.accept("  drop " + sense.label() + " @" + t.token() + ": faced, and no one threatens it");
            return null;
        }
        int burnt = target == null && political(source, ctx, false) ? PartySlots.setOnFire(s, t) : -1;
        if (burnt >= 0) {
            // "protesters set fire to the French embassy": what burnt (not what makes an arson by youths political)
            targ = burnt;
            target = actors.actor(s, burnt, ctx);
            rule = rule + " (target: what was set on fire, '" + s.token(burnt).word() + "')";
        }
        if (target == null) {
            int fb = slots.fallbackTarget(s, t, type, ctx);
            if (fb >= 0 && (source == null || !sameActor(actors.actor(s, fb, ctx), source))) {
                targ = fb;
                target = actors.actor(s, fb, ctx);
                rule = rule + " (target: " + s.token(fb).word() + ")";
            }
        }
        if (target == null && (t.light() != null || !t.nominal())
            && (type == EventType.ASSAULT || type == EventType.MOBILIZE)) {
            // ("police fired tear gas to hold them back", "to clear peaceful protesters from the square")
            int aim = purposeObject(s, t.anchor(), ctx);
            if (aim >= 0) {
                // "launched a major offensive to retake South Ossetia": what the offensive is to take
                targ = aim;
                target = actors.actor(s, aim, ctx);
                rule = rule + " (target: what it is to take, '" + s.token(aim).word() + "')";
            }
        }
        if (type == EventType.PROTEST && (target == null || !target.isResolved())) {
            int at = slots.protestTarget(s, t.anchor(), ctx, source);
            if (at >= 0) {
                targ = at;
                target = actors.actor(s, at, ctx);
                rule = rule + " (protest aimed at '" + s.token(at).word() + "')";
            }
        }
        int accuser = type == EventType.REJECT && !t.nominal() ? accuserOfDeniedCharge(s, t.token()) : -1;
        if (accuser >= 0) {
            // "Britain has blamed Moscow for the attack, which the Kremlin denies": the denial rebuffs the accuser
            Actor a = actors.actor(s, accuser, ctx);
            if (a != null && a.isResolved() && !sameActor(a, source)) {
                targ = accuser;
                target = a;
                rule = rule + " (target: '" + a.text() + "', who made the charge)";
            }
        }
        boolean approval = type == EventType.SUPPORT && !t.nominal() && APPROVALS.contains(Syntax.lemma(s.token(t.token())))
            && targ >= 0 && slots.namesAnAct(s, targ);
        if ((ANSWERING.contains(type) || approval) && source != null && source.isResolved() && target != null
            && !target.isResolved() && targ >= 0 && (slots.namesAnAct(s, targ) || lex.nounIs(s.token(targ), "verbal"))) {
            // "called the U.S. move an outrageous provocation", "rejected Washington's decision": the act's author
            Token told = s.parent(targ);
            if ("appos".equals(s.token(targ).deprel()) && told != null && told.isVerb()) {
                // "Turkey said its troops would monitor the truce, a claim Moscow rejected", "Vucic declared a day of
                // mourning, a move Pristina condemned": who did what the noun sums up
                int author = Roles.verbSubject(s, told.index(), 0);
                Actor a = author >= 0 ? actors.actor(s, author, ctx) : null;
                if (a != null && a.isResolved() && !sameActor(a, source)) {
                    target = a;
                    rule = rule + " (target: '" + a.text() + "', who did what it sums up)";
                }
            }
            for (Token c : s.children(targ)) {
                if (target.isResolved()) {
                    break;
                }
                Actor author = c.deprel().equals("nmod:poss") || c.deprel().equals("compound") && c.isProperNoun()
                    ? actors.actor(s, c.index(), ctx) : null;
                if (author != null && author.isResolved() && !sameActor(author, source)) {
                    target = author;
                    rule = rule + " (target: '" + author.text() + "', the author of the act)";
                }
            }
        }
        if ((ANSWERING.contains(type) || approval) && source != null && source.isResolved() && ctx.lastDoer() != null
            && (target == null || !target.isResolved() && targ >= 0 && slots.namesAnAct(s, targ))) {
            // "a U.S. drone strike killed ..., and Islamabad condemned the strike": a condemnation, demand,
            // warning or rebuff with no party named answers whoever did the last act told
            Actor doer = ctx.lastDoer();
            Actor patient = ctx.lastPatient();
            if (!sameSide(doer, source)) {
                target = doer;
                rule = rule + " (target: '" + doer.text() + "', who did the act it answers)";
            } else if (patient != null && !sameActor(patient, source) && !sameCountry(patient, source) && !approval) {
                // "Rubio called the ruling a witch hunt and said Washington would respond": the side that acted last
                // goes on acting on whom it acted on
                target = patient;
                rule = rule + " (target: '" + patient.text() + "', whom its side acted on last)";
            }
        }
        RetypeRules.Draft formed = retypes.byForm(s, t, frame, source, targ, ctx,
            new RetypeRules.Draft(type, mode, context, cameo, modality, target, rule, false));
        type = formed.type();
        mode = formed.mode();
        context = formed.context();
        cameo = formed.cameo();
        modality = formed.modality();
        rule = formed.rule();
        if (frame.path().contains("<")) {
            rule = rule + " path: " + frame.path();
        }

        boolean mutual = sense.has(Sense.Flag.RECIP) || type.isCooperative() || "ceasefire".equals(mode) || fightBetween;
        if (mutual && source != null && source.isCompound() && source.members().size() > 1
            && (target == null || !target.isResolved() && sense.has(Sense.Flag.RECIP))) {
            // "Russia and Turkey held talks": the first party acts toward the others, one event
            List<Actor> m = source.members();
            List<Actor> rest = m.subList(1, m.size());
            target = ActorFinder.group(rest);
            source = m.get(0);
            rule = rule + " (reciprocal: first party as source)";
        }
        RetypeRules.Draft byParties = retypes.byParties(s, t, frame, source, targ, ctx,
            new RetypeRules.Draft(type, mode, context, cameo, modality, target, rule, false));
        type = byParties.type();
        mode = byParties.mode();
        context = byParties.context();
        cameo = byParties.cameo();
        modality = byParties.modality();
        target = byParties.target();
        rule = byParties.rule();
        boolean crowdControl = byParties.crowdForce();
        if (type == EventType.REJECT && !t.nominal() && targ < 0) {
            // "calling the allegations baseless", with the charge read as the subject of the small clause
            for (Token c : s.children(t.token())) {
                Token sc = c.deprel().equals("xcomp") ? Syntax.child(s, c.index(), "nsubj") : null;
                if (sc != null && lex.nounIs(Syntax.lemma(sc), "verbal")) {
                    targ = sc.index();
                    target = actors.actor(s, targ, ctx);
                }
            }
        }
        if (type == EventType.REJECT && targ >= 0 && target != null && !target.isResolved()
            && lex.nounIs(Syntax.lemma(s.token(targ)), "verbal")) {
            // "calling the Taliban government's allegations baseless", "rejected the accusations by Kyiv": the charge's
            // author is who is rebuffed
            for (Token c : s.children(targ)) {
                if (c.deprel().equals("nmod:poss") || c.deprel().startsWith("nmod") && s.hasCase(c.index(), "by")
                    || c.deprel().startsWith("nmod") && s.hasCase(c.index(), "from")) {
                    Actor author = actors.actor(s, c.index(), ctx);
                    if (author.isResolved()) {
                        target = author;
                        break;
                    }
                }
            }
        }
        if ("privilege".equals(sense.objClass()) && targ >= 0 && lex.nounIs(s.token(targ), "privilege")) {
            // "revoked the licence of Blackwater", "cancelled the visas of 20 officials": the holder loses it
            for (Token c : s.children(targ)) {
                if (c.deprel().equals("nmod:poss") || c.deprel().startsWith("nmod") && s.hasCase(c.index(), "of")) {
                    Actor holder = actors.actor(s, c.index(), ctx);
                    if (holder.isResolved()) {
                        targ = c.index();
                        target = holder;
                    }
                    break;
                }
            }
        }
        if (seizesPower(s, t) && targ >= 0 && "power".equals(Syntax.lemma(s.token(targ)))) {
            // power is what is seized, no party: the coup's target is whoever it ousts, if told
            targ = -1;
            target = null;
        }
        boolean agreementSigned = sense.type() == EventType.SUPPORT && !t.nominal() && signsAgreement(s, t.token());
        // filters
        boolean verbalised = crowdControl || agreementSigned || frame.effect() != null || modality == Modality.INTENDED || modality == Modality.PROPOSED
            || type == EventType.REJECT && sense.type() != EventType.REJECT
            || !t.nominal() && retyping.commitsToSomething(s, t.token())
            || t.nominal() && type.quadClass() == 3 && TriggerFinder.thatClause(s, t.token());
        if (sense.has(Sense.Flag.NEED_TARGET) && !slots.acceptableTarget(s, targ, target) && !verbalised
            && type != EventType.MOBILIZE && !seizesPower(s, t)) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": needs an actor as target, found "
                + (target == null ? "none" : "'" + target.text() + "'"));
            return null;
        }
        if (source != null && !source.isResolved() && GENERIC.contains(source.text().toLowerCase(Locale.ROOT))
            || target != null && !target.isResolved() && GENERIC.contains(target.text().toLowerCase(Locale.ROOT))
                && source != null && !source.isResolved()) {
            // "prosecute those who attack them": anyone who might, no one in particular
            log.accept("  drop " + sense.label() + " @" + t.token() + ": a generic party ('"
                + (source != null && GENERIC.contains(source.text().toLowerCase(Locale.ROOT)) ? source.text()
                    : target.text()) + "')");
            return null;
        }
        Token clause = s.token(t.anchor());
        if (sense.predClass() != null && targ >= 0 && Set.of("whom", "who").contains(s.token(targ).lowerWord())
            && "acl:relcl".equals(clause.deprel()) && s.parent(clause.index()) != null) {
            // "President Bashar al-Assad, whom he called a monster": the name is given to the noun the clause is on
            int named = s.parent(clause.index()).index();
            Actor who = actors.actor(s, named, ctx);
            if (who.isResolved() || s.token(named).isProperNoun()) {
                target = who;
                targ = named;
            }
        } else if (sense.predClass() != null && targ >= 0 && s.token(targ).pos().startsWith("W")) {
            // "in what the defence minister called a cowardly assassination attempt": the name is given to the act the
            // sentence reports; it charges the doer the name gives ("a terrorist attack by the Kyiv regime"), or no one
            int pred = TriggerFinder.smallClausePredicate(lex, s, t.anchor(), sense.predClass());
            int doer = pred < 0 ? -1 : Roles.nounAgent(s, pred);
            if (doer < 0 && !Syntax.isPassive(s, t.anchor())) {
                // the "by" phrase hung on the verb: "called a terrorist attack by the Kyiv regime"
                doer = Roles.prepDependent(s, t.anchor(), "by", "obl");
            }
            for (Token c : pred < 0 || doer >= 0 ? List.<Token>of() : s.children(pred)) {
                if (c.deprel().equals("acl") && c.pos().equals("VBN") && doer < 0) {
                    // "called an attempted coup led by the army's commander"
                    doer = Roles.prepDependent(s, c.index(), "by", "obl");
                }
            }
            Actor named = doer < 0 ? null : actors.actor(s, doer, ctx);
            if (named == null || !named.isResolved()) {
                log.accept("  drop " + sense.label() + " @" + t.token() + ": names the reported act ('"
                    + s.token(targ).word() + "') and no doer");
                return null;
            }
            target = named;
            targ = doer;
        }
        if (source != null && !source.isResolved() && Syntax.isTimeWord(source.text())) {
            // "a march planned for Sunday": a day misread as the subject is nobody
            source = null;
        }
        if (type == EventType.PROTEST && !ctx.sport() && !ctx.softNews() && subj >= 0 && source != null
            && !source.isResolved() && crowdCount(s, subj)) {
            // "as tens of thousands protested", "thousands marched": a crowd told by its size is people
            source = Actor.simple(source.text(), null, null, null, "CVL");
        }
        if (sense.has(Sense.Flag.CROWD) && subj < 0) {
            // "fired tear gas at hundreds of his supporters gathered on a nearby highway": who gathered
            subj = TriggerFinder.gatherer(s, t.token());
            source = subj >= 0 ? actors.actor(s, subj, ctx) : null;
        }
        // "Pete Wilson signed an agreement with Israel", "Perez Molina sent in troops": a named person the knowledge base
        // does not know acts in hard news as the person the text names, toward a political party or with troops
        boolean personActs = !ctx.sport() && !ctx.softNews() && subj >= 0 && source != null && !source.isResolved()
            && slots.unknownPersonName(s, subj)
            && (political(target, ctx, type.quadClass() == 4) || type == EventType.MOBILIZE);
        if (sense.has(Sense.Flag.NEED_SOURCE) && (source == null || !source.isResolved()) && !personActs
            && frame.effect() == null
            && !instrumentSubject && !(subj < 0 && Syntax.isPassive(s, t.anchor()) && slots.mentionsInstrument(s))) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": needs an actor as source, found "
                + (source == null ? "none" : "'" + source.text() + "'"));
            return null;
        }
        if (type == EventType.SUPPORT && subj >= 0 && source != null && source.country() == null && source.id() == null
            && (slots.isInstrument(s, subj) || HARDWARE.contains(Syntax.lemma(s.token(subj))))) {
            // "troops backed by tanks": arms that back a force are no party to it
            log.accept("  drop " + sense.label() + " @" + t.token() + ": backed by arms, not by a party");
            return null;
        }
        if (fictional(s, subj) || fictional(s, targ)) {
            // "a game in which a fictional Russian army invades European cities": a story, not news
            log.accept("  drop " + sense.label() + " @" + t.token() + ": a party is fictional");
            return null;
        }
        if (type == EventType.PROTEST && source != null && source.sector() != null
            && (source.sector().equals("COP") || source.sector().equals("MIL"))) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": a protest by security forces is a misread subject");
            return null;
        }
        if (ctx.sport() && !t.nominal() && SPORT_RESULTS.contains(Syntax.lemma(s.token(t.token())))) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": a result in a sports report");
            return null;
        }
        boolean popular = !ctx.sport() && type == EventType.PROTEST && source != null && source.flatten().stream()
            .anyMatch(a -> a.sector() != null && POPULAR_SECTORS.contains(a.sector()));
        boolean bombing = instrumentSubject && type == EventType.ASSAULT && target != null && target.isResolved();
        // "the journalist Moussa Tchangari was arrested", "hundreds of political prisoners have been released":
        // with no one named, only a state arrests activists, journalists or crowds and frees prisoners
        boolean stateAct = !t.nominal() && subj < 0 && Syntax.isPassive(s, t.anchor()) && target != null
            && !ctx.sport() && !ctx.softNews() && frame.effect() == null
            && (type == EventType.COERCE && "arrest".equals(mode) && target.isResolved()
                || type == EventType.RETREAT && "release".equals(mode) && target.sector() != null
                    && (target.flatten().stream().allMatch(a -> "CVL".equals(a.sector()) || "OPP".equals(a.sector()))
                        && DETAINEES.matcher(target.text().toLowerCase(Locale.ROOT)).find()
                        || outOfCaptivity(s, t.anchor())));
        // "Suspected herdsmen torched homes and killed more than 80 people", "bandits abducted 30 villagers", "two
        // men on a motorcycle gunned down a broadcaster": in hard news, civilians, criminals or unnamed men acting
        // as a group (a plural noun) are a party to violence
        boolean communal = type == EventType.ASSAULT && !ctx.sport() && !ctx.softNews() && subj >= 0 && target != null
            && source != null && source.name() == null && !source.isCompound()
            && ("CVL".equals(source.sector()) || "CRM".equals(source.sector())
                || !source.isResolved() && UNNAMED_MEN.contains(Syntax.lemma(s.token(subj))))
            && (s.token(subj).pos().equals("NNS") || s.token(subj).pos().equals("NNPS")) && frame.effect() == null;
        boolean sourceOptional = type == EventType.ASSAULT || type == EventType.COERCE || type == EventType.PROTEST
            || type == EventType.SANCTION && "convict".equals(mode) || stateAct;
        boolean material = type.quadClass() == 4;
        if (!sourceOptional && !political(source, ctx, material) && !(popular && type == EventType.PROTEST)
            && !personActs) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": " + type + " needs a political source, found "
                + (source == null ? "none" : "'" + source.text() + "'"));
            return null;
        }
        if (!political(source, ctx, material) && !political(target, ctx, material) && !popular && !bombing
            && !personActs && !stateAct && !communal) {
            log.accept("  drop " + sense.label() + " @" + t.token() + ": no political actor (source "
                + (source == null ? "none" : "'" + source.text() + "'") + ", target "
                + (target == null ? "none" : "'" + target.text() + "'") + ")" + (ctx.sport() ? " in a sports report" : ""));
            return null;
        }
        if (type == EventType.CONSULT && target == null && source != null && !source.isCompound() && subj >= 0
            && t.nominal() && !"visit".equals(mode) && !"third-party".equals(mode)
            && !(t.light() != null && Set.of("host", "launch", "convene", "organise", "organize", "chair")
                .contains(t.light().lemma()))
            && (s.token(subj).pos().equals("NN") || s.token(subj).pos().equals("NNP"))
            && (source.members() == null || source.members().size() < 2)) {
            // "Ruto said Africa must wean itself off loans, opening a climate summit in Nairobi": one party alone holds
            // no talks; meetings with no one named are told of several ("EU leaders held a summit"), or hosted or
            // mediated by one ("Macron is hosting a climate summit", "launched a mediation effort")
            log.accept("  drop " + sense.label() + " @" + t.token() + ": a meeting of one party with no one named");
            return null;
        }
        if (source != null && target != null && sameActor(source, target)) {
            target = null;
        }
        double confidence = confidence(t, source, target, frame);
        if (claimed) {
            rule = rule + CodedEvent.CLAIMED;
        }
        log.accept("  event " + type + (mode != null ? "(" + mode + ")" : "") + " " + modality.label() + " source="
            + (source == null ? "-" : "'" + source.text() + "'") + " target="
            + (target == null ? "-" : "'" + target.text() + "'") + " :: " + rule);
        return new CodedEvent(type, mode, context, cameo, modality, frame.negated(), source, target, t.token(),
            anchor, frame, confidence, rule, claimed);
    }

    /** What one meets that is no party: "met the deadline", "meeting no resistance", "met its targets". */
    private static final java.util.Set<String> MET_NON_PARTIES = java.util.Set.of("deadline", "resistance", "target",
        "goal", "need", "standard", "requirement", "criterion", "expectation", "obligation", "quota", "cost",
        "challenge", "fate", "end", "death");

    private static boolean metNoParty(Sentence s, int v) {
        if (!"meet".equals(Syntax.lemma(s.token(v)))) {
            return false;
        }
        Token obj = Syntax.child(s, v, "obj");
        return obj != null && MET_NON_PARTIES.contains(Syntax.lemma(obj));
    }

    /** "The military seized power on Monday": a coup, whoever it ousts; its only object is power itself. */
    private static boolean seizesPower(Sentence s, Trigger t) {
        if (t.nominal() || !"seize".equals(Syntax.lemma(s.token(t.token())))) {
            return false;
        }
        Token obj = Syntax.child(s, t.token(), "obj");
        return obj != null && "power".equals(Syntax.lemma(obj));
    }

    /** Whether verb {@code v}'s object counts wars: "fought three wars", "fought two of their three wars". */
    private static boolean countedWars(Sentence s, int v) {
        Token obj = Syntax.child(s, v, "obj");
        if (obj == null) {
            return false;
        }
        Token war = obj;
        if (obj.pos().equals("CD")) {
            war = s.children(obj.index()).stream().filter(c -> c.deprel().startsWith("nmod")).findFirst().orElse(null);
        } else if (Syntax.child(s, obj.index(), "nummod") == null) {
            return false;
        }
        return war != null && (Syntax.lemma(war).equals("war") || Syntax.lemma(war).equals("conflict"));
    }

    /**
     * Whether two parties are one actor, or of one country and both of the state or both outside it: a state and its
     * own activists, rebels or opposition share a country but not a side.
     */
    private static boolean sameSide(Actor a, Actor b) {
        return sameActor(a, b) || sameCountry(a, b) && Retyping.ofTheState(a) == Retyping.ofTheState(b);
    }

    private static boolean sameCountry(Actor a, Actor b) {
        return a.country() != null && a.country().equals(b.country());
    }

    /** Verbs of holding a crowd off, whose object a volley fired to do so is aimed at. */
    private static final Set<String> CROWD_CONTROL = Set.of("hold", "break", "clear", "push", "drive", "disperse",
        "repel", "quell", "scatter", "stop");

    /**
     * The object of a "to" clause of taking by force under verb {@code v} ("to retake the town"), or of holding a
     * crowd off ("fired tear gas to hold them back", "to clear peaceful protesters"), or -1.
     */
    private int purposeObject(Sentence s, int v, CodingContext ctx) {
        for (Token c : s.children(v)) {
            // the infinitive may be parsed as a clause or, "to" read as a preposition, as an oblique
            boolean infinitive = (c.deprel().equals("xcomp") || c.deprel().equals("advcl")) && Roles.hasMark(s, c.index(), "to")
                || c.baseRel().equals("obl") && c.pos().equals("VB") && s.hasCase(c.index(), "to");
            if (!infinitive) {
                continue;
            }
            Token o = Syntax.child(s, c.index(), "obj");
            if (o != null && lex.nounSenses(Syntax.lemma(o)).stream().anyMatch(x -> x.type() == EventType.PROTEST)) {
                // "to break up protests": a protest is no party
                return -1;
            }
            if (lex.verbSenses(Syntax.lemma(c)).stream().anyMatch(x -> x.type() == EventType.ASSAULT
                    || x.type() == EventType.COERCE)) {
                return o == null ? -1 : o.index();
            }
            if (o != null && CROWD_CONTROL.contains(Syntax.lemma(c)) && political(actors.actor(s, o.index(), ctx), ctx, true)) {
                return o.index();
            }
        }
        return -1;
    }

    /** The clause whose modal or condition leaves the act pending: "could face sanctions" for the sanctions faced. */
    private static int pendingClause(Sentence s, Trigger t, int faced) {
        return faced >= 0 ? s.token(t.token()).head() : t.anchor();
    }

    /** The frame that tells who says it: "ministers said Belgrade could face sanctions" governs the facing. */
    private Frame sayingOf(Sentence s, Trigger t, int faced, Frame frame) {
        return faced >= 0 ? frames.analyze(s, pendingClause(s, t, faced)) : frame;
    }

    /**
     * The subject of "face" when the coercive noun of trigger {@code t} is its object ("could face sanctions", "will
     * face military action"), or -1.
     */
    private static int facer(Sentence s, Trigger t) {
        Token v = s.parent(t.token());
        if (v == null || !"obj".equals(s.token(t.token()).deprel()) || !"face".equals(Syntax.lemma(v))
            || !COERCIVE.contains(t.sense().type())) {
            return -1;
        }
        Token subj = Syntax.child(s, v.index(), "nsubj");
        return subj == null ? -1 : subj.index();
    }

    /** Acts whose pending doing, told by the doer's own side, threatens. */
    private static final Set<EventType> COERCIVE = java.util.EnumSet.of(EventType.ASSAULT, EventType.COERCE,
        EventType.SANCTION, EventType.MOBILIZE);
    /**
     * Heads of a speaker phrase that speaks for its government though it names no country (not every word that
     * sectors.tsv files under GOV: "diplomats said" is no spokesman's word).
     */
    private static final Set<String> SPOKESPEOPLE = java.util.stream.Stream.concat(ActorFinder.SPOKES.stream(),
            java.util.stream.Stream.of("official", "minister", "ministry", "government"))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Auxiliaries of an act that may or would be done. */
    private static final Set<String> PENDING_AUX = Set.of("could", "may", "might", "would", "will", "'d", "'ll");

    /**
     * The act at {@code anchor} (or the verb it is conjoined to) is pending in its own clause: a modal of possibility
     * or future ("could strike", "would be reimposed") or a condition ("will strike if Kabul fails to act"), not
     * only a hypothesis it inherits from a purpose or a fear.
     */
    private static boolean pendingOnItsOwn(Sentence s, int anchor) {
        int[] heads = "conj".equals(s.token(anchor).deprel()) && s.parent(anchor) != null && s.parent(anchor).isVerb()
            ? new int[] {anchor, s.token(anchor).head()} : new int[] {anchor};
        for (int h : heads) {
            for (Token c : s.children(h)) {
                if (c.deprel().startsWith("aux") && PENDING_AUX.contains(c.lowerWord())) {
                    return true;
                }
            }
            if (conditionOf(s, h, IF_UNLESS) != -2) {
                return true;
            }
        }
        return false;
    }

    /** Marks of a condition on an act. */
    private static final Set<String> IF_UNLESS = Set.of("if", "unless");
    /** The mark of a condition a threat presses on its target. */
    private static final Set<String> UNLESS = Set.of("unless");

    /**
     * The subject of a clause marked by one of {@code marks} on the act at {@code v} ("if Kabul fails to act"), -1
     * when the clause has none ("if provoked"), -2 when there is no such clause.
     */
    private static int conditionOf(Sentence s, int v, Set<String> marks) {
        for (Token c : s.children(v, "advcl")) {
            if (s.children(c.index()).stream().anyMatch(m -> "mark".equals(m.deprel())
                && marks.contains(m.lowerWord()))) {
                Token subj = Syntax.child(s, c.index(), "nsubj");
                return subj == null ? -1 : subj.index();
            }
        }
        return -2;
    }

    /**
     * Who threatens when a pending coercive act is told: the speaker when it speaks for the doer's side ("the
     * minister said Pakistan could strike", "Obama said the sanctions could be expanded"), the doer when an unnamed
     * spokesman or official tells it ("Germany may expel Russian diplomats, a government spokesman said"); null when
     * no one of the doer's side tells it ("analysts said Israel could strike").
     */
    private Actor threatener(Sentence s, Frame frame, Actor doer, CodingContext ctx) {
        if (frame.speech() < 0 || frame.speaker() < 0) {
            return null;
        }
        int who = s.token(frame.speaker()).isPronoun() ? actors.pronounAntecedent(s, frame.speaker()) : frame.speaker();
        if (who < 0) {
            return null;
        }
        Actor speaker = actors.actor(s, who, ctx);
        boolean doerPolitical = doer != null && political(doer, ctx, false);
        boolean unnamed = speaker.id() == null && speaker.country() == null && speaker.name() == null
            && !speaker.isCompound() && SPOKESPEOPLE.contains(Syntax.lemma(s.token(who)))
            && s.children(who).stream().noneMatch(c -> c.isProperNoun() || c.deprel().equals("nmod:poss"));
        if (unnamed) {
            // "a government spokesman said", "the minister said": one speaking for the doer
            return doerPolitical ? doer : null;
        }
        if (!political(speaker, ctx, false)) {
            return null;
        }
        if (doer == null || doer.id() == null && doer.country() == null && ownPhrase(doer)) {
            return speaker;
        }
        if (sameActor(speaker, doer) || speaker.country() != null && speaker.country().equals(doer.country())) {
            // a named speaker threatens in person ("Obama said ..."); unnamed officials speak for the state named
            boolean named = speaker.id() != null || s.token(who).pos().startsWith("NNP");
            return named || !doerPolitical ? speaker : doer;
        }
        return null;
    }

    /** "his forces", "its army", "our troops": a doer named by its owner, who is the one speaking. */
    private static boolean ownPhrase(Actor doer) {
        String t = doer.text().toLowerCase(Locale.ROOT);
        return t.startsWith("his ") || t.startsWith("its ") || t.startsWith("their ") || t.startsWith("our ")
            || t.startsWith("her ");
    }

    /** The subject of an "unless" clause on the threatened act or its cue, or -1. */
    private static int conditionSubject(Sentence s, int act, int cue) {
        for (int v : new int[] {act, cue}) {
            int subj = conditionOf(s, v, UNLESS);
            if (subj != -2) {
                return subj;
            }
        }
        return -1;
    }

    /** Verbs whose subject comes about: "the truce took effect", "talks began", "the ceasefire held". */
    private static final Set<String> OCCURRING = Set.of("take", "begin", "start", "resume", "open", "come", "enter",
        "hold", "go", "kick");

    /** Noun {@code n} is the subject of a verb of coming about ("took effect", "came into force", "began"). */
    private static boolean takesEffect(Sentence s, int n) {
        Token v = s.parent(n);
        if (v == null || !v.isVerb() || !s.token(n).deprel().equals("nsubj")) {
            return false;
        }
        String l = Syntax.lemma(v);
        if (l.equals("take")) {
            Token o = Syntax.child(s, v.index(), "obj");
            return o != null && (o.lowerWord().equals("effect") || o.lowerWord().equals("hold"));
        }
        return OCCURRING.contains(l);
    }

    /** Bodies and processes in the lexicon's agreement class, which are not signed. */
    private static final Set<String> AGREEMENT_BODIES = Set.of("court", "council", "coalition", "union", "bloc",
        "alliance", "organisation", "organization", "process", "talks", "negotiation");
    /** Texts that are signed as agreements though not in the agreement class. */
    private static final Set<String> SIGNED_TEXTS = Set.of("declaration", "memorandum", "communique", "charter", "deal");

    /** "Israel signed agreements", "signed a declaration of principles": the signed text is an agreement. */
    private boolean signsAgreement(Sentence s, int v) {
        Token o = Syntax.child(s, v, "obj");
        if (o == null) {
            return false;
        }
        String l = Syntax.lemma(o);
        return lex.nounIs(l, "agreement") && !AGREEMENT_BODIES.contains(l) || SIGNED_TEXTS.contains(l);
    }

    /** Verbs of answering whose "with" phrase names the answerer's own act ("responded with air strikes"). */
    private static final Set<String> ANSWER_VERBS = Set.of("respond", "retaliate", "react", "reply", "answer", "counter",
        "hit", "strike", "pound", "hammer", "pummel", "target", "bombard", "follow");

    /**
     * The subject of the passive that verb {@code v} is a bare conjunct of, when {@code v} is a participle of a verb
     * that takes an object and has none, and no subject or auxiliary of its own ("was arrested by police and charged
     * with treason"); -1 otherwise ("was sworn in and called for a truce": "call for" takes no object).
     */
    private static int passiveConjunctPatient(Sentence s, int v, Sense sense) {
        Token self = s.token(v);
        Token head = s.parent(v);
        if (!"conj".equals(self.deprel()) || !"VBN".equals(self.pos()) || head == null || !head.isVerb()
            || head.index() > v || sense.particle() != null || !sense.targets().contains("obj")
            || s.children(v).stream().anyMatch(c -> c.deprel().startsWith("nsubj") || c.deprel().startsWith("aux")
                || c.deprel().equals("obj"))) {
            return -1;
        }
        Token patient = Syntax.child(s, head.index(), "nsubj:pass");
        return patient == null ? -1 : patient.index();
    }

    /**
     * The party of what a refusal at verb {@code v} refuses, or -1: its infinitive's "with" party or its object, or the
     * object's "with" party ("refused to share power with Sinn Fein", "refused on Wednesday to let U.N. inspectors into
     * the headquarters", with the infinitive hung as an adverbial clause).
     */
    private int refusedParty(Sentence s, int v, CodingContext ctx) {
        Token refused = Syntax.child(s, v, "xcomp");
        if (refused == null) {
            refused = s.children(v).stream()
                .filter(c -> c.deprel().equals("advcl") && Roles.hasMark(s, c.index(), "to")).findFirst().orElse(null);
        }
        if (refused == null || !refused.isVerb()) {
            return -1;
        }
        int with = Roles.prepDependent(s, refused.index(), "with", "obl");
        Token o = Syntax.child(s, refused.index(), "obj");
        if (with >= 0 || o == null) {
            return with;
        }
        return actors.actor(s, o.index(), ctx).isResolved() ? o.index()
            : Roles.prepDependent(s, o.index(), "with", "nmod");
    }

    /**
     * Who made the charge that a denial at verb {@code v} answers in ", which the Kremlin denies", or -1: the subject
     * of the verb of accusation, or of the main clause when the accusation is a participle ("withdrew from the treaty
     * after accusing Moscow of ...").
     */
    private int accuserOfDeniedCharge(Sentence s, int v) {
        int charge = TriggerFinder.chargeDeniedByWhich(lex, s, v);
        if (charge < 0) {
            return -1;
        }
        int accuser = Roles.verbSubject(s, charge, 0);
        if (accuser < 0 && s.token(charge).pos().equals("VBG")) {
            Token root = s.tokens().stream().filter(r -> r.deprel().equals("root") && r.isVerb()).findFirst()
                .orElse(null);
            accuser = root == null ? -1 : Roles.verbSubject(s, root.index(), 0);
        }
        return accuser;
    }

    /** Verbs of formally telling a party of a step taken against it. */
    private static final Set<String> NOTIFYING = Set.of("notify", "inform", "tell");

    /** Verbs of arriving and travelling, whose "for" phrase names the visit or talks the traveller came for. */
    private static final Set<String> ARRIVALS = Set.of("arrive", "fly", "travel", "head", "come", "go", "land",
        "return", "leave", "set");

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

    /** The named party of a bid: "Taiwan" in "any attempt at Taiwan independence"; -1 when none resolves. */
    private int bidder(Sentence s, int bid, CodingContext ctx) {
        for (Token c : s.children(bid)) {
            if (c.deprel().startsWith("nmod") && (s.hasCase(c.index(), "at") || s.hasCase(c.index(), "towards")
                || s.hasCase(c.index(), "toward"))) {
                Token who = Syntax.child(s, c.index(), "compound");
                if (who != null && who.isProperNoun() && actors.actor(s, who.index(), ctx).isResolved()) {
                    return who.index();
                }
            }
        }
        return -1;
    }

    /**
     * Who a light verb makes what its noun says, in a small clause: "took its 25 crew members hostage", "declared two
     * diplomats persona non grata" (parsed as one compound), "were taken hostage", "were declared persona non grata".
     * With no one so named, the hostages are the noun itself ("took dozens of hostages"); -1 for anything else.
     */
    private static int smallClauseTarget(Sentence s, Trigger t, int carrier) {
        int noun = t.token();
        int verb = t.anchor();
        int before = noun - t.sense().modifiers().size() - 1;
        if (before >= 0 && s.token(before).isNoun() && s.token(before).deprel().equals("compound")
            && s.token(before).head() > before && s.token(before).head() <= noun) {
            return before;
        }
        boolean passive = Syntax.isPassive(s, verb);
        Token o = Syntax.child(s, verb, passive ? "nsubj:pass" : "obj");
        if (o == null && passive) {
            o = Syntax.child(s, verb, "nsubj");
        }
        if (o != null && o.index() != noun && o.index() != carrier) {
            return o.index();
        }
        return HOSTAGE.contains(Syntax.lemma(s.token(noun))) ? noun : -1;
    }

    /** Heads of a group of attackers the text does not name: "two men on a motorcycle gunned down". */
    private static final java.util.Set<String> UNNAMED_MEN = java.util.Set.of("man", "person", "individual");

    /** Modifiers of a party that make it made up: "a fictional army", "imaginary enemies". */
    private static final java.util.Set<String> FICTION = java.util.Set.of("fictional", "fictitious", "imaginary",
        "virtual", "fantasy", "mythical", "animated", "cartoon");

    /** Whether the phrase headed by {@code head} names a made-up party. */
    private static boolean fictional(Sentence s, int head) {
        return head >= 0 && s.children(head).stream().anyMatch(c -> (c.deprel().equals("amod")
            || c.deprel().equals("compound")) && FICTION.contains(c.lowerWord()));
    }

    /** Verbs by which one owns a deed: "claimed responsibility for", "took credit for". */
    private static final java.util.Set<String> CLAIMING = java.util.Set.of("claim", "accept", "take", "admit",
        "assume", "acknowledge");

    /**
     * The subject of "claimed responsibility for" (or credit) when noun {@code n} is what is claimed, or -1:
     * the claimer is the doer.
     */
    private static int claimer(Sentence s, int n) {
        Token p = s.parent(n);
        if (p == null || !s.hasCase(n, "for") || !("responsibility".equals(Syntax.lemma(p)) || "credit".equals(Syntax.lemma(p)))) {
            return -1;
        }
        Token v = s.parent(p.index());
        if (v == null || !v.isVerb() || !"obj".equals(p.deprel()) || !CLAIMING.contains(Syntax.lemma(v))) {
            return -1;
        }
        return Roles.verbSubject(s, v.index(), 0);
    }
}
