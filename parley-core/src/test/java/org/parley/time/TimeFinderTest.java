package org.parley.time;

import org.junit.jupiter.api.Test;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeFinderTest {
    private static final LocalDate PUB = LocalDate.of(2019, 1, 23); // a Wednesday

    /** An unparsed sentence: words with rough tags, as the shallow pass gives. */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int off = 0;
        int i = 0;
        for (String w : text.split(" ")) {
            String pos = w.matches("\\d+(,\\d+)?") ? "CD" : Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
            tokens.add(new Token(i++, w, w.toLowerCase(), pos, "O", off, off + w.length(), -2, null));
            off += w.length() + 1;
        }
        return new Sentence(0, text, 0, tokens, false);
    }

    private static TimeExpression only(String text) {
        List<TimeExpression> es = new TimeFinder().find(sentence(text), PUB);
        assertEquals(1, es.size(), () -> text + ": " + es);
        return es.get(0);
    }

    @Test
    void weekdaysAreTheMostRecentOnOrBeforePublication() {
        assertEquals(LocalDate.of(2019, 1, 23), only("talks resumed on Wednesday").date());
        assertEquals(LocalDate.of(2019, 1, 21), only("fighters attacked on Monday night").date());
        assertEquals(LocalDate.of(2019, 1, 17), only("officials met on Thursday").date());
        assertEquals(LocalDate.of(2019, 1, 16), only("they met last Wednesday").date());
    }

    @Test
    void relativeDays() {
        assertEquals(LocalDate.of(2019, 1, 22), only("the envoy arrived yesterday").date());
        TimeExpression lastWeek = only("talks in Muscat last week");
        assertEquals(LocalDate.of(2019, 1, 14), lastWeek.date());
        assertEquals("week", lastWeek.precision());
        assertEquals(LocalDate.of(2019, 1, 1), only("agreed earlier this month").date());
        assertEquals("year", only("killed last year").precision());
        assertEquals(LocalDate.of(2018, 1, 1), only("killed last year").date());
        assertEquals(LocalDate.of(2019, 1, 1), only("earlier this year").date());
        assertEquals(LocalDate.of(2019, 1, 20), only("three days ago").date());
        TimeExpression decades = only("tanks rolled in sixty years ago");
        assertEquals(LocalDate.of(1959, 1, 1), decades.date());
        assertEquals("year", decades.precision());
        assertEquals(LocalDate.of(1919, 1, 1), only("the treaty signed 100 years ago").date());
    }

    @Test
    void calendarDates() {
        assertEquals(LocalDate.of(2018, 12, 19), only("met on Dec. 19 in Abu Dhabi").date());
        assertEquals(LocalDate.of(2018, 12, 19), only("met on 19 December").date());
        assertEquals(LocalDate.of(2017, 12, 19), only("met on Dec. 19 , 2017").date());
        TimeExpression june = only("protests began in June");
        assertEquals(LocalDate.of(2018, 6, 1), june.date());
        assertEquals("month", june.precision());
        assertEquals(LocalDate.of(2016, 1, 1), only("elected in 2016").date());
    }

    @Test
    void datelineIsNotAnEventDate() {
        Sentence s = sentence("DOHA , Jan 23 ( Reuters ) - envoys met on Tuesday");
        // the shallow tagger writes ")" as a token of its own
        List<TimeExpression> es = new TimeFinder().find(s, PUB);
        assertEquals(1, es.size(), es::toString);
        assertEquals(LocalDate.of(2019, 1, 22), es.get(0).date());
    }

    @Test
    void noDateWithoutAnAnchorForRelativeExpressions() {
        assertTrue(new TimeFinder().find(sentence("they met on Wednesday"), null).isEmpty());
        assertEquals(LocalDate.of(2017, 12, 19),
            new TimeFinder().find(sentence("met on Dec. 19 , 2017"), null).get(0).date());
    }
}
