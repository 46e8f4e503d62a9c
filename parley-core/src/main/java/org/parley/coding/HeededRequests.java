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
 * The request a sentence reports as answered: "Saudi troops crossed into Bahrain at the request of the island's
 * rulers", "parliament approved President Poroshenko's request to impose martial law", "the court rejected a request
 * by prosecutors". The request was made whatever the answer, so its author's REQUEST to the one who acts on it is
 * coded (modality requested, as every REQUEST) beside the sentence's other events. Runs after the sentence's events
 * are built; adds at most one request per request noun and none where the sentence already codes the author's
 * request. Stateless and thread-safe.
 */
final class HeededRequests {
    /** Nouns of asking. */
    private static final Set<String> REQUESTS = Set.of("request", "appeal", "plea");

    /** Verbs that answer a request, yes or no. */
    private static final Set<String> ANSWERS = Set.of("approve", "grant", "accept", "heed", "answer", "reject",
        "refuse", "deny", "decline", "ignore", "turn", "endorse", "back", "honour", "honor");

    private final FrameAnalyzer frames;
    private final ActorFinder actors;

    HeededRequests(FrameAnalyzer frames, ActorFinder actors) {
        this.frames = frames;
        this.actors = actors;
    }

    /** {@code in} with the requests its sentence reports as answered added after them. */
    List<CodedEvent> add(Sentence s, List<CodedEvent> in, CodingContext ctx, Consumer<String> log) {
        List<CodedEvent> out = new ArrayList<>(in);
        for (Token n : s.tokens()) {
            if (!n.isNoun() || !REQUESTS.contains(Syntax.lemma(n))) {
                continue;
            }
            Token v = s.parent(n.index());
            if (v == null || !v.isVerb() || !answered(s, n, v)) {
                continue;
            }
            int by = author(s, n.index());
            int subj = Roles.verbSubject(s, v.index(), 0);
            if (by < 0 || subj < 0 || Syntax.isPassive(s, v.index())) {
                continue;
            }
            Actor author = actors.actor(s, by, ctx);
            Actor addressee = actors.actor(s, subj, ctx);
            if (!ActorFinder.political(author, ctx, false) || !addressee.isResolved()
                || ActorFinder.sameActor(author, addressee)
                || out.stream().anyMatch(e -> e.type() == EventType.REQUEST && e.source() != null
                    && ActorFinder.sameActor(e.source(), author))) {
                continue;
            }
            Frame frame = frames.analyze(s, v.index());
            if (frame.modality() == Modality.HYPOTHETICAL) {
                // "troops would go only at the request of the government": no request yet
                continue;
            }
            out.add(new CodedEvent(EventType.REQUEST, null, List.of(), "02", Modality.REQUESTED, false, author,
                addressee, n.index(), v.index(), frame, 0.7,
                "request answered: '" + n.word() + "' of '" + author.text() + "' acted on by '" + addressee.text() + "'"));
            log.accept("  event REQUEST requested source='" + author.text() + "' target='" + addressee.text()
                + "' :: request answered by '" + v.word() + "'");
        }
        return out;
    }

    /** "acted at the request of X" (the act is the answer), or "approved/rejected X's request". */
    private static boolean answered(Sentence s, Token n, Token v) {
        if (n.deprel().startsWith("obl") && s.hasCase(n.index(), "at")) {
            return true;
        }
        String l = Syntax.lemma(v);
        return n.deprel().equals("obj") && ANSWERS.contains(l)
            && (!l.equals("turn") || Syntax.hasOwnParticle(s, v.index(), "down"));
    }

    /** Who asked: "X's request", "the request of X", "a request by/from X" (-1 when not said). */
    private static int author(Sentence s, int n) {
        for (Token c : s.children(n)) {
            if (c.deprel().equals("nmod:poss")
                || c.deprel().startsWith("nmod") && (s.hasCase(c.index(), "of") || s.hasCase(c.index(), "by")
                    || s.hasCase(c.index(), "from"))) {
                return c.index();
            }
        }
        return -1;
    }
}
