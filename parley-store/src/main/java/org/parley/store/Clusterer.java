package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits the mentions of one cluster key (same type, source, target and place) into events by date.
 * Dated mentions are taken in date order; an event starts at the earliest date not yet taken and
 * holds every mention dated up to {@code windowDays} days after it (an anchored window, so a
 * daily-repeated act never chains into one month-long event). Undated mentions cannot be placed in a
 * window: each article's (each distinct text's, so verbatim copies still merge) undated mentions form
 * one event of their own. The result depends only on the set of mentions, never on the order they
 * were stored in.
 * Thread-safe (stateless).
 */
final class Clusterer {
    private Clusterer() {
    }

    /** @param mentions mentions of one cluster key, in any order */
    static List<List<ClusterMention>> cluster(List<ClusterMention> mentions, int windowDays) {
        List<ClusterMention> dated = new ArrayList<>();
        List<ClusterMention> undated = new ArrayList<>();
        for (ClusterMention m : mentions) {
            (m.date() == null ? undated : dated).add(m);
        }
        dated.sort(Comparator.comparing(ClusterMention::date).thenComparing(ClusterMention::reportOrder));
        undated.sort(ClusterMention::reportOrder);
        List<List<ClusterMention>> out = new ArrayList<>();
        List<ClusterMention> current = null;
        LocalDate start = null;
        for (ClusterMention m : dated) {
            if (current == null || m.date().isAfter(start.plusDays(windowDays))) {
                current = new ArrayList<>();
                out.add(current);
                start = m.date();
            }
            current.add(m);
        }
        java.util.TreeMap<String, List<ClusterMention>> byText = new java.util.TreeMap<>();
        for (ClusterMention m : undated) {
            byText.computeIfAbsent(m.contentHash(), k -> new ArrayList<>()).add(m);
        }
        out.addAll(byText.values());
        return out;
    }
}
