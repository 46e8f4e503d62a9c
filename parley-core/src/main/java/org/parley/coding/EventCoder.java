package org.parley.coding;

import org.parley.actors.ActorResolver;
import org.parley.text.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Codes the events of one parsed sentence: finds lexicon predicates (verbs, nouns, light-verb
 * constructions), their source and target, the governing frame (negation, modality, cues, reported
 * speech), and turns offers, intentions, demands, refusals and threats into the PLOVER event they
 * are. Stateless and thread-safe; per-article state lives in {@link CodingContext}.
 *
 * <p>The work is done by package-private stages, composed here: {@link TriggerFinder} finds the
 * predicates, {@link ContentRules} sets aside those that are another event's content or background,
 * {@link EventBuilder} codes each remaining one (with {@link ActorFinder}, {@link PartySlots},
 * {@link Retyping} and {@link FrameAnalyzer}, and {@link RetypeRules} for the rules that retype it),
 * {@link PostProcessor} joins and completes the sentence's events, {@link HeededRequests} adds the requests
 * the sentence tells as answered and {@link AssignedBlame} the blame a speaker lays by naming who is responsible.
 */
public final class EventCoder {
    private final Lexicon lex;
    private final TriggerFinder triggerFinder;
    private final ContentRules contentRules;
    private final EventBuilder builder;
    private final ActorFinder finder;
    private final HeededRequests requests;
    private final AssignedBlame blame;

    /** A coder over an immutable lexicon and actor resolver; both are shared, never changed. */
    public EventCoder(Lexicon lex, ActorResolver actors) {
        this.lex = lex;
        this.triggerFinder = new TriggerFinder(lex);
        this.contentRules = new ContentRules(lex);
        ActorFinder finder = new ActorFinder(lex, actors);
        this.finder = finder;
        FrameAnalyzer frames = new FrameAnalyzer(lex);
        this.builder = new EventBuilder(lex, frames, contentRules, finder, new PartySlots(lex, finder),
            new Retyping(lex), new RetypeRules(lex, finder));
        this.requests = new HeededRequests(frames, finder);
        this.blame = new AssignedBlame(lex, frames, finder);
    }

    /** The lexicon this coder reads. */
    /** The actor the phrase headed by word {@code i} names (for antecedents across sentences). */
    public org.parley.model.Actor actorAt(Sentence s, int i, CodingContext ctx) {
        return finder.actor(s, i, ctx);
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
        List<Trigger> triggers = triggerFinder.find(s, log);
        Set<Integer> subsumed = new LinkedHashSet<>();
        for (Trigger t : triggers) {
            int cue = contentRules.governingCue(s, t.anchor());
            if (cue >= 0) {
                subsumed.add(cue);
            }
        }
        List<CodedEvent> out = new ArrayList<>();
        List<Trigger> cues = new ArrayList<>();
        Set<Integer> carried = new LinkedHashSet<>();
        for (Trigger t : triggers) {
            if (!t.nominal() && subsumed.contains(t.token())) {
                log.accept("  skip " + t.sense().label() + " @" + t.token() + ": its governed act carries the event");
                cues.add(t);
                continue;
            }
            String contentOf = contentRules.contentOf(s, t, triggers);
            if (contentOf != null) {
                log.accept("  skip " + t.sense().label() + " @" + t.token() + ": content of " + contentOf);
                continue;
            }
            CodedEvent e = builder.build(s, t, ctx, log);
            if (e != null) {
                carried.add(contentRules.governingCue(s, t.anchor()));
                out.add(e);
                if (!e.modality().isUnrealized()) {
                    // "abducted 20 passengers ... and later freed 15 of them"
                    ctx.remember(e.target());
                    ctx.remember(e.source());
                    ctx.rememberEvent(e.source(), e.target());
                }
            }
        }
        int built = out.size();
        for (Trigger t : cues) {
            if (carried.contains(t.token())) {
                continue;
            }
            // "failed to agree on final lists of prisoners to be freed", "refused to share power with Sinn Fein": the
            // governed act gave no event, so the cue verb's own act stands
            log.accept("  unskip " + t.sense().label() + " @" + t.token() + ": its governed act gave no event");
            CodedEvent e = builder.build(s, t, ctx, log);
            if (e != null) {
                out.add(e);
            }
        }
        if (out.size() > built) {
            // a cue's own event joins the others in the order of its predicate
            out.sort(java.util.Comparator.comparingInt(CodedEvent::token));
        }
        out = PostProcessor.merge(s, out, log);
        out = PostProcessor.reciprocals(out, log);
        out = PostProcessor.impliedProtests(s, out, log);
        out = PostProcessor.impliedCooperation(s, out, log);
        out = PostProcessor.campaignPledges(s, out, ctx, log);
        out = requests.add(s, out, ctx, log);
        out = blame.add(s, out, ctx, log);
        boolean told = false;
        for (CodedEvent e : out) {
            if (!e.modality().isUnrealized()) {
                ctx.remember(e.target());
                ctx.remember(e.source());
                told = true;
            }
        }
        ctx.noteFullNames(s);
        if (!told) {
            // "Gunmen disguised as worshippers entered the church. They opened fire ...": the main
            // clause's subject is what a pronoun in the next sentence most likely means
            for (org.parley.text.Token t : s.tokens()) {
                if (t.deprel().equals("root") && t.isVerb()) {
                    org.parley.text.Token subj = Syntax.child(s, t.index(), "nsubj");
                    if (subj != null && !subj.isPronoun()) {
                        ctx.remember(finder.actor(s, subj.index(), ctx));
                    }
                }
            }
        }
        return out;
    }
}
