package org.parley.coding;

import org.parley.model.Actor;

import java.time.LocalDate;

/**
 * Per-article state of the coder: the article date and the actors recently named, for pronouns.
 * Created for one article and used by one thread.
 */
public final class CodingContext {
    private final LocalDate date;
    private Actor lastPerson;
    private Actor lastGroup;

    public CodingContext(LocalDate date) {
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }

    Actor lastPerson() {
        return lastPerson;
    }

    Actor lastGroup() {
        return lastGroup;
    }

    void remember(Actor a) {
        if (a == null || !a.isResolved()) {
            return;
        }
        if (a.id() != null && a.id().startsWith("PER:")) {
            lastPerson = a;
        } else {
            lastGroup = a;
        }
    }
}
