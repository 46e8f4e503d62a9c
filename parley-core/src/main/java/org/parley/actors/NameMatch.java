package org.parley.actors;

/** A knowledge-base name found over tokens {@code from..to} (inclusive) of a sentence. */
public record NameMatch(int from, int to, KbEntry entry) {
    public int length() {
        return to - from + 1;
    }

    public boolean covers(int i) {
        return i >= from && i <= to;
    }
}
