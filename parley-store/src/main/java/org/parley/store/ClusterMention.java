package org.parley.store;

import java.time.LocalDate;
import java.util.Map;

/**
 * What clustering needs of one stored mention and its article. Package-private: read from the
 * {@code mentions} and {@code articles} tables by {@link EventRebuild}, or built by tests.
 */
record ClusterMention(String clusterKey, LocalDate date, String articleId, int ordinal, String mentionId,
                      String fingerprint, String contentHash, String outlet, LocalDate published, String url,
                      String eventType, String mode, String cameoRoot, int quadClass, int sentence, double confidence,
                      String evidence, String modality, ActorLabel source, ActorLabel target, Place place,
                      String speaker, String via, Boolean anonymous, Map<String, Object> quantities,
                      Map<String, String> terms) {

    /** An actor as a mention names it. */
    record ActorLabel(String key, String text, String name, String id, String country, String sector) {
    }

    /** A place as a mention names it. */
    record Place(String key, String name, String country, String admin1, Double lat, Double lon, Long geonamesId,
                 String precision) {
    }

    /** Earliest report first: by publication date (undated last), article id, position in the article. */
    static int reportOrder(ClusterMention a, ClusterMention b) {
        int c = compareDates(a.published, b.published);
        if (c != 0) {
            return c;
        }
        c = a.articleId.compareTo(b.articleId);
        return c != 0 ? c : Integer.compare(a.ordinal, b.ordinal);
    }

    static int compareDates(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }
}
