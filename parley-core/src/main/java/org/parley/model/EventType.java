package org.parley.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The 16 PLOVER event types, with their quad class (PLOVER's grouping) and the CAMEO root used when a
 * lexicon entry names none.
 */
public enum EventType {
    AGREE(1, "03"),
    CONSULT(1, "04"),
    SUPPORT(1, "05"),
    CONCEDE(1, "03"),
    COOPERATE(2, "06"),
    AID(2, "07"),
    RETREAT(2, "08"),
    REQUEST(3, "10"),
    ACCUSE(3, "11"),
    REJECT(3, "12"),
    THREATEN(3, "13"),
    PROTEST(4, "14"),
    SANCTION(4, "16"),
    MOBILIZE(4, "15"),
    COERCE(4, "17"),
    ASSAULT(4, "19");

    private final int quadClass;
    private final String defaultCameoRoot;

    EventType(int quadClass, String defaultCameoRoot) {
        this.quadClass = quadClass;
        this.defaultCameoRoot = defaultCameoRoot;
    }

    /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    public int quadClass() {
        return quadClass;
    }

    public String defaultCameoRoot() {
        return defaultCameoRoot;
    }

    public boolean isCooperative() {
        return quadClass <= 2;
    }

    public static Optional<EventType> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
