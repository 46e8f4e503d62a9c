package org.parley.coding;

import org.parley.model.Actor;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static org.parley.coding.ActorFinder.NON_STATE_ARMED;
import static org.parley.coding.PostProcessor.PROTESTER;
import static org.parley.coding.Retyping.HOSTAGE;
import static org.parley.coding.Retyping.crowdOrParty;
import static org.parley.coding.Retyping.destination;
import static org.parley.coding.Retyping.disperses;
import static org.parley.coding.Retyping.failedToAgree;
import static org.parley.coding.Retyping.futureRefusal;
import static org.parley.coding.Retyping.hasOwnTime;
import static org.parley.coding.Retyping.inProtest;
import static org.parley.coding.Retyping.ofTheState;
import static org.parley.coding.Retyping.ownForces;
import static org.parley.coding.Retyping.plannedModifier;
import static org.parley.coding.Retyping.toLeave;
import static org.parley.coding.Retyping.votedTo;

/**
 * The retype phase: rules that change an event's type, mode, CAMEO code, modality or target once its trigger is
 * found. Three steps, which {@link EventBuilder} calls in this order, each once what it reads is found:
 * {@link #fromWords} before any party is known ("voted to reprimand Russia" reprimands, "announced 500 new
 * sanctions" imposes them), {@link #byForm} once the target is found (protesters' blockades, hostage-taking,
 * refusals), and {@link #byParties} once a reciprocal event's parties are split (an order to one's own army, a
 * suspect handed to another state, a state's protest). Each takes the event so far as a {@link Draft} and returns
 * the draft it becomes; the sentence, trigger, frame and parties it reads are left as they are. Stateless and
 * thread-safe.
 */
final class RetypeRules {
    /** Light verbs of keeping an agreement's terms. */
    private static final Set<String> OBSERVING = Set.of("observe", "respect", "honor", "honour", "uphold", "abide by");

    /** Acts a vote performs: a body votes to condemn, demand, back or reject. */
    private static final Set<EventType> VERBAL_DECISIONS = Set.of(EventType.ACCUSE, EventType.REQUEST,
        EventType.SUPPORT, EventType.REJECT);

    /** Verbs that put sanctions in force as they announce them: "announced 500 new sanctions against Russia". */
    private static final Set<String> DECREES = Set.of("announce", "approve", "adopt", "unveil");

    /** Money a lender grants by approving it: "the IMF approved a record $21 billion loan for South Korea". */
    private static final Set<String> LOANS = Set.of("loan", "credit", "bailout", "disbursement", "tranche", "grant");

    /** Verbs that put a package or plan in force. */
    private static final Set<String> ENACTING = Set.of("adopt", "impose", "enact", "implement", "pass", "approve");

    /** Sectors whose members bear arms. */
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "COP", "INS", "SPY", "CRM");

    /** Followers of a politician or party: "PTI supporters", "supporters of Jair Bolsonaro". */
    private static final java.util.regex.Pattern FOLLOWERS = java.util.regex.Pattern.compile("\\b(supporters|followers|partisans)\\b");

    /** Crowds: "crowds hurled bottles", "a mob". */
    private static final java.util.regex.Pattern CROWDS = java.util.regex.Pattern.compile("\\b(crowds?|mobs?)\\b");

    /** A crowd a community's name qualifies: "Buddhist mobs", "a Hindu mob" (communal violence, not a riot). */
    private static final java.util.regex.Pattern COMMUNAL_CROWD = java.util.regex.Pattern.compile("\\b[A-Z][a-z]+ (mobs?|crowds?)\\b");

    /** Sectors of the guests a state hosts: leaders, officials, envoys, lawmakers, commanders. */
    private static final Set<String> GUEST_SECTORS = Set.of("GOV", "LEG", "MIL", "ELI", "IGO");

    /** Named-entity tags of places. */
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "FACILITY");

    /** Verbs of blocking a way. */
    private static final Set<String> BLOCKADES = Set.of("block", "barricade", "blockade");


    /** Verbs of handing a person over. */
    private static final Set<String> HANDOVERS = Set.of("hand over", "hand", "turn over", "turn", "transfer");

    /** Verbs of firing a weapon, and the weapons whose firing at no one is a test. */
    private static final Set<String> FIRING = Set.of("fire", "launch");
    private static final Set<String> MISSILES = Set.of("missile", "icbm");
    /** Where a test missile falls: "into the sea", "into waters off Taiwan". */
    private static final Set<String> WATERS = Set.of("sea", "water", "ocean", "coast", "bay", "strait");

    private final Lexicon lex;
    private final ActorFinder actors;

    RetypeRules(Lexicon lex, ActorFinder actors) {
        this.lex = lex;
        this.actors = actors;
    }

    /**
     * An event's kind while the retype rules work on it: what {@link CodedEvent} will carry of it.
     *
     * @param context    the sense's context tags
     * @param target     the target party, or null
     * @param rule       the explanation so far; a rule that fires appends its note
     * @param crowdForce the act is force used on a crowd (tear gas, water cannon), which needs no named target
     */
    record Draft(EventType type, String mode, List<String> context, String cameo, Modality modality, Actor target,
                 String rule, boolean crowdForce) {
        /** This draft as an event of {@code type}, with the rule's {@code note} appended. */
        Draft retyped(EventType type, String mode, String cameo, String note) {
            return new Draft(type, mode, context, cameo, modality, target, rule + note, crowdForce);
        }

        /** This draft with the act's realisation status set to {@code modality}. */
        Draft withModality(Modality modality) {
            return new Draft(type, mode, context, cameo, modality, target, rule, crowdForce);
        }
    }

    /**
     * The event as trigger {@code t}'s sense, light verb and frame type it, before any party is known: the
     * sense's type, mode and code, and the frame's modality as the light verb, a vote or a plan change it. The
     * draft has no target and an empty rule.
     */
    Draft fromWords(Sentence s, Trigger t, Frame frame) {
        Sense sense = t.sense();
        Draft d = new Draft(sense.type(), sense.mode(), new ArrayList<>(sense.context()), sense.cameo(),
            frame.modality(), null, "", false);
        d = keptTruce(t, d);
        d = decidedByVote(s, t, frame, d);
        d = lightVerbModality(s, t, d);
        return plannedAct(s, t, d);
    }

    /** "observe all ceasefire agreements": keeping the truce, not making the agreement. */
    private static Draft keptTruce(Trigger t, Draft d) {
        if (d.type() == EventType.AGREE && t.light() != null && OBSERVING.contains(t.light().lemma())
            && d.context().contains("ceasefire")) {
            return d.retyped(EventType.RETREAT, "ceasefire", "0871", "");
        }
        return d;
    }

    /**
     * "the General Assembly voted to reprimand Russia and to demand that Moscow withdraw": the vote is the
     * reprimand and the demand, done, not intended.
     */
    private static Draft decidedByVote(Sentence s, Trigger t, Frame frame, Draft d) {
        if (d.modality() == Modality.INTENDED && !frame.negated() && VERBAL_DECISIONS.contains(d.type())
            && votedTo(s, t.anchor())) {
            return d.withModality(Modality.ASSERTED);
        }
        return d;
    }

    /** "offered talks", "promised aid", "sought a ceasefire": the light verb's modality, unless saying it does it. */
    private static Draft lightVerbModality(Sentence s, Trigger t, Draft d) {
        Lexicon.LightVerb light = t.light();
        if (light == null || light.modality() == Modality.ASSERTED || d.modality() != Modality.ASSERTED
            || doneBySaying(s, t, d)) {
            return d;
        }
        return d.withModality(light.modality());
    }

    /**
     * Whether the light verb does the act as it says it: "offered an apology" apologises, "announced 500 new
     * sanctions" imposes them, "approved a loan" lends, "announced his resignation" resigns, "approved a state of
     * emergency" puts it in force (unless the act names a later day: "his resignation, effective May 1").
     */
    private static boolean doneBySaying(Sentence s, Trigger t, Draft d) {
        Lexicon.LightVerb light = t.light();
        return light.modality() == Modality.PROPOSED && t.sense().type() == EventType.SUPPORT
            || d.type() == EventType.SANCTION && light.modality() == Modality.INTENDED
                && DECREES.contains(light.lemma()) && !hasOwnTime(s, t.token())
            || d.type() == EventType.AID && light.lemma().equals("approve")
                && LOANS.contains(Syntax.lemma(s.token(t.token())))
            || "resign".equals(d.mode()) && light.modality() == Modality.INTENDED
                && light.lemma().equals("announce") && !hasOwnTime(s, t.token())
            || "martial-law".equals(d.mode()) && light.lemma().equals("approve") && !hasOwnTime(s, t.token());
    }

    /**
     * "planned peace talks", "a timetable for the withdrawal", "a withdrawal plan": a told act named as planned, or
     * carried by a plan-like noun, is proposed or intended (but "adopted a 13th package of sanctions" puts them in
     * force).
     */
    private Draft plannedAct(Sentence s, Trigger t, Draft d) {
        if (!t.nominal() || d.modality() != Modality.ASSERTED) {
            return d;
        }
        Modality planned = plannedModifier(s, t.token());
        Token planGoverning = s.parent(t.anchor());
        if (planned == null && t.anchor() != t.token() && t.light() == null
            && lex.nounIs(Syntax.lemma(s.token(t.anchor())), "plan")
            && !(planGoverning != null && "obj".equals(s.token(t.anchor()).deprel())
                && ENACTING.contains(Syntax.lemma(planGoverning)))) {
            planned = Modality.PROPOSED;
        }
        return planned != null ? d.withModality(planned) : d;
    }

    /**
     * The event as the form of the act retypes it, once its parties are found: joint exercises, fire from the
     * unarmed, protesters' riots and blockades, hostage-taking, hacking to death, acts done in protest, disarming,
     * withdrawing from an agreement, and refusing or failing to do a negated act.
     *
     * @param source the source party, or null
     * @param targ   head of the target phrase, or -1
     */
    Draft byForm(Sentence s, Trigger t, Frame frame, Actor source, int targ, CodingContext ctx, Draft d) {
        d = jointExercise(s, t, d);
        d = batonCharge(s, t, d);
        d = fireFromUnarmed(t, source, d);
        d = protestersAct(s, t, frame, source, targ, d);
        d = hostageTaking(s, targ, d);
        d = seizedByArmedGroup(s, targ, source, d);
        d = hackedToDeath(s, t, d);
        d = crowdBlockade(s, t, source, ctx, d);
        d = doneInProtest(s, t, frame, d);
        d = armsHandedOver(s, t, source, d);
        d = agreementLeft(s, targ, d);
        d = welcomedAsGuest(s, t, d);
        d = townCaptured(s, t, targ, d);
        d = demandsMet(s, t, d);
        d = personCaptured(s, t, targ, d);
        d = concessionAccepted(s, t, d);
        return refusal(s, t, frame, source, d);
    }

    /** Modifiers that make a plan a plan for peace: "a six-point peace plan", "his reconciliation plan". */
    private static final Set<String> PEACEMAKING = Set.of("peace", "reconciliation", "ceasefire", "truce", "armistice");

    /**
     * "Medvedev accepted a six-point peace plan", "ready to accept a U.S. proposal for a 30-day ceasefire": accepting
     * a truce or a plan for peace yields (CONCEDE), where accepting mediation or an invitation agrees (AGREE).
     */
    private Draft concessionAccepted(Sentence s, Trigger t, Draft d) {
        if (d.type() != EventType.AGREE || t.nominal() || !"accept".equals(Syntax.lemma(s.token(t.token())))) {
            return d;
        }
        Token o = Syntax.child(s, t.token(), "obj");
        if (o == null) {
            return d;
        }
        boolean concession = yields(o) || lex.nounIs(o, "plan") && s.children(o.index()).stream()
            .anyMatch(c -> (c.deprel().equals("compound") || c.deprel().equals("amod"))
                && PEACEMAKING.contains(Syntax.lemma(c))
                || c.deprel().equals("nmod") && (s.hasCase(c.index(), "for") || s.hasCase(c.index(), "of")) && yields(c));
        if (!concession) {
            return d;
        }
        // a plan accepted is a yielding promised, not yet done
        Draft yielded = d.retyped(EventType.CONCEDE, "ceasefire", "03", " (a truce or peace plan accepted: CONCEDE)");
        return yielded.modality() == Modality.ASSERTED ? yielded.withModality(Modality.INTENDED) : yielded;
    }

    /** Noun {@code n} names a yielding act: a truce, a ceasefire, a withdrawal. */
    private boolean yields(Token n) {
        return lex.nounSenses(Syntax.lemma(n)).stream().anyMatch(x -> x.type() == EventType.RETREAT);
    }

    /**
     * "Peruvian police captured Abimael Guzman in a raid", "forces loyal to Ouattara captured Laurent Gbagbo": a named
     * person captured is taken into custody (COERCE arrest); towns, bases and unnamed soldiers captured stay ASSAULT.
     */
    private static Draft personCaptured(Sentence s, Trigger t, int targ, Draft d) {
        if (t.nominal() || d.type() != EventType.ASSAULT || targ < 0
            || !"capture".equals(Syntax.lemma(s.token(t.token()))) || !"PERSON".equals(s.token(targ).ner())) {
            return d;
        }
        return d.retyped(EventType.COERCE, "arrest", "173", " (a named person captured: COERCE arrest)");
    }

    /** What one meets by yielding: "met the protesters' demands", "met the conditions". */
    private static final Set<String> DEMANDS = Set.of("demand", "condition", "term");

    /** "The government met the protesters' demands": yielding to them (CONCEDE), not a meeting. */
    private static Draft demandsMet(Sentence s, Trigger t, Draft d) {
        if (t.nominal() || d.type() != EventType.CONSULT || !"meet".equals(Syntax.lemma(s.token(t.token())))) {
            return d;
        }
        Token obj = Syntax.child(s, t.token(), "obj");
        if (obj == null || !DEMANDS.contains(Syntax.lemma(obj))) {
            return d;
        }
        return d.retyped(EventType.CONCEDE, null, "083", " (demands met: CONCEDE)");
    }

    /** Words that tell a fight: control of a town taken in one is a capture ("after brief clashes"). */
    private static final Set<String> FIGHTING = Set.of("clash", "fighting", "battle", "offensive", "assault",
        "shelling", "firefight", "gunfight");

    /** Named-entity classes of a named territory ("Goma", "Crimea"), not of a building. */
    private static final Set<String> TERRITORY_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    /** Whether a phrase head names a territory: a town, city or region, or a place's name. */
    private static boolean namesTerritory(Token head) {
        return TOWNS.contains(Syntax.lemma(head))
            || head.isProperNoun() && TERRITORY_NER.contains(String.valueOf(head.ner()));
    }

    /** Places whose seizure in an offensive is a capture: "seized the city of Tikrit". */
    private static final Set<String> TOWNS = Set.of("city", "town", "village", "capital", "province", "region",
        "district", "territory", "enclave", "stronghold", "port");

    /**
     * "M23 rebels seized the eastern Congolese city of Goma": a town, city or region seized is captured in an
     * offensive (ASSAULT, context territory), unless the text says it fell without resistance ("took control of
     * Kirkuk, meeting no resistance", "seized Jalalabad without a fight"). Control of a town taken is a capture only
     * when a fight is told ("took control of Kirkuk after brief clashes"). A building, an airport or goods seized stay COERCE seize.
     */
    private static Draft townCaptured(Sentence s, Trigger t, int targ, Draft d) {
        if (d.type() != EventType.COERCE || !"seize".equals(d.mode()) || targ < 0) {
            return d;
        }
        if (t.nominal() && s.tokens().stream().noneMatch(w -> FIGHTING.contains(Syntax.lemma(w))
            || FIGHTING.contains(w.lowerWord()))) {
            // ("after four days of fighting", with the gerund's lemma "fight")
            // "seized control of Goma after peacekeepers abandoned the city": control taken, no fight told
            return d;
        }
        if (!namesTerritory(s.token(targ)) || s.tokens().stream().anyMatch(w -> w.lowerWord().equals("resistance"))
            || s.text().toLowerCase(Locale.ROOT).contains("without a fight")) {
            return d;
        }
        List<String> context = new ArrayList<>(d.context());
        if (!context.contains("territory")) {
            context.add("territory");
        }
        return new Draft(EventType.ASSAULT, null, context, "19", d.modality(), d.target(),
            d.rule() + " (a town seized: captured, ASSAULT)", d.crowdForce());
    }

    /**
     * "welcomed Chinese President Xi Jinping to Belgrade": welcoming a state's leader, envoy or delegation to a place
     * is hosting him ("welcomed refugees to Germany" is not).
     */
    private static Draft welcomedAsGuest(Sentence s, Trigger t, Draft d) {
        Actor guest = d.target();
        if (t.nominal() || d.type() != EventType.SUPPORT || guest == null || !guest.isResolved()
            || !Syntax.lemma(s.token(t.token())).equals("welcome")
            || !(guest.id() != null && guest.id().startsWith("PER:")
                || (guest.sector() == null ? guest.name() != null : GUEST_SECTORS.contains(guest.sector())))) {
            return d;
        }
        for (Token c : s.children(t.token())) {
            if (c.deprel().startsWith("obl") && s.hasCase(c.index(), "to") && c.isProperNoun()
                && PLACE_NER.contains(String.valueOf(c.ner()))) {
                return d.retyped(EventType.CONSULT, "visit", "043", " (a guest welcomed to a place: CONSULT host)");
            }
        }
        return d;
    }

    /**
     * "charged crowds with batons": a charge made with a crowd-control means or a weapon (classes in nouns.tsv) is
     * force on a crowd, not a charge brought in court ("charged him with treason").
     */
    private Draft batonCharge(Sentence s, Trigger t, Draft d) {
        if (t.nominal() || d.type() != EventType.ACCUSE || !Syntax.lemma(s.token(t.token())).equals("charge")) {
            return d;
        }
        for (Token c : s.children(t.token())) {
            boolean with = c.deprel().startsWith("obl") && s.hasCase(c.index(), "with");
            if ((with || c.deprel().equals("compound") || c.deprel().equals("advmod"))
                && (lex.nounIs(c, "crowd-control") || lex.nounIs(c, "weapon"))) {
                return d.retyped(EventType.ASSAULT, "crowd-control", "175", " (a charge with batons: force on a crowd)");
            }
        }
        return d;
    }

    /** "joint military exercises": exercises called joint are cooperation, unless told as a show of force. */
    private static Draft jointExercise(Sentence s, Trigger t, Draft d) {
        if (d.type() == EventType.MOBILIZE && t.nominal() && Retyping.jointPhrase(s, t.token())
            && !s.text().toLowerCase(Locale.ROOT).contains("show of force")) {
            return d.retyped(EventType.COOPERATE, null, "06", " (joint exercise: COOPERATE)");
        }
        return d;
    }

    /** "came under fire from lawmakers": fire received from the unarmed is criticism. */
    private static Draft fireFromUnarmed(Trigger t, Actor source, Draft d) {
        if (d.type() == EventType.ASSAULT && t.light() != null && t.light().received() && source != null
            && source.isResolved() && source.flatten().stream().allMatch(a -> a.sector() != null
                && !ARMED_SECTORS.contains(a.sector()))) {
            return d.retyped(EventType.ACCUSE, null, "111", " (fire from the unarmed: ACCUSE)");
        }
        return d;
    }

    /**
     * "protesters stormed parliament" is a riot, "protesters blocked roads" a blockade: the protest's form. A
     * politician's supporters or a crowd who storm or attack a building ("PTI supporters stormed the corps
     * commander's residence", "crowds hurled bottles at the Japanese Embassy") riot too; supporters who attack
     * or clash with people ("attacked anti-government protesters"), an armed group's supporters and a community's
     * mob ("Buddhist mobs torched Muslim-owned shops") assault.
     */
    private Draft protestersAct(Sentence s, Trigger t, Frame frame, Actor source, int targ, Draft d) {
        if (source == null || frame.effect() != null) {
            return d;
        }
        String text = source.text().toLowerCase(Locale.ROOT);
        boolean crowd = CROWDS.matcher(text).find()
            && (!source.isResolved() || "OPP".equals(source.sector()) || "CVL".equals(source.sector()))
            && !COMMUNAL_CROWD.matcher(source.text()).find();
        boolean partisans = d.type() == EventType.ASSAULT && (FOLLOWERS.matcher(text).find() || crowd)
            && !t.sense().has(Sense.Flag.RECIP) && targ >= 0 && building(s, targ)
            && source.flatten().stream().noneMatch(a -> a.sector() != null
                && (ARMED_SECTORS.contains(a.sector()) || NON_STATE_ARMED.contains(a.sector())));
        if (partisans || (d.type() == EventType.ASSAULT && "OPP".equals(source.sector()) || d.type() == EventType.COERCE)
            && PROTESTER.matcher(text).find()) {
            boolean riot = d.type() == EventType.ASSAULT;
            return d.retyped(EventType.PROTEST, riot ? "riot" : "obstruct", riot ? "145" : "144",
                riot ? " (violence by protesters: PROTEST riot)" : " (blockade by protesters: PROTEST obstruct)");
        }
        return d;
    }

    /** The target phrase (or one of its conjuncts) is a building or a body housed in one: "the embassy", "parliament". */
    private boolean building(Sentence s, int targ) {
        if (lex.nounIs(s.token(targ), "facility") || lex.nounIs(s.token(targ), "institution")) {
            return true;
        }
        for (Token c : s.children(targ, "conj")) {
            if (lex.nounIs(c, "facility") || lex.nounIs(c, "institution")) {
                return true;
            }
        }
        return false;
    }

    /** "held more than 1,000 hostages": hostage-taking is an assault. */
    private static Draft hostageTaking(Sentence s, int targ, Draft d) {
        if (d.type() == EventType.COERCE && targ >= 0 && HOSTAGE.contains(Syntax.lemma(s.token(targ)))) {
            return d.retyped(EventType.ASSAULT, "abduct", "181", " (hostages: ASSAULT abduct)");
        }
        return d;
    }

    /**
     * "Islamist militants seized a priest and several churchgoers", "gunmen holding 20 foreign workers": people a
     * non-state armed group seizes or holds are abducted (ASSAULT abduct); people the state seizes are arrested.
     */
    private Draft seizedByArmedGroup(Sentence s, int targ, Actor source, Draft d) {
        if (d.type() != EventType.COERCE || !("seize".equals(d.mode()) || "arrest".equals(d.mode())) || targ < 0
            || source == null || source.sector() == null || !ActorFinder.NON_STATE_ARMED.contains(source.sector())) {
            return d;
        }
        Token held = s.token(targ);
        if (!lex.nounIs(held, "person") && !"PERSON".equals(held.ner())) {
            return d;
        }
        return d.retyped(EventType.ASSAULT, "abduct", "181", " (people seized by an armed group: ASSAULT abduct)");
    }

    /** "hacked 19 civilians to death": a killing, not a cyber attack. */
    private static Draft hackedToDeath(Sentence s, Trigger t, Draft d) {
        if (d.type() == EventType.COERCE && "hack".equals(Syntax.lemma(s.token(t.token())))
            && Roles.prepDependent(s, t.token(), "to", "obl") >= 0
            && "death".equals(s.token(Roles.prepDependent(s, t.token(), "to", "obl")).lowerWord())) {
            return d.retyped(EventType.ASSAULT, null, "18", " (hacked to death: ASSAULT)");
        }
        return d;
    }

    /**
     * "Hundreds of party workers blocked the Grand Trunk Road", "Youths blocked the highway with burning tyres":
     * people blocking roads protest; only the state restricts.
     */
    private static Draft crowdBlockade(Sentence s, Trigger t, Actor source, CodingContext ctx, Draft d) {
        if (d.type() == EventType.COERCE && "restrict".equals(d.mode()) && !t.nominal() && !ctx.sport()
            && source != null && BLOCKADES.contains(Syntax.lemma(s.token(t.token()))) && crowdOrParty(source)) {
            return d.retyped(EventType.PROTEST, "obstruct", "14", " (blockade by protesters: PROTEST)");
        }
        return d;
    }

    /**
     * "blocked highways ... in protest": the act is the protest's form (but a recall or expulsion "in protest"
     * stays a sanction).
     */
    private static Draft doneInProtest(Sentence s, Trigger t, Frame frame, Draft d) {
        if (d.type() != EventType.PROTEST && d.type() != EventType.SANCTION && frame.effect() == null
            && inProtest(s, t.anchor())) {
            String mode = d.type() == EventType.COERCE || "obstruct".equals(d.mode()) ? "obstruct" : "demo";
            return d.retyped(EventType.PROTEST, mode, "14", " (done in protest: PROTEST)");
        }
        return d;
    }

    /**
     * "FARC rebels handed over their last weapons to U.N. monitors": an armed group disarming; "agreed to hand over
     * all their weapons", already an agreement by the time the form is read: a disarmament promised (CONCEDE).
     */
    private Draft armsHandedOver(Sentence s, Trigger t, Actor source, Draft d) {
        boolean promised = d.type() == EventType.AGREE && t.sense().type() == EventType.AID;
        if ((d.type() == EventType.AID || promised) && t.light() != null && t.light().lemma().startsWith("hand")
            && lex.nounIs(Syntax.lemma(s.token(t.token())), "weapon") && source != null && source.sector() != null
            && NON_STATE_ARMED.contains(source.sector())) {
            return promised
                ? d.retyped(EventType.CONCEDE, "disarm", "03", " (armed group promising its weapons: CONCEDE)")
                : d.retyped(EventType.RETREAT, "disarm", "0873", " (armed group handing over weapons: RETREAT)");
        }
        return d;
    }

    /** "pulled out of the nuclear deal", "quit the grain deal": PLOVER reduces relations. */
    private Draft agreementLeft(Sentence s, int targ, Draft d) {
        if (d.type() == EventType.RETREAT && targ >= 0 && lex.nounIs(Syntax.lemma(s.token(targ)), "agreement")) {
            return d.retyped(EventType.SANCTION, "withdraw", "16", " (withdrawal from an agreement: SANCTION)");
        }
        return d;
    }

    /** Whether the act at {@code v} is one its doer pledges not to do ("promised not to attack ships"). */
    private boolean pledgedNotTo(Sentence s, int v) {
        Token pledge = s.parent(v);
        return "xcomp".equals(s.token(v).deprel()) && pledge != null && pledge.isVerb()
            && FrameAnalyzer.hasNegation(s, v) && !FrameAnalyzer.hasNegation(s, pledge.index())
            && lex.cues(Syntax.lemma(pledge)).stream().anyMatch(c -> c.effect() == Cue.Effect.INTENDED);
    }

    /**
     * A negated act: "will not lift the ban", "won't attend the talks" refuse it, "failed to reach a deal" tells of
     * talks that broke down; any other is denied.
     */
    private Draft refusal(Sentence s, Trigger t, Frame frame, Actor source, Draft d) {
        EventType told = t.sense().type();
        if (frame.negated() && frame.effect() == null && futureRefusal(s, t.anchor())
            && (told.isCooperative() || told == EventType.CONCEDE || told == EventType.RETREAT) && source != null) {
            String mode = d.mode() != null ? d.mode() : told.name().toLowerCase(Locale.ROOT);
            return d.retyped(EventType.REJECT, mode, "12", " (refused: will not " + told + ")")
                .withModality(Modality.ASSERTED);
        } else if (frame.negated() && failedToAgree(s, t.anchor()) && source != null
            && (told == EventType.AGREE || told == EventType.CONSULT)) {
            return d.retyped(EventType.REJECT, told.name().toLowerCase(Locale.ROOT), "12", " (failed: REJECT)")
                .withModality(Modality.ASSERTED);
        } else if (frame.negated() && (told == EventType.ASSAULT || told == EventType.COERCE)
            && d.type() == told && pledgedNotTo(s, t.anchor())) {
            // "with Moscow promising not to attack ships in transit", "vowed not to arrest returning exiles": a pledge
            // to hold back force is a concession promised, not an attack denied
            return d.retyped(EventType.CONCEDE, null, "03", " (pledged not to: CONCEDE)").withModality(Modality.INTENDED);
        } else if (frame.negated() || d.modality() == Modality.DENIED) {
            return d.withModality(Modality.DENIED);
        }
        return d;
    }

    /**
     * The event as its parties retype it, once a reciprocal event's parties are split: force used on a crowd, a
     * commander's order to his own forces, foreign officials ordered out, a suspect handed to another state, a blast
     * with a weapon, and a state's protest. The draft says whether the act is force on a crowd.
     *
     * @param source the source party, or null
     * @param targ   head of the target phrase, or -1
     */
    Draft byParties(Sentence s, Trigger t, Frame frame, Actor source, int targ, CodingContext ctx, Draft d) {
        d = crowdDispersed(s, t, frame, d);
        d = forceOnCrowd(s, t, ctx, d);
        d = orderToOwnForces(s, t, frame, source, ctx, d);
        d = orderedDone(s, t, frame, source, d);
        d = craftDeployed(t, d);
        d = officialsOrderedOut(s, t, frame, source, targ, d);
        d = suspectHandedOver(s, t, frame, source, targ, ctx, d);
        d = blastedWithWeapon(s, t, d);
        d = missileAtNoOne(s, t, source, targ, d);
        return stateProtest(s, t, source, ctx, d);
    }

    /**
     * "fired two ballistic missiles into the sea", "launched a missile off its east coast": a missile fired at no
     * party or place but the sea is a test or a show of force (MOBILIZE), not an attack; fired at a party or at a
     * place ("at two air bases") it stays an ASSAULT.
     */
    private static Draft missileAtNoOne(Sentence s, Trigger t, Actor source, int targ, Draft d) {
        if (d.type() != EventType.ASSAULT || source == null || !source.isResolved()
            || d.target() != null && (d.target().isResolved() || targ < 0 || !WATERS.contains(Syntax.lemma(s.token(targ))))) {
            return d;
        }
        Token missile = null;
        if (t.nominal()) {
            missile = t.light() != null ? s.token(t.token()) : null;
        } else if (FIRING.contains(Syntax.lemma(s.token(t.token())))) {
            missile = Syntax.child(s, t.token(), "obj");
        }
        if (missile == null || !MISSILES.contains(Syntax.lemma(missile))) {
            return d;
        }
        return new Draft(EventType.MOBILIZE, "weapons", d.context(), "15", d.modality(), null,
            d.rule() + " (missile fired at no one: MOBILIZE)", d.crowdForce());
    }

    /** "used pepper spray to disperse the women": the force used on the crowd is the act. */
    private Draft crowdDispersed(Sentence s, Trigger t, Frame frame, Draft d) {
        Token user = s.parent(t.anchor());
        if (!t.nominal() && t.sense().type() == EventType.COERCE && disperses(s, t.token())
            && user != null && user.isVerb() && !frame.negated() && usesCrowdControl(s, user.index())) {
            return d.retyped(EventType.ASSAULT, "crowd-control", "175", " (crowd-control used to disperse: ASSAULT)")
                .withModality(Modality.ASSERTED);
        }
        return d;
    }

    /**
     * "police fired tear gas and water cannon (to disperse them)": force on a crowd, at whom or not; with no target,
     * the crowd it disperses.
     */
    private Draft forceOnCrowd(Sentence s, Trigger t, CodingContext ctx, Draft d) {
        if (t.nominal() || d.type() != EventType.ASSAULT || !usesCrowdControl(s, t.token())) {
            return d;
        }
        Actor target = d.target();
        if (target == null) {
            int dispersed = dispersedCrowd(s, t.token());
            if (dispersed >= 0) {
                target = actors.actor(s, s.token(dispersed).isPronoun()
                    ? actors.pronounAntecedent(s, dispersed) : dispersed, ctx);
            }
        }
        return new Draft(d.type(), "crowd-control", d.context(), d.cameo(), d.modality(), target, d.rule(), true);
    }

    /** The verb's object (or a conjoined one) is a crowd-control means: tear gas, water cannon, rubber bullets. */
    private boolean usesCrowdControl(Sentence s, int v) {
        Token o = Syntax.child(s, v, "obj");
        if (o == null) {
            return false;
        }
        if (lex.nounIs(o, "crowd-control")) {
            return true;
        }
        for (Token c : s.children(o.index(), "conj")) {
            if (lex.nounIs(c, "crowd-control")) {
                return true;
            }
        }
        return false;
    }

    /** The object of "to disperse" under the verb: "fired tear gas to disperse them". */
    private int dispersedCrowd(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if ((c.deprel().equals("advcl") || c.deprel().equals("xcomp")) && disperses(s, c.index())) {
                Token o = Syntax.child(s, c.index(), "obj");
                // "to break up protests": the protest is no party; its crowd goes unnamed
                return o == null || !lex.nounSenses(Syntax.lemma(o)).isEmpty() ? -1 : o.index();
            }
        }
        return -1;
    }

    /**
     * "ordered the army into the Tigray region", "ordered his Libyan National Army to march on Tripoli": a
     * commander's order to his own forces deploys them, toward where it sends them; it asks no one.
     */
    private Draft orderToOwnForces(Sentence s, Trigger t, Frame frame, Actor source, CodingContext ctx, Draft d) {
        if (!t.nominal() && d.type() == EventType.REQUEST && frame.effect() == null && source != null
            && d.target() != null && TriggerFinder.COMMAND_VERBS.contains(Syntax.lemma(s.token(t.token())))
            && ownForces(source, d.target())) {
            int into = destination(s, t.token());
            Actor where = into >= 0 ? actors.actor(s, into, ctx) : null;
            return new Draft(EventType.MOBILIZE, "troops", d.context(), "15", Modality.ASSERTED, where,
                d.rule() + " (order to own forces: MOBILIZE)", d.crowdForce());
        }
        return d;
    }

    /** Verbs that send craft somewhere ("delivered missiles" hands them over). */
    private static final Set<String> DEPLOYING = Set.of("send", "dispatch", "rush", "deploy", "scramble");

    /**
     * "France sent two Rafale fighter jets to the eastern Mediterranean", "sent additional fighter jets to patrol
     * Baltic airspace": warcraft sent to a place, or on a mission, and to no party are deployed (MOBILIZE); sent to
     * a party ("sent fighter jets to Ukraine") they are military aid.
     */
    private Draft craftDeployed(Trigger t, Draft d) {
        if (d.type() != EventType.AID || t.light() == null || !DEPLOYING.contains(t.light().lemma())
            || d.target() != null && d.target().isResolved()
            || lex.nounSenses(t.sense().lemma()).stream().noneMatch(sn -> sn.type() == EventType.MOBILIZE
                && "troops".equals(sn.mode()))) {
            return d;
        }
        return new Draft(EventType.MOBILIZE, "troops", d.context(), "15", d.modality(), null,
            d.rule() + " (warcraft sent to a place: MOBILIZE)", d.crowdForce());
    }

    /**
     * "A judge ordered the prisoners stripped of their citizenship", "a court ordered the opposition leader
     * arrested": what an organ of the state orders done to someone, told as done to them, is its own act, as
     * "ordered the arrest of" is; "ordered troops to withdraw" still asks the troops.
     */
    private static Draft orderedDone(Sentence s, Trigger t, Frame frame, Actor source, Draft d) {
        Sense sense = t.sense();
        if (d.type() != EventType.REQUEST || frame.effect() != Cue.Effect.REQUESTED || t.nominal() || source == null
            || !Retyping.ofTheState(source) || sense.type() == EventType.REQUEST || frame.cueToken() < 0) {
            return d;
        }
        Token order = s.token(frame.cueToken());
        Token act = s.token(t.anchor());
        if (!TriggerFinder.COMMAND_VERBS.contains(Syntax.lemma(order)) || !"xcomp".equals(act.deprel())
            || act.head() != order.index() || !act.pos().equals("VBN")
            || Syntax.child(s, order.index(), "obj") == null && Syntax.child(s, act.index(), "nsubj") == null) {
            return d;
        }
        return new Draft(sense.type(), sense.mode(), d.context(), sense.cameo(), Modality.ASSERTED, d.target(),
            d.rule() + " (ordered done by the state: " + sense.type() + ")", d.crowdForce());
    }

    /**
     * "ordered 60 Russian diplomats to leave the country", "ordering 20 Czech embassy staff to leave Russia", "gave
     * American diplomats 72 hours to leave": foreign officials told to go are expelled.
     */
    private Draft officialsOrderedOut(Sentence s, Trigger t, Frame frame, Actor source, int targ, Draft d) {
        Actor target = d.target();
        String verb = Syntax.lemma(s.token(t.token()));
        if (!t.nominal() && frame.effect() == null && source != null && target != null
            && (d.type() == EventType.REQUEST && TriggerFinder.COMMAND_VERBS.contains(verb)
                || d.type() == EventType.THREATEN && verb.equals("give"))
            && toLeave(s, t.token()) && (target.id() == null || !target.id().startsWith("PER:"))
            && ((target.sector() == null || "GOV".equals(target.sector()) || "MIL".equals(target.sector()))
                && !target.isCompound() && target.country() != null
                && source.country() != null && !target.country().equals(source.country())
                // "ordered diplomats from seven Latin American countries to leave"
                || targ >= 0 && lex.nounIs(s.token(targ), "diplomat") && s.token(targ).pos().startsWith("NN")
                    && (target.country() == null || !target.country().equals(source.country()))
                    // "ordered its non-essential diplomats to leave" evacuates them
                    && s.children(targ).stream().noneMatch(c -> c.deprel().equals("nmod:poss") && c.isPronoun())
                // "expelled the ambassador and gave him 48 hours to leave": the expulsion restated
                || d.type() == EventType.THREATEN && !target.isResolved() && PostProcessor.pronoun(target))) {
            return d.retyped(EventType.SANCTION, "expel", "1663", " (foreign officials ordered out: SANCTION)")
                .withModality(Modality.ASSERTED);
        }
        return d;
    }

    /** Land one may hand over: "handed over the Bakassi peninsula". */
    private static final Set<String> LANDS = Set.of("peninsula", "island", "land", "area", "zone", "border",
        "control", "base", "sovereignty");
    /** International courts a state may hand a suspect to. */
    private static final Set<String> COURTS = Set.of("tribunal", "court", "icc");

    /** "Pakistan handed over Ramzi Yousef to U.S. agents": one state giving a suspect to another cooperates. */
    private Draft suspectHandedOver(Sentence s, Trigger t, Frame frame, Actor source, int targ, CodingContext ctx,
                                    Draft d) {
        if (t.nominal() || d.type() != EventType.RETREAT || !"release".equals(d.mode()) || source == null
            || !source.isResolved() || !HANDOVERS.contains(Syntax.lemma(s.token(t.token()))) || frame.effect() != null) {
            return d;
        }
        int to = -1;
        for (Token c : s.children(t.token())) {
            if (c.deprel().startsWith("obl") && s.hasCase(c.index(), "to")) {
                to = c.index();
            }
        }
        if (targ >= 0 && (namesTerritory(s.token(targ)) || LANDS.contains(Syntax.lemma(s.token(targ))))) {
            // "handed over the Bakassi peninsula to Cameroon": land given up is a concession to its receiver
            Actor taker = to >= 0 && to != targ ? actors.actor(s, to, ctx) : null;
            return taker == null || !taker.isResolved() ? d : new Draft(EventType.RETREAT, null, d.context(), "08",
                d.modality(), taker, d.rule() + " (land handed over: RETREAT to its receiver)", d.crowdForce());
        }
        Actor receiver = to >= 0 && to != targ ? actors.actor(s, to, ctx) : null;
        boolean court = to >= 0 && to != targ && COURTS.contains(Syntax.lemma(s.token(to)));
        if (court && ofTheState(source)) {
            // "Serbian authorities handed Slobodan Milosevic over to the U.N. war crimes tribunal"
            return new Draft(EventType.COOPERATE, null, List.of("legal"), "063", d.modality(), receiver,
                d.rule() + " (handed to a court: COOPERATE)", d.crowdForce());
        }
        if (receiver != null && receiver.isResolved() && receiver.country() != null && source.country() != null
            && !receiver.country().equals(source.country()) && ofTheState(source) && ofTheState(receiver)) {
            return new Draft(EventType.COOPERATE, null, List.of("legal"), "063", d.modality(), receiver,
                d.rule() + " (handed to another state: COOPERATE)", d.crowdForce());
        }
        return d;
    }

    /** "a Chinese coast guard ship blasted one of its resupply boats with a water cannon": force, not words. */
    private Draft blastedWithWeapon(Sentence s, Trigger t, Draft d) {
        if (d.type() == EventType.ACCUSE && !t.nominal() && "blast".equals(Syntax.lemma(s.token(t.token())))
            && s.children(t.token()).stream().anyMatch(c -> c.deprel().startsWith("obl") && s.hasCase(c.index(), "with")
                && (lex.nounIs(c, "crowd-control") || lex.nounIs(c, "weapon") || lex.nounIs(c, "instrument")))) {
            return d.retyped(EventType.ASSAULT, "crowd-control", "175", " (blasted with a weapon: ASSAULT)");
        }
        return d;
    }

    /**
     * "The Department of Foreign Affairs strongly protests the dangerous manoeuvres by China Coast Guard vessels": a
     * state's protest is a diplomatic charge, aimed at who did what it protests.
     */
    private Draft stateProtest(Sentence s, Trigger t, Actor source, CodingContext ctx, Draft d) {
        if (d.type() != EventType.PROTEST || t.nominal() || !"protest".equals(Syntax.lemma(s.token(t.token())))
            || source == null || !source.isResolved() || !source.flatten().stream().allMatch(a -> "GOV".equals(a.sector())
                || a.sector() == null && a.country() != null && a.name() != null)) {
            return d;
        }
        Token obj = Syntax.child(s, t.token(), "obj");
        if (obj == null) {
            // "Chile's government protested to Britain": a complaint lodged with another state
            int to = Roles.prepDependent(s, t.token(), "to", "obl");
            Actor addressee = to < 0 ? null : actors.actor(s, to, ctx);
            if (addressee == null || !addressee.isResolved() || ActorFinder.sameActor(addressee, source)) {
                return d;
            }
            return new Draft(EventType.ACCUSE, null, d.context(), "114", d.modality(), addressee,
                d.rule() + " (a state's protest to another: ACCUSE)", d.crowdForce());
        }
        Actor doer = protestedDoer(s, obj.index(), ctx);
        Actor target = doer != null && doer.isResolved() ? doer : d.target();
        return new Draft(EventType.ACCUSE, null, d.context(), "111", d.modality(), target,
            d.rule() + " (a state's protest: ACCUSE)", d.crowdForce());
    }

    /** Who did the protested act {@code obj}: its possessor or "by" phrase, or that of a conjoined act; else null. */
    private Actor protestedDoer(Sentence s, int obj, CodingContext ctx) {
        Actor doer = null;
        for (Token c : s.children(obj)) {
            if (c.deprel().equals("nmod:poss") || c.deprel().startsWith("nmod") && s.hasCase(c.index(), "by")) {
                doer = actors.actor(s, c.index(), ctx);
            }
        }
        if (doer == null) {
            for (Token c : s.children(obj)) {
                if (c.deprel().equals("conj")) {
                    for (Token g : s.children(c.index())) {
                        if (g.deprel().startsWith("nmod") && s.hasCase(g.index(), "by")) {
                            doer = actors.actor(s, g.index(), ctx);
                        }
                    }
                }
            }
        }
        return doer;
    }
}
