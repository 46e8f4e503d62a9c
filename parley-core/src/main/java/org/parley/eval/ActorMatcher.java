package org.parley.eval;

import org.parley.model.Actor;

import java.util.Locale;
import java.util.function.Function;

/**
 * Lenient actor matching of DESIGN.md's scoring rule: a gold string matches a predicted actor when
 * one text contains the other (case-insensitive), or when both resolve to the same knowledge-base
 * id, or to the same country and sector. A null gold actor matches anything; a compound predicted
 * actor matches when any member does.
 */
public final class ActorMatcher {
    private final Function<String, Actor> resolver;

    /** @param resolver resolves a gold string to an actor (through the same knowledge base); cached by the caller */
    public ActorMatcher(Function<String, Actor> resolver) {
        this.resolver = resolver;
    }

    public boolean matches(String gold, Actor predicted) {
        if (gold == null) {
            return true;
        }
        if (predicted == null) {
            return false;
        }
        String g = norm(gold);
        if (contains(g, predicted.text()) || contains(g, predicted.name())) {
            return true;
        }
        for (Actor m : predicted.members()) {
            if (contains(g, m.text()) || contains(g, m.name())) {
                return true;
            }
        }
        Actor ga = resolver.apply(gold);
        if (ga == null || !ga.isResolved()) {
            return false;
        }
        for (Actor gm : ga.flatten()) {
            for (Actor pm : predicted.flatten()) {
                if (sameResolved(gm, pm)) {
                    return true;
                }
            }
        }
        return sameResolved(ga, predicted);
    }

    private static boolean sameResolved(Actor a, Actor b) {
        if (a.id() != null && a.id().equals(b.id())) {
            return true;
        }
        return a.country() != null && a.country().equals(b.country()) && java.util.Objects.equals(a.sector(), b.sector());
    }

    private static boolean contains(String g, String p) {
        if (p == null || p.isBlank()) {
            return false;
        }
        String q = norm(p);
        return !q.isEmpty() && (g.contains(q) || q.contains(g));
    }

    static String norm(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
        if (t.startsWith("the ")) {
            t = t.substring(4);
        }
        return t;
    }
}
