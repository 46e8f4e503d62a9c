package org.parley.pipeline;

import org.parley.model.Article;
import org.parley.model.Event;

import java.time.LocalDate;
import java.util.List;

/**
 * One real Parley (CoreNLP models loaded once) per test JVM, shared by every test class: loading the
 * models takes seconds, coding a sentence milliseconds.
 */
public final class SharedParley {
    private static volatile Parley instance;
    private static volatile Parley withUnrealized;

    private SharedParley() {
    }

    public static Parley get() {
        if (instance == null) {
            synchronized (SharedParley.class) {
                if (instance == null) {
                    instance = Parley.create(ParleyConfig.DEFAULT);
                }
            }
        }
        return instance;
    }

    /** The same models, emitting negated and hypothetical acts too. */
    public static Parley includingUnrealized() {
        if (withUnrealized == null) {
            synchronized (SharedParley.class) {
                if (withUnrealized == null) {
                    withUnrealized = get().withSettings(get().settings().withIncludeUnrealized(true));
                }
            }
        }
        return withUnrealized;
    }

    /** Events of a one-off text published on {@code date}. */
    public static List<Event> code(String text, String date) {
        return get().code(new Article("test", null, text, date == null ? null : LocalDate.parse(date), null, null))
            .events();
    }

    public static List<Event> codeAll(String text, String date) {
        return includingUnrealized().code(new Article("test", null, text,
            date == null ? null : LocalDate.parse(date), null, null)).events();
    }

    /** The one event of {@code type}; fails the test, listing the events, when there are none or several. */
    public static Event only(List<Event> events, org.parley.model.EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        if (of.size() != 1) {
            throw new AssertionError("expected one " + type + " in " + events);
        }
        return of.get(0);
    }

    /** Fails the test, listing the events, when any is of {@code type}. */
    public static void none(List<Event> events, org.parley.model.EventType type) {
        if (events.stream().anyMatch(e -> e.type() == type)) {
            throw new AssertionError("expected no " + type + " in " + events);
        }
    }

    /** Fails the test when an event of {@code type} is coded as an asserted deed (a trap violated). */
    public static void noAssertedDeed(List<Event> events, org.parley.model.EventType type) {
        for (Event e : events) {
            if (e.type() == type && e.modality() == org.parley.model.Modality.ASSERTED) {
                throw new AssertionError("coded as an asserted " + type + ": " + e);
            }
        }
    }

    /** The first event of {@code type}; fails the test, listing the events, when there is none. */
    public static Event first(List<Event> events, org.parley.model.EventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst()
            .orElseThrow(() -> new AssertionError("no " + type + " in " + events));
    }
}
