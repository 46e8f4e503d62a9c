package org.parley.pipeline;

/**
 * Settings of the article coder.
 *
 * @param includeUnrealized emit negated and hypothetical acts too (flagged), instead of dropping them
 * @param parseAll          parse every sentence, not only those with an event word (slower)
 * @param maxArticleChars   articles longer than this are refused with a diagnostic
 */
public record CoderSettings(boolean includeUnrealized, boolean parseAll, int maxArticleChars) {
    public static final CoderSettings DEFAULT = new CoderSettings(false, false, 1_000_000);

    public CoderSettings {
        if (maxArticleChars < 1000) {
            throw new IllegalArgumentException("maxArticleChars must be at least 1000, got " + maxArticleChars);
        }
    }

    public CoderSettings withIncludeUnrealized(boolean v) {
        return new CoderSettings(v, parseAll, maxArticleChars);
    }

    public CoderSettings withParseAll(boolean v) {
        return new CoderSettings(includeUnrealized, v, maxArticleChars);
    }
}
