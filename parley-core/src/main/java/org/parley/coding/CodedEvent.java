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
 */
public record CodedEvent(EventType type, String mode, List<String> context, String cameo, Modality modality,
                         boolean negated, Actor source, Actor target, int token, int anchor, Frame frame,
                         double confidence, String rule) {
    public CodedEvent {
        context = List.copyOf(context);
    }

    /** The note a rule carries when its source is who claimed the deed ("claimed responsibility for the attack"). */
    public static final String CLAIMED = " (source: who claimed it)";

    public String cameoRoot() {
        return cameo.substring(0, 2);
    }

    /** Whether the event is a deed known from its doer's claim: "Al-Shabaab claimed responsibility for the attack". */
    public boolean claimed() {
        return rule.endsWith(CLAIMED);
    }
}
