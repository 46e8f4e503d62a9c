package org.parley.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what misleads the parser without moving any character: wire datelines
 * ("KABUL, Dec 20 (Reuters) -") become spaces, control characters become spaces. Offsets into the
 * cleaned text equal offsets into the original.
 */
public final class TextCleaner {
    private static final Pattern DATELINE = Pattern.compile(
        "(?m)^\\s*[A-Z][A-Z.'\\-/ ]{1,40}(?:,\\s*[A-Z][A-Za-z.'\\- ]{1,30})?"
            + "(?:,?\\s*(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?))?\\s*"
            + "(?:\\((?:[A-Za-z0-9&.'\u2019/\\- ]{1,40})\\))?\\s*[-\u2013\u2014]{1,2}\\s");

    /** A label that opens a commentary rather than a report: "Opinion |", "ANALYSIS-", "Editorial:". */
    private static final Pattern COMMENTARY = Pattern.compile(
        "^\\s*(Opinion|OPINION|Analysis|ANALYSIS|Commentary|COMMENTARY|Editorial|EDITORIAL|Column|COLUMN|Obituary"
            + "|OBITUARY|Review|REVIEW)\\s*[|:\\-\u2013\u2014]");

    private TextCleaner() {
    }

    /** The label ("Opinion", "Analysis") when the text opens as a commentary, an obituary or a review; else null. */
    public static String commentaryLabel(String text) {
        Matcher m = COMMENTARY.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The place of the article's wire dateline ("KABUL" in "KABUL, Dec 20 (Reuters) -", "KUNDUZ,
     * Afghanistan" for a city with its country), or null when the text has none.
     */
    public static String datelinePlace(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find() || m.start() > 200) {
            return null;
        }
        String d = m.group().strip();
        int cut = d.length();
        for (String stop : new String[] {"(", "\u2013", "\u2014", " -"}) {
            int i = d.indexOf(stop);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        String place = d.substring(0, cut).strip();
        // drop a trailing date: "KABUL, Dec 20"
        place = place.replaceAll(",?\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(,\\s*\\d{4})?$", "").strip();
        return place.isEmpty() ? null : place;
    }

    public static String clean(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch < 32 && ch != '\n' && ch != '\r' && ch != '\t' || ch == '\uFFFD' || ch == '\u00A0') {
                c[i] = ' ';
            }
        }
        String s = new String(c);
        Matcher m = DATELINE.matcher(s);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            if (sb == null) {
                sb = new StringBuilder(s.length());
            }
            sb.append(s, last, m.start());
            sb.append(" ".repeat(m.end() - m.start()));
            last = m.end();
        }
        if (sb == null) {
            return s;
        }
        sb.append(s, last, s.length());
        return sb.toString();
    }
}
