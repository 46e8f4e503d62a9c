package org.parley.coding;

import org.parley.model.EventType;

import java.util.List;
import java.util.Set;

/**
 * One row of the predicate lexicon: a verb or noun sense that names an event.
 *
 * @param noun      true for a noun sense, false for a verb
 * @param lemma     head lemma, lower case
 * @param particle  for verbs, a particle or preposition that must accompany the verb, or null
 * @param modifiers for multi-word nouns, the words before the head ("air" in "air strike")
 * @param objClass  noun class (nouns.tsv) the verb's object must belong to, or null
 * @param predClass noun class the predicate of the verb's small clause must belong to ("called the raid a
 *                  <b>kidnapping</b>"), or null
 * @param clauseClass noun class a word of the verb's finite complement clause must belong to ("vowed that they
 *                  would pay a heavy <b>price</b>"), or null
 * @param origin    "file:line", for explanations
 */
public record Sense(boolean noun, String lemma, String particle, List<String> modifiers, EventType type, String mode,
                    List<String> context, String cameo, List<String> targets, Set<Flag> flags, String objClass,
                    String predClass, String clauseClass, String origin) {

    public enum Flag {
        NEED_TARGET, NEED_SOURCE, LIGHT_OK, WEAK, RECIP, LIGHT_ONLY, VOWED_ONLY, FORCES, RELATIVE, CARGO, CROWD
    }

    public Sense {
        modifiers = List.copyOf(modifiers);
        context = List.copyOf(context);
        targets = List.copyOf(targets);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    public boolean has(Flag f) {
        return flags.contains(f);
    }

    public String cameoRoot() {
        return cameo.substring(0, 2);
    }

    /** "V call for", "N air strike". */
    public String label() {
        StringBuilder sb = new StringBuilder(noun ? "N " : "V ");
        for (String m : modifiers) {
            sb.append(m).append(' ');
        }
        sb.append(lemma);
        if (particle != null) {
            sb.append(' ').append(particle);
        }
        return sb.toString();
    }
}
