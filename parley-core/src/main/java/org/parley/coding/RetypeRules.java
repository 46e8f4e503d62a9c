package org.parley.coding;

import org.parley.model.Actor;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.parley.coding.Retyping.plannedModifier;

/**
 * The retype phase: rules that change an event's type, mode, CAMEO code, modality or target once its trigger is
 * found ("the General Assembly voted to reprimand Russia" reprimands, "announced 500 new sanctions" imposes them).
 * Each step reads the sentence, the trigger, its frame and the parties found so far, takes the event so far as a
 * {@link Draft} and returns the draft it becomes; it changes nothing else. {@link EventBuilder} calls the steps in
 * order, each where the facts it reads are settled. Stateless and thread-safe.
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

    private final Lexicon lex;

    RetypeRules(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * An event's kind while the retype rules work on it: what {@link CodedEvent} will carry of it.
     *
     * @param context    the sense's context tags
     * @param target     the target party, or null
     * @param rule       the explanation so far; a rule that fires appends its note
     */
    record Draft(EventType type, String mode, List<String> context, String cameo, Modality modality, Actor target,
                 String rule) {
        /** This draft as an event of {@code type}, with the rule's {@code note} appended. */
        Draft retyped(EventType type, String mode, String cameo, String note) {
            return new Draft(type, mode, context, cameo, modality, target, rule + note);
        }

        Draft withModality(Modality modality) {
            return new Draft(type, mode, context, cameo, modality, target, rule);
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
            frame.modality(), null, "");
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

    /** Whether the act is what a vote decided: "voted to reprimand Russia and to demand ...". */
    private static boolean votedTo(Sentence s, int anchor) {
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
     * sanctions" imposes them, "approved a loan" lends, "announced his resignation" resigns (unless the act names a
     * later day: "his resignation, effective May 1").
     */
    private static boolean doneBySaying(Sentence s, Trigger t, Draft d) {
        Lexicon.LightVerb light = t.light();
        return light.modality() == Modality.PROPOSED && t.sense().type() == EventType.SUPPORT
            || d.type() == EventType.SANCTION && light.modality() == Modality.INTENDED
                && DECREES.contains(light.lemma()) && !hasOwnTime(s, t.token())
            || d.type() == EventType.AID && light.lemma().equals("approve")
                && LOANS.contains(Syntax.lemma(s.token(t.token())))
            || "resign".equals(d.mode()) && light.modality() == Modality.INTENDED
                && light.lemma().equals("announce") && !hasOwnTime(s, t.token());
    }

    /** Whether the event noun carries a time of its own ("resignation effective May 1", "withdrawal by June"). */
    private static boolean hasOwnTime(Sentence s, int n) {
        for (Token c : s.children(n)) {
            if (c.deprel().startsWith("amod") && c.lowerWord().equals("effective")
                || c.deprel().startsWith("nmod") && (s.hasCase(c.index(), "by") || s.hasCase(c.index(), "from"))) {
                return true;
            }
        }
        return false;
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
}
