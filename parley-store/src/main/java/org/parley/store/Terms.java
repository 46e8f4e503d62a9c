package org.parley.store;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms of an agreement, offer, demand or threat that the coder does not carry as a quantity:
 * today, its duration ("a six-month ceasefire", "a 72-hour truce", "a ceasefire for three months").
 * A duration is only taken when it is attached to a term noun (ceasefire, truce, deal, ban, sentence,
 * deadline, …), so "after three months of talks" gives none; when a sentence attaches two different
 * durations to term nouns, neither is taken. Values are normalised to {@code <number> <unit>}
 * ({@code 6 month}), so "six-month" and "6 months" agree; units are not converted into each other.
 * Thread-safe (stateless).
 */
public final class Terms {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("a", 1),
        Map.entry("an", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
        Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
        Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
        Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
        Map.entry("forty-eight", 48), Map.entry("sixty", 60), Map.entry("ninety", 90), Map.entry("hundred", 100));
    private static final String NUM = "(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        + "|fifteen|eighteen|twenty|thirty|forty-eight|forty|sixty|ninety|hundred)";
    private static final String UNIT = "(hour|day|week|month|year)";
    private static final String NOUN = "(?:ceasefire|cease-fire|truce|armistice|moratorium|freeze|suspension|pause|halt"
        + "|extension|deal|agreement|accord|pact|plan|deadline|ultimatum|timeline|timetable|ban|embargo|sanctions?"
        + "|sentence|term|lockdown|curfew|blockade|closure|withdrawal|occupation|mandate|break|standstill|strike"
        + "|hunger strike|detention|suspension)";
    /** "six-month ceasefire", "72-hour humanitarian truce", "two-year-long ban". */
    private static final Pattern ADJECTIVAL = Pattern.compile(
        "\\b" + NUM + "[- ]" + UNIT + "(?:s)?(?:[- ]long)?\\s+(?:[a-z-]+\\s+){0,2}?" + NOUN + "\\b",
        Pattern.CASE_INSENSITIVE);
    /** "a ceasefire for three months", "a truce lasting 72 hours", "a ban of two years". */
    private static final Pattern POSTPOSED = Pattern.compile(
        "\\b" + NOUN + "\\s+(?:of|for|lasting|extending|spanning)\\s+(?:a\\s+period\\s+of\\s+|up\\s+to\\s+|at\\s+least\\s+)?"
            + NUM + "[- ]" + UNIT + "s?\\b", Pattern.CASE_INSENSITIVE);

    private Terms() {
    }

    /** The terms of the sentence: {@code {"duration": "6 month"}}, or an empty map. */
    public static Map<String, String> extract(String evidence) {
        Map<String, String> out = new TreeMap<>();
        if (evidence == null) {
            return out;
        }
        String found = null;
        for (Pattern p : new Pattern[] {ADJECTIVAL, POSTPOSED}) {
            Matcher m = p.matcher(evidence);
            while (m.find()) {
                String v = value(m.group(1), m.group(2));
                if (v == null) {
                    continue;
                }
                if (found != null && !found.equals(v)) {
                    return out;
                }
                found = v;
            }
        }
        if (found != null) {
            out.put("duration", found);
        }
        return out;
    }

    private static String value(String num, String unit) {
        String n = num.toLowerCase(Locale.ROOT);
        Integer k = WORDS.get(n);
        if (k == null) {
            try {
                k = Integer.parseInt(n);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return k + " " + unit.toLowerCase(Locale.ROOT);
    }
}
