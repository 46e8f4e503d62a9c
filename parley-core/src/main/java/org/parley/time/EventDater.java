package org.parley.time;

import org.parley.text.Sentence;
import org.parley.text.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Dates an event: the time expression attached to its predicate (or to a verb conjoined with it); else
 * the one attached to the reporting verb ("..., a spokesman said on Sunday"); else the sentence's only
 * expression; else the publication date. Expressions inside background clauses ("the war, raging since
 * October 2001") and after "since", "until", "by" never date the event. Relative expressions ("a day
 * earlier") count from the sentence's other date. Stateless and thread-safe.
 */
public final class EventDater {
    private static final Set<String> NOT_A_DATE = Set.of("since", "until", "till", "by", "before", "after",
        "following", "ahead", "for");
    private static final Set<String> BACKGROUND_RELS = Set.of("acl", "acl:relcl", "appos", "parataxis");

    private final TimeFinder finder = new TimeFinder();

    /** The resolved date of an event. */
    public record EventDate(LocalDate date, String precision) { }

    public List<TimeExpression> expressions(Sentence s, LocalDate pub) {
        return finder.find(s, pub);
    }

    /**
     * @param exprs  the sentence's expressions ({@link #expressions})
     * @param pred   the predicate token
     * @param anchor the token that carries the event, or the predicate
     * @param speech the reporting verb, or -1
     * @return the event's date; the publication date (precision day) when the sentence gives none; null
     *         when neither is known
     */
    public EventDate date(Sentence s, List<TimeExpression> exprs, LocalDate pub, int pred, int anchor, int speech) {
        TimeExpression own = null;
        TimeExpression said = null;
        int candidates = 0;
        TimeExpression only = null;
        for (TimeExpression e : exprs) {
            if (excluded(s, e)) {
                continue;
            }
            candidates++;
            only = e;
            int att = attachment(s, e, pred, anchor, speech);
            if (att == 1 && own == null) {
                own = e;
            } else if (att == 2 && said == null) {
                said = e;
            }
        }
        TimeExpression chosen = own != null ? own : said != null ? said : candidates == 1 && s.parsed() ? only : null;
        if (chosen == null && s.parsed()) {
            // "Sixty years ago this week, Soviet tanks rolled into Budapest to crush the uprising": a time long
            // past that dates the main clause dates what happens inside it (and makes it background)
            for (TimeExpression e : exprs) {
                if (!excluded(s, e) && datesMainClause(s, e) && pub != null && e.date().isBefore(pub.minusDays(400))) {
                    chosen = e;
                    break;
                }
            }
        }
        if (chosen == null) {
            return pub == null ? null : new EventDate(pub, "day");
        }
        LocalDate d = chosen.date();
        if (chosen.relative()) {
            LocalDate ref = pub;
            for (TimeExpression e : exprs) {
                if (e != chosen && !e.relative() && "day".equals(e.precision())) {
                    ref = e.date();
                    break;
                }
            }
            if (ref != null && pub != null) {
                long shift = java.time.temporal.ChronoUnit.DAYS.between(pub, ref);
                d = d.plusDays(shift);
            }
        }
        return new EventDate(d, chosen.precision());
    }

    /** A word of the expression hangs on the sentence's root verb. */
    private static boolean datesMainClause(Sentence s, TimeExpression e) {
        for (int k = e.from(); k <= e.to() && k < s.size(); k++) {
            int h = s.token(k).head();
            if (h >= 0 && (h < e.from() || h > e.to())) {
                return "root".equals(s.token(h).deprel()) && s.token(h).isVerb();
            }
        }
        return false;
    }

    /** After "since", "until", "by": a span or a deadline, not when the event happened. */
    private static boolean excluded(Sentence s, TimeExpression e) {
        String before = e.from() > 0 ? s.token(e.from() - 1).lowerWord() : "";
        if (NOT_A_DATE.contains(before)) {
            return true;
        }
        if (!s.parsed()) {
            return false;
        }
        int head = head(s, e);
        for (Token c : s.children(head)) {
            if ("case".equals(c.deprel()) && NOT_A_DATE.contains(c.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /** 1: attached to the event's predicate; 2: to the reporting verb; 0: elsewhere or in background. */
    private static int attachment(Sentence s, TimeExpression e, int pred, int anchor, int speech) {
        if (!s.parsed()) {
            return 0;
        }
        Set<Integer> own = new java.util.HashSet<>();
        own.add(pred);
        own.add(anchor);
        Token p = s.token(pred);
        if ("conj".equals(p.deprel()) && p.head() >= 0 && s.token(p.head()).isVerb() && p.isVerb()) {
            own.add(p.head());
        }
        if (p.pos().equals("VBG") && ("advcl".equals(p.deprel()) || "dep".equals(p.deprel())) && p.head() >= 0
            && s.token(p.head()).isVerb() && pred > 0 && s.token(pred - 1).pos().equals(",")) {
            // "damaged the bridge on Saturday, killing three people": the outcome happens when its clause does
            own.add(p.head());
        }
        // a noun predicate's light verb or governing verb ("held talks on Monday", "the attack on Monday")
        if (p.isNoun() && p.head() >= 0) {
            own.add(p.head());
        }
        int cur = head(s, e);
        boolean background = false;
        for (int depth = 0; cur >= 0 && depth < 12; depth++) {
            if (own.contains(cur)) {
                return background ? 0 : 1;
            }
            if (cur == speech) {
                return background ? 0 : 2;
            }
            if (BACKGROUND_RELS.contains(s.token(cur).deprel()) || "advcl".equals(s.token(cur).deprel())
                && depth > 0) {
                background = true;
            }
            cur = s.token(cur).head();
        }
        return 0;
    }

    private static int head(Sentence s, TimeExpression e) {
        for (int k = e.to(); k >= e.from(); k--) {
            int h = s.token(k).head();
            if (h < e.from() || h > e.to()) {
                return k;
            }
        }
        return e.to();
    }
}
