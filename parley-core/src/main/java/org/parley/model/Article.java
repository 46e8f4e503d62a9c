package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article, the unit of input.
 *
 * @param id     stable identifier, unique within a run (file name, JSONL {@code id}, or a content hash)
 * @param title  headline, or null
 * @param text   body text; never null
 * @param date   publication date, anchors relative dates; null when unknown
 * @param outlet publishing outlet, or null
 * @param url    source URL, or null
 */
public record Article(String id, String title, String text, LocalDate date, String outlet, String url) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

}
