package org.parley.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Magnitudes stated for an event: {@code killed}, {@code injured}, {@code arrested}, {@code abducted},
 * {@code size}, {@code troops}. Values are numbers, ranges ("28000-40000") or vague words ("dozens"),
 * kept as written.
 */
public record Quantities(Map<String, Object> values) {
    public static final Quantities NONE = new Quantities(Map.of());

    public Quantities {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
