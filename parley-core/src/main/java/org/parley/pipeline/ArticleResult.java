package org.parley.pipeline;

import org.parley.model.Event;

import java.util.List;

/**
 * The events of one article and what it took to find them.
 *
 * @param events      coded events, in text order
 * @param sentences   sentences in the article
 * @param parsed      sentences that went through NER and the parser
 * @param skippedLong sentences too long to parse
 * @param trace       explanation lines (empty unless asked for)
 */
public record ArticleResult(List<Event> events, int sentences, int parsed, int skippedLong, List<String> trace) {
    public ArticleResult {
        events = List.copyOf(events);
        trace = List.copyOf(trace);
    }
}
