package org.parley.sources;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as web pages and feeds write them: ISO 8601 dates and date-times (with or without
 * an offset), RFC 1123 ({@code Wed, 20 Feb 2019 10:00:00 GMT}), {@code 2019/02/20}, {@code 20190220},
 * {@code February 20, 2019} and {@code 20 February 2019}. A date-time keeps the calendar date it was
 * written with (no conversion to UTC): that is the date the outlet printed. Thread-safe.
 */
public final class Dates {
    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final List<DateTimeFormatter> WORDY = List.of(
        DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));
    private static final Pattern WORDY_PART = Pattern.compile(
        "([A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4}|\\d{1,2} [A-Z][a-z]{2,8} \\d{4})");

    private Dates() {
    }

    /** The calendar date of {@code s}, or null when it is not a date this class reads or is out of 1900–2199. */
    public static LocalDate parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        LocalDate d = parseStrict(t);
        return d != null && d.getYear() >= 1900 && d.getYear() < 2200 ? d : null;
    }

    private static LocalDate parseStrict(String t) {
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            return LocalDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException e) {
            // next
        }
        Matcher m = ISO_PREFIX.matcher(t);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            // next
        }
        m = SLASHED.matcher(t);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(t);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = WORDY_PART.matcher(t);
        if (m.find()) {
            String w = m.group(1).replace(".", "");
            for (DateTimeFormatter f : WORDY) {
                try {
                    return LocalDate.parse(w, f);
                } catch (DateTimeParseException e) {
                    // next
                }
            }
        }
        return null;
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
