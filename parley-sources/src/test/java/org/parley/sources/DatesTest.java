package org.parley.sources;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatesTest {
    @Test
    void readsTheFormsPagesUse() {
        LocalDate d = LocalDate.of(2019, 2, 20);
        assertEquals(d, Dates.parse("2019-02-20"));
        assertEquals(d, Dates.parse("2019-02-20T23:30:00-05:00"), "the date as printed, not UTC");
        assertEquals(d, Dates.parse("2019-02-20T10:00:00Z"));
        assertEquals(d, Dates.parse("2019-02-20T10:00:00"));
        assertEquals(d, Dates.parse("2019-02-20 10:00"));
        assertEquals(d, Dates.parse("Wed, 20 Feb 2019 10:00:00 GMT"));
        assertEquals(d, Dates.parse("2019/02/20"));
        assertEquals(d, Dates.parse("20190220"));
        assertEquals(d, Dates.parse("February 20, 2019"));
        assertEquals(d, Dates.parse("Updated 20 February 2019"));
        assertEquals(d, Dates.parse("Feb. 20, 2019"));
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertNull(Dates.parse(null));
        assertNull(Dates.parse(""));
        assertNull(Dates.parse("yesterday"));
        assertNull(Dates.parse("2019-02-30"));
        assertNull(Dates.parse("0001-01-01"));
    }
}
