package org.parley.model;

import java.util.List;

/**
 * Who says an event happened.
 *
 * @param speaker   the speaker as written ("a source close to the Taliban negotiators"), or null
 * @param via       the outlet or channel the claim passed through ("newspaper", "Reuters"), or null
 * @param anonymous true when the speaker is unnamed
 * @param cue       the reporting cue ("said", "told", "according to", "reportedly")
 * @param chain     the claim's path from its first source to the reader: speaker, outlet or channel,
 *                  the article's own outlet ("a source close to the Taliban negotiators", "newspaper",
 *                  "Reuters"); never null
 */
public record Attribution(String speaker, String via, boolean anonymous, String cue, List<String> chain) {
    public Attribution {
        chain = chain == null ? List.of() : List.copyOf(chain);
    }

    /** An attribution whose chain is its speaker and outlet. */
    public Attribution(String speaker, String via, boolean anonymous, String cue) {
        this(speaker, via, anonymous, cue, java.util.stream.Stream.of(speaker, via)
            .filter(java.util.Objects::nonNull).distinct().toList());
    }
}
