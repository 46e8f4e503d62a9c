package org.parley.coding;

import org.parley.model.Actor;
import org.parley.model.EventType;
import org.parley.model.Modality;

import java.util.List;

/**
 * An event coded from one sentence, before article-level fields (id, date, location) are added.
 *
 * @param token  index of the predicate word
 * @param anchor index of the word that carries the event (the cue for a demand, the light verb, …)
 * @param frame  modality, cue and attribution analysis
 * @param claimed whether the source is known from its claim of the deed ("Al-Shabaab claimed responsibility for
 *                the attack")
 */
public record CodedEvent(EventType type, String mode, List<String> context, String cameo, Modality modality,
                         boolean negated, Actor source, Actor target, int token, int anchor, Frame frame,
                         double confidence, String rule, boolean claimed) {
    public CodedEvent {
        context = List.copyOf(context);
    }

    /** An event whose source is not known from a claim of the deed. */
    public CodedEvent(EventType type, String mode, List<String> context, String cameo, Modality modality,
                      boolean negated, Actor source, Actor target, int token, int anchor, Frame frame,
                      double confidence, String rule) {
        this(type, mode, context, cameo, modality, negated, source, target, token, anchor, frame, confidence, rule,
            false);
    }

    /** The note a rule carries when its source is who claimed the deed ("claimed responsibility for the attack"). */
    public static final String CLAIMED = " (source: who claimed it)";

    public String cameoRoot() {
        return cameo.substring(0, 2);
    }


}
