package org.parley.time;

import java.time.LocalDate;

/**
 * A time expression found in a sentence, resolved against the publication date.
 *
 * @param from      first token
 * @param to        last token (inclusive)
 * @param date      the resolved date: the day, the Monday of the week, the first of the month or of the year
 * @param precision {@code day}, {@code week}, {@code month} or {@code year}
 * @param relative  "a day earlier", "the day before": relative to another date of the sentence
 */
public record TimeExpression(int from, int to, LocalDate date, String precision, boolean relative) {
}
