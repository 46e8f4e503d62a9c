package org.parley.coding;

import org.parley.model.Actor;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Blame laid by saying who is responsible: "President Bill Clinton said Osama bin Laden's network was responsible
 * for the embassy attacks" is Clinton's accusation (ACCUSE) of the network. Coded only when a speaker says it
 * (the narrator's own "X was responsible" is background), when what X is responsible for is a violent or coercive
 * act, and when the saying is not denied ("was not responsible" clears X). Runs after the sentence's events are
 * built and adds none where the sentence already codes the speaker's accusation of X. Stateless and thread-safe.
 */
final class AssignedBlame {
    /** Words that charge a party with an act: "responsible for", "to blame for", "behind". */
    private static final Set<String> CHARGING = Set.of("responsible", "culpable", "guilty");

    /** Nouns of harm that are not listed acts: "the deaths of the hostages". */
    private static final Set<String> HARMS = Set.of("death", "killing", "violence", "massacre", "bloodshed",
        "disappearance", "destruction");

    private final Lexicon lex;
    private final FrameAnalyzer frames;
    private final ActorFinder actors;

    AssignedBlame(Lexicon lex, FrameAnalyzer frames, ActorFinder actors) {
        this.lex = lex;
        this.frames = frames;
        this.actors = actors;
    }

    /** {@code in} with the accusations its sentence reports by naming who is responsible added after them. */
    List<CodedEvent> add(Sentence s, List<CodedEvent> in, CodingContext ctx, Consumer<String> log) {
        List<CodedEvent> out = new ArrayList<>(in);
        for (Token r : s.tokens()) {
            if (!CHARGING.contains(r.lowerWord()) || Syntax.child(s, r.index(), "cop") == null
                || FrameAnalyzer.hasNegation(s, r.index())) {
                continue;
            }
            Token charged = Syntax.child(s, r.index(), "nsubj");
            int deed = Roles.prepDependent(s, r.index(), "for", "obl");
            Token say = s.parent(r.index());
            if (charged == null || deed < 0 || !harm(s.token(deed)) || say == null || !"ccomp".equals(r.deprel())
                || !speech(say) || FrameAnalyzer.hasNegation(s, say.index())) {
                continue;
            }
            int speakerAt = Roles.verbSubject(s, say.index(), 0);
            if (speakerAt < 0) {
                continue;
            }
            Actor speaker = actors.actor(s, speakerAt, ctx);
            Actor blamed = actors.actor(s, charged.index(), ctx);
            if (!ActorFinder.political(speaker, ctx, false) || !blamed.isResolved()
                || ActorFinder.sameActor(speaker, blamed)
                || out.stream().anyMatch(e -> e.type() == EventType.ACCUSE && e.source() != null
                    && ActorFinder.sameActor(e.source(), speaker) && e.target() != null
                    && ActorFinder.sameActor(e.target(), blamed))) {
                continue;
            }
            out.add(new CodedEvent(EventType.ACCUSE, null, List.of(), "112", Modality.ASSERTED, false, speaker,
                blamed, r.index(), say.index(), frames.analyze(s, say.index()), 0.7,
                "blame assigned: '" + speaker.text() + "' " + say.word() + " '" + blamed.text() + "' was " + r.word()));
            log.accept("  event ACCUSE asserted source='" + speaker.text() + "' target='" + blamed.text()
                + "' :: said to be " + r.word() + " for '" + s.token(deed).word() + "'");
        }
        return out;
    }

    /** A violent or coercive act, or a harm: "the embassy attacks", "the deaths of the hostages". */
    private boolean harm(Token n) {
        String l = Syntax.lemma(n);
        return HARMS.contains(l) || lex.nounSenses(l).stream().anyMatch(x -> x.type() == EventType.ASSAULT
            || x.type() == EventType.COERCE);
    }

    private boolean speech(Token v) {
        return v.isVerb() && lex.cues(Syntax.lemma(v)).stream().anyMatch(c -> c.effect() == Cue.Effect.SPEECH);
    }
}
