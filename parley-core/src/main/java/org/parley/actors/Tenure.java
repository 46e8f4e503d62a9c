package org.parley.actors;

import java.time.LocalDate;

/**
 * One person in one office for a period.
 *
 * @param end null while in office
 */
public record Tenure(String personId, String name, String country, String sector, String office,
                     LocalDate start, LocalDate end) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /** Days between {@code date} and this tenure; 0 when it covers the date. */
    public long distance(LocalDate date) {
        if (covers(date)) {
            return 0;
        }
        if (date.isBefore(start)) {
            return start.toEpochDay() - date.toEpochDay();
        }
        return date.toEpochDay() - end.toEpochDay();
    }
}
