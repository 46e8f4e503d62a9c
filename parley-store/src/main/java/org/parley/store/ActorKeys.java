package org.parley.store;

import org.parley.model.Actor;
import org.parley.model.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The keys that decide which mentions are the same actor and the same place. An actor is its
 * knowledge-base id when resolved to one ({@code ORG:taliban}); else its country and sector
 * ({@code AFG:GOV}, {@code USA:}); else its lower-cased text ({@code text:the gunmen}). A compound actor
 * is its members' keys, sorted and joined by {@code +}. A place is its GeoNames id, else country,
 * first-level division and name; no place is the empty key. Thread-safe (stateless).
 */
public final class ActorKeys {
    private ActorKeys() {
    }

    /** The key of an actor; the empty string for none. */
    public static String of(Actor a) {
        if (a == null) {
            return "";
        }
        if (a.isCompound()) {
            List<String> keys = new ArrayList<>();
            for (Actor m : a.members()) {
                keys.add(of(m));
            }
            keys.sort(null);
            return String.join("+", keys);
        }
        if (a.id() != null) {
            return a.id();
        }
        if (a.country() != null || a.sector() != null) {
            return (a.country() == null ? "" : a.country()) + ":" + (a.sector() == null ? "" : a.sector());
        }
        String t = a.text() == null ? "" : a.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return "text:" + t;
    }

    /** The key of a place; the empty string for none. */
    public static String of(Location l) {
        if (l == null) {
            return "";
        }
        if (l.geonamesId() != null) {
            return "geo:" + l.geonamesId();
        }
        String name = l.name() != null ? l.name() : l.text();
        return "place:" + nz(l.country()) + "/" + nz(l.admin1()) + "/"
            + (name == null ? "" : name.toLowerCase(Locale.ROOT).strip());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
