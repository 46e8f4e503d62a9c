package org.parley.cli;

import org.parley.io.Diagnostics;
import org.parley.model.Article;
import org.parley.pipeline.ArticleResult;
import org.parley.pipeline.Parley;

/** Codes one article for a command, reporting a failure on that article as a skipped record. */
final class ArticleCoding {
    private ArticleCoding() {
    }

    /**
     * The article coded (with its trace when {@code explain}), or null when it failed: too large, or a rule that
     * failed or recursed without end on its parse, reported on {@code diag} as that article's one-line error.
     */
    static ArticleResult codeOne(Parley parley, Article a, Diagnostics diag, boolean explain) {
        try {
            return explain ? parley.explain(a) : parley.code(a);
        } catch (IllegalArgumentException e) {
            diag.report(a.id(), "article too large", e.getMessage());
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            diag.report(a.id(), "coding failed", e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }
}
