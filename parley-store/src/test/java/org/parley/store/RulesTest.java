package org.parley.store;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesTest {
    @Test
    void durationsAttachedToTermNounsAreTerms() {
        assertEquals(Map.of("duration", "6 month"), Terms.extract("The Taliban agreed to a six-month ceasefire."));
        assertEquals(Map.of("duration", "72 hour"), Terms.extract("Both sides agreed to a 72-hour humanitarian truce."));
        assertEquals(Map.of("duration", "3 month"), Terms.extract("They proposed a ceasefire for three months."));
        assertEquals(Map.of("duration", "2 year"), Terms.extract("The court handed down a two-year prison sentence."));
        assertEquals(Map.of(), Terms.extract("After three months of talks, the sides agreed to a ceasefire."));
        assertEquals(Map.of(), Terms.extract("A six-month truce replaced the three-month ceasefire."), "ambiguous");
        assertEquals(Map.of(), Terms.extract(null));
    }

    @Test
    void quantitiesConflictOnlyWhenTheyCannotBothBeTrue() {
        assertTrue(Contest.conflicting(List.of("6", "9")));
        assertFalse(Contest.conflicting(List.of("6")));
        assertFalse(Contest.conflicting(List.of("20-30", "25")));
        assertTrue(Contest.conflicting(List.of("20-30", "12")));
        assertFalse(Contest.conflicting(List.of("dozens", "30")));
        assertEquals("28000-40000", Contest.normalize("40,000 - 28,000"));
        assertEquals("6", Contest.normalize(6));
    }

    @Test
    void urlsNormaliseForIdentity() {
        assertEquals("https://news.example.com/a?id=3",
            Urls.normalize("HTTPS://News.Example.com:443/a?utm_source=x&id=3&fbclid=y#comments"));
        assertEquals("http://example.com/", Urls.normalize("http://example.com"));
        assertEquals("not a url", Urls.normalize("not a url"));
    }

    @Test
    void windowsAreAnchoredAtTheirFirstDate() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        List<ClusterMention> ms = List.of(m(d, "a"), m(d.plusDays(1), "b"), m(d.plusDays(2), "c"), m(d.plusDays(3), "d"),
            m(null, "e"), m(null, "f"));
        var clusters = Clusterer.cluster(ms, 1);
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e"), List.of("f")),
            clusters.stream().map(c -> c.stream().map(ClusterMention::articleId).toList()).toList());
        assertEquals(6, Clusterer.cluster(ms, 0).size(), "window 0: one event per day, plus one per undated article");
    }

    private static ClusterMention m(LocalDate d, String article) {
        var a = new ClusterMention.ActorLabel("k", "t", null, null, null, null);
        return new ClusterMention("key", d, article, 0, "m" + article, "f" + article, "h" + article, null, d, null,
            "ASSAULT", null, "19", 4, 0, 0.9, "e", "asserted", a, a,
            new ClusterMention.Place("", null, null, null, null, null, null, null), null, null, null, Map.of(), Map.of());
    }
}
