package org.parley.store;

import org.parley.model.Article;
import org.parley.model.Event;

import java.util.List;

/**
 * One article with what the coder made of it, ready to be stored.
 *
 * @param article   the article as read
 * @param identity  its identity under the coder that coded it
 * @param events    the coded events, in text order
 * @param sentences sentences in the article
 * @param parsed    sentences that were parsed
 */
public record CodedArticle(Article article, ArticleIdentity identity, List<Event> events, int sentences, int parsed) {
    public CodedArticle {
        events = List.copyOf(events);
    }
}
