package org.parley.time;

import org.parley.text.Sentence;
import org.parley.text.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds and resolves time expressions over tokens (no SUTime): weekdays ("on Wednesday", "late on
 * Monday", "Monday night"), "yesterday", "today", "last night", month-day dates ("Dec. 19", "19
 * December 2018"), months ("in June", "June 2018"), years ("in 2017"), "last/this week|month|year",
 * "earlier this year", "N days|weeks|months ago", "a week ago|after", "a day earlier", "the weekend".
 *
 * <p>Weekdays resolve to the most recent such day on or before the publication date ("next Monday"
 * after it); dates without a year to the latest such date on or before it. Weeks resolve to their
 * Monday, months and years to their first day. The dateline ("KABUL, Jan 23 (Reuters) -") is skipped.
 * Stateless and thread-safe.
 */
public final class TimeFinder {
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
        Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
        Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
        Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
        Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
        Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
        Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
        Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
        Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9),
        Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
        Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
        Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
        Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
        Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
        Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
        Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("several", 3),
        Map.entry("few", 3));

    /** All time expressions of the sentence, in order, resolved against {@code pub} (may be null). */
    public List<TimeExpression> find(Sentence s, LocalDate pub) {
        List<TimeExpression> out = new ArrayList<>();
        int start = datelineEnd(s);
        int n = s.size();
        for (int i = start; i < n; i++) {
            TimeExpression e = at(s, i, pub);
            if (e != null) {
                out.add(e);
                i = e.to();
            }
        }
        return out;
    }

    /** Index of the first token after a dateline ("KABUL, Jan 23 (Reuters) -"), else 0. */
    static int datelineEnd(Sentence s) {
        int n = Math.min(s.size(), 16);
        for (int i = 0; i < n; i++) {
            String w = s.token(i).word();
            if ((w.equals("-") || w.equals("--") || w.equals("—") || w.equals("–")) && i > 0
                && (s.token(i - 1).word().equals(")") || s.token(i - 1).word().equals("-RRB-"))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String w(Sentence s, int i) {
        if (i < 0 || i >= s.size()) {
            return "";
        }
        String x = s.token(i).word().toLowerCase(Locale.ROOT);
        return x.endsWith(".") && x.length() > 1 ? x.substring(0, x.length() - 1) : x;
    }

    private TimeExpression at(Sentence s, int i, LocalDate pub) {
        String x = w(s, i);
        // weekdays
        DayOfWeek dow = WEEKDAYS.get(x);
        if (dow != null && Character.isUpperCase(s.token(i).word().charAt(0))) {
            if (pub == null) {
                return null;
            }
            int from = i;
            String before = w(s, i - 1);
            LocalDate d;
            if (before.equals("next")) {
                d = pub.with(TemporalAdjusters.next(dow));
                from = i - 1;
            } else if (before.equals("last") || before.equals("this") || before.equals("past")) {
                d = before.equals("last") ? pub.minusDays(1).with(TemporalAdjusters.previousOrSame(dow))
                    : pub.with(TemporalAdjusters.previousOrSame(dow));
                from = i - 1;
            } else {
                d = pub.with(TemporalAdjusters.previousOrSame(dow));
            }
            int to = i;
            String after = w(s, i + 1);
            if (after.equals("night") || after.equals("morning") || after.equals("evening")
                || after.equals("afternoon")) {
                to = i + 1;
            }
            return new TimeExpression(from, to, d, "day", false);
        }
        if (pub != null) {
            switch (x) {
                case "yesterday":
                    return new TimeExpression(i, i, pub.minusDays(1), "day", false);
                case "today":
                case "tonight":
                    return new TimeExpression(i, i, pub, "day", false);
                case "last": {
                    String y = w(s, i + 1);
                    switch (y) {
                        case "night":
                            return new TimeExpression(i, i + 1, pub.minusDays(1), "day", false);
                        case "week":
                            return new TimeExpression(i, i + 1, monday(pub.minusWeeks(1)), "week", false);
                        case "weekend":
                            return new TimeExpression(i, i + 1, pub.minusDays(1).with(TemporalAdjusters
                                .previousOrSame(DayOfWeek.SATURDAY)), "day", false);
                        case "month":
                            return new TimeExpression(i, i + 1, pub.minusMonths(1).withDayOfMonth(1), "month", false);
                        case "year":
                            return new TimeExpression(i, i + 1, pub.minusYears(1).withDayOfYear(1), "year", false);
                        default:
                            break;
                    }
                    break;
                }
                case "this":
                case "earlier":
                case "later": {
                    int k = i;
                    if (!x.equals("this") && w(s, i + 1).equals("this")) {
                        k = i + 1;
                    } else if (!x.equals("this")) {
                        break;
                    }
                    String y = w(s, k + 1);
                    switch (y) {
                        case "week":
                            return new TimeExpression(i, k + 1, monday(pub), "week", false);
                        case "month":
                            return new TimeExpression(i, k + 1, pub.withDayOfMonth(1), "month", false);
                        case "year":
                            return new TimeExpression(i, k + 1, pub.withDayOfYear(1), "year", false);
                        case "weekend":
                            return new TimeExpression(i, k + 1, pub.with(TemporalAdjusters
                                .previousOrSame(DayOfWeek.SATURDAY)), "day", false);
                        default:
                            break;
                    }
                    break;
                }
                case "weekend":
                    if (w(s, i - 1).equals("the")) {
                        return new TimeExpression(i - 1, i, pub.with(TemporalAdjusters
                            .previousOrSame(DayOfWeek.SATURDAY)), "day", false);
                    }
                    break;
                default:
                    break;
            }
            // "N days|weeks|months|years ago", "a week after", "a day earlier"
            Integer num = number(s, i);
            if (num != null && i + 2 < s.size() + 1) {
                String unit = w(s, i + 1);
                if (unit.endsWith("s")) {
                    unit = unit.substring(0, unit.length() - 1);
                }
                String rel = w(s, i + 2);
                if (rel.equals("ago") || rel.equals("after") || rel.equals("earlier") || rel.equals("before")
                    || rel.equals("later")) {
                    boolean relative = rel.equals("earlier") || rel.equals("before") || rel.equals("later");
                    int sign = rel.equals("later") ? 1 : -1;
                    switch (unit) {
                        case "day":
                            return new TimeExpression(i, i + 2, pub.plusDays(sign * num), "day", relative);
                        case "week":
                            return new TimeExpression(i, i + 2, monday(pub.plusWeeks(sign * num)), "week", relative);
                        case "month":
                            return new TimeExpression(i, i + 2, pub.plusMonths(sign * num).withDayOfMonth(1), "month",
                                relative);
                        case "year":
                            return new TimeExpression(i, i + 2, pub.plusYears(sign * num).withDayOfYear(1), "year",
                                relative);
                        default:
                            break;
                    }
                }
            }
            // "the previous day", "the next day", "the following night": relative to the sentence's other date
            if ((x.equals("previous") || x.equals("following") || x.equals("next")) && w(s, i - 1).equals("the")
                && (w(s, i + 1).equals("day") || w(s, i + 1).equals("night") || w(s, i + 1).equals("evening"))) {
                return new TimeExpression(i - 1, i + 1, pub.plusDays(x.equals("previous") ? -1 : 1), "day", true);
            }
            if (x.equals("day") && w(s, i - 1).equals("the") && (w(s, i + 1).equals("before")
                || w(s, i + 1).equals("earlier"))) {
                return new TimeExpression(i - 1, i + 1, pub.minusDays(1), "day", true);
            }
        }
        // months and dates
        Integer month = MONTHS.get(x);
        if (month != null && Character.isUpperCase(s.token(i).word().charAt(0))
            && !(x.equals("may") && s.token(i).pos().equals("MD"))
            && !(x.equals("march") && !s.token(i).isProperNoun())) {
            Integer day = dayNumber(w(s, i + 1));
            int to = i;
            Integer year = null;
            if (day != null) {
                to = i + 1;
                int k = i + 2;
                if (w(s, k).equals(",")) {
                    k++;
                }
                year = yearNumber(w(s, k));
                if (year != null) {
                    to = k;
                }
            } else {
                Integer dayBefore = dayNumber(w(s, i - 1));
                year = yearNumber(w(s, i + 1));
                if (year != null) {
                    to = i + 1;
                }
                if (dayBefore != null) {
                    return date(i - 1, to, year, month, dayBefore, pub);
                }
            }
            if (day != null) {
                return date(i, to, year, month, day, pub);
            }
            // a month alone must look like a time: "in June", "June 2018", "since June", "last June"
            String before = w(s, i - 1);
            if (year == null && !(before.equals("in") || before.equals("since") || before.equals("last")
                || before.equals("early") || before.equals("late") || before.equals("mid") || before.equals("until")
                || before.equals("by") || before.equals("of") || before.equals("from") || before.equals("this"))) {
                return null;
            }
            int y;
            if (year != null) {
                y = year;
            } else if (pub == null) {
                return null;
            } else {
                y = month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
            }
            return new TimeExpression(i, to, LocalDate.of(y, month, 1), "month", false);
        }
        // a year: "in 2017"
        Integer year = yearNumber(x);
        if (year != null && s.token(i).pos().equals("CD")) {
            String before = w(s, i - 1);
            if (before.equals("in") || before.equals("since") || before.equals("of") || before.equals("until")) {
                return new TimeExpression(i, i, LocalDate.of(year, 1, 1), "year", false);
            }
        }
        return null;
    }

    private static TimeExpression date(int from, int to, Integer year, int month, int day, LocalDate pub) {
        int y;
        if (year != null) {
            y = year;
        } else if (pub == null) {
            return null;
        } else {
            y = pub.getYear();
            if (!validDate(y, month, day) || LocalDate.of(y, month, day).isAfter(pub)) {
                y--;
            }
        }
        if (!validDate(y, month, day)) {
            return null;
        }
        return new TimeExpression(from, to, LocalDate.of(y, month, day), "day", false);
    }

    private static boolean validDate(int y, int m, int d) {
        return d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth();
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Integer number(Sentence s, int i) {
        String x = w(s, i);
        Integer n = SMALL_NUMBERS.get(x);
        if (n != null) {
            return n;
        }
        if (x.matches("\\d{1,3}")) {
            return Integer.parseInt(x);
        }
        return null;
    }

    private static Integer dayNumber(String x) {
        String t = x.replaceAll("(st|nd|rd|th)$", "");
        if (t.matches("\\d{1,2}")) {
            int d = Integer.parseInt(t);
            return d >= 1 && d <= 31 ? d : null;
        }
        return null;
    }

    private static Integer yearNumber(String x) {
        if (x.matches("(19|20)\\d\\d")) {
            return Integer.parseInt(x);
        }
        return null;
    }

    /** For tests: the token words of an expression. */
    static String words(Sentence s, TimeExpression e) {
        StringBuilder b = new StringBuilder();
        for (int k = e.from(); k <= e.to(); k++) {
            Token t = s.token(k);
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.word());
        }
        return b.toString();
    }
}
