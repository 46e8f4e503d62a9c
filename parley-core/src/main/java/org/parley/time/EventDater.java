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

    /**
     * The resolved date of an event.
     *
     * @param fromText the sentence's words gave it (not the publication date nor an earlier sentence's)
     */
    public record EventDate(LocalDate date, String precision, boolean fromText) {
        public EventDate(LocalDate date, String precision) {
            this(date, precision, false);
        }
    }

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
        return date(s, exprs, pub, pred, anchor, speech, null, 0);
    }

    /**
     * As {@link #date(Sentence, List, LocalDate, int, int, int)}, with the story's date: the day an earlier
     * sentence of the article (its lead) gave. A later sentence whose words give no time of their own ("The
     * rebels later seized the airport.") tells more of that day's story and takes its date, not the
     * publication date.
     */
    public EventDate date(Sentence s, List<TimeExpression> exprs, LocalDate pub, int pred, int anchor, int speech,
                          EventDate story) {
        return date(s, exprs, pub, pred, anchor, speech, story, 0);
    }

    private EventDate date(Sentence s, List<TimeExpression> exprs, LocalDate pub, int pred, int anchor, int speech,
                           EventDate story, int depth) {
        TimeExpression own = null;
        TimeExpression said = null;
        int candidates = 0;
        TimeExpression only = null;
        List<int[]> offsets = s.parsed() ? offsetClauses(s) : List.of();
        for (TimeExpression e : exprs) {
            if (excluded(s, e) || inOffset(e, offsets)) {
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
        if (own == null && depth < 2) {
            // "fought on Friday, a day after the leaders met": the clause's act is dated from its main clause's date
            for (int[] o : offsets) {
                int h = o[1];
                // the clause's words run from "after" to the next comma (the parse often hangs a later conjunct
                // under the clause: "six weeks after he took office, and tens of thousands marched")
                if (pred > o[3] && pred <= o[4] || anchor > o[3] && anchor <= o[4]) {
                    // the main clause: the first verb above the clause and outside its words, else the root
                    int main = h;
                    for (int d = 0; main >= 0 && d < 20 && (main > o[3] && main <= o[4] || !s.token(main).isVerb());
                         d++) {
                        main = s.token(main).head();
                    }
                    if (main < 0 || main > o[3] && main <= o[4]) {
                        main = root(s);
                    }
                    if (main < 0 || main == pred) {
                        break;
                    }
                    EventDate md = date(s, exprs, pub, main, main, speech, null, depth + 1);
                    if (md == null || !"day".equals(md.precision())) {
                        return md;
                    }
                    return new EventDate(md.date().plusDays(o[2]), "day", md.fromText());
                }
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
            if (story != null && candidates == 0 && offsets.isEmpty()) {
                return new EventDate(story.date(), story.precision(), false);
            }
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
        return new EventDate(d, chosen.precision(), true);
    }

    private static final java.util.Map<String, Integer> UNIT_DAYS = java.util.Map.of("day", 1, "days", 1, "hour", 0,
        "hours", 0, "minute", 0, "minutes", 0);
    /** Participles that report or charge, which go with the main clause's subject, not with an after-clause. */
    private static final Set<String> SPEAKING = Set.of("say", "add", "cite", "call", "accuse", "urge", "vow", "warn",
        "demand", "describe", "tell", "claim", "insist", "blame", "threaten", "announce");
    private static final java.util.Map<String, Integer> COUNTS = java.util.Map.ofEntries(java.util.Map.entry("a", 1),
        java.util.Map.entry("an", 1), java.util.Map.entry("the", 1), java.util.Map.entry("one", 1),
        java.util.Map.entry("two", 2), java.util.Map.entry("three", 3), java.util.Map.entry("four", 4),
        java.util.Map.entry("five", 5), java.util.Map.entry("six", 6), java.util.Map.entry("seven", 7),
        java.util.Map.entry("eight", 8), java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10));

    /**
     * "a day after Pakistani agents arrested him", "two days after a drone strike killed", "hours after the vote",
     * "the day before the talks": {first token, head of the clause or noun, days from the main clause's date to
     * the clause's act, "after"/"before", last token of the clause, days per unit}. Hours and minutes put the act on
     * the main clause's day; "days after" with no number is left alone, and so are weeks (read as "a week ago").
     */
    static List<int[]> offsetClauses(Sentence s) {
        List<int[]> out = new java.util.ArrayList<>(1);
        for (int k = 2; k < s.size(); k++) {
            Token t = s.token(k);
            String w = t.lowerWord();
            if (!(w.equals("after") || w.equals("before")) || k + 1 >= s.size()
                || !Character.isLetterOrDigit(s.token(k + 1).word().charAt(0))) {
                continue;
            }
            String unit = s.token(k - 1).lowerWord();
            Integer perUnit = UNIT_DAYS.get(unit);
            if (perUnit == null) {
                continue;
            }
            String num = s.token(k - 2).lowerWord();
            Integer n = COUNTS.get(num);
            if (n == null && num.matches("\\d{1,2}")) {
                n = Integer.parseInt(num);
            }
            int from = k - 2;
            if (n == null) {
                if (perUnit != 0) {
                    continue; // "days after": how many is not said
                }
                n = 0;
                from = k - 1;
            }
            int days = n * perUnit * (w.equals("after") ? -1 : 1);
            int end = k + 1;
            while (end + 1 < s.size() && !s.token(end + 1).word().equals(",")) {
                end++;
            }
            // "a day after a car bomb exploded at a police academy, killing 21 people": the outcome is the clause's
            if (end + 2 < s.size() && s.token(end + 2).pos().equals("VBG")
                && !SPEAKING.contains(s.token(end + 2).lemma().toLowerCase(java.util.Locale.ROOT))) {
                end += 2;
                while (end + 1 < s.size() && !s.token(end + 1).word().equals(",")) {
                    end++;
                }
            }
            out.add(new int[] {from, t.head() > k ? t.head() : k + 1, days, k, end, perUnit});
        }
        return out;
    }

    private static int root(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.head() < 0 && "root".equals(t.deprel())) {
                return t.index();
            }
        }
        return -1;
    }

    private static boolean inOffset(TimeExpression e, List<int[]> offsets) {
        for (int[] o : offsets) {
            if (e.from() <= o[3] && e.to() >= o[0]) {
                return true;
            }
        }
        return false;
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
        if (e.relative() && e.from() + 1 <= e.to()
            && ("next".equals(s.token(e.from() + 1).lowerWord()) || "following".equals(s.token(e.from() + 1).lowerWord()))) {
            // "Pakistan would release the pilot the next day": a promise is dated when it is made
            int gov = s.token(head).head();
            if (gov >= 0) {
                for (Token c : s.children(gov)) {
                    if (c.pos().equals("MD") || "mark".equals(c.deprel()) && "to".equals(c.lowerWord())) {
                        return true;
                    }
                }
            }
        }
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
