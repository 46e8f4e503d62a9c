package org.parley.model;

import java.util.Locale;

/** Realisation status of the act an event names. */
public enum Modality {
    ASSERTED, PROPOSED, REQUESTED, INTENDED, DENIED, HYPOTHETICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for acts that did not (or may not) happen: they are never reported as deeds. */
    public boolean isUnrealized() {
        return this == DENIED || this == HYPOTHETICAL;
    }
}
