package org.parley.text;

import java.util.List;

/**
 * The result of analysing one text.
 *
 * @param sentences the sentences, in order
 * @param skipped   sentences that were not parsed because they exceeded the length cap
 */
public record AnalyzedText(List<Sentence> sentences, int skipped) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }
}
