package org.parley.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold-standard item: a sentence or short article with the events people coded in it.
 *
 * @param quadOnly  true when the item is labelled only with quad classes or as a statement (the
 *                  dev-eval format): it is scored on quad-class accuracy only
 * @param statement the item's main act is a statement or appeal (no event)
 */
public record GoldItem(String id, String text, LocalDate date, String outlet, List<GoldEvent> events,
                       List<Trap> traps, List<String> tags, boolean quadOnly, boolean statement) {
    public GoldItem {
        events = List.copyOf(events);
        traps = List.copyOf(traps);
        tags = List.copyOf(tags);
    }

    /**
     * One gold event. Strings are as the annotator wrote them; null when not given.
     *
     * @param quadClass 1–4 for quad-only items, else 0
     */
    public record GoldEvent(String type, String source, String target, String modality, GoldLocation location,
                            String date, String speaker, String via, int quadClass) { }

    /** Where a gold event happened. */
    public record GoldLocation(String text, String name, String country, String admin1, Double lat, Double lon,
                               String precision) { }

    /**
     * An act the text negates, conditions or only offers: {@code type} must not be coded as an asserted
     * deed (by {@code source}, when given).
     */
    public record Trap(String kind, String type, String source) { }
}
