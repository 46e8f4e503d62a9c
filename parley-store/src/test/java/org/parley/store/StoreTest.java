package org.parley.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ParleyException;
import org.parley.model.EventType;
import org.parley.model.Modality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.store.Fixtures.AFG_GOV;
import static org.parley.store.Fixtures.KABUL;
import static org.parley.store.Fixtures.POLICE;
import static org.parley.store.Fixtures.REBELS;
import static org.parley.store.Fixtures.TALIBAN;
import static org.parley.store.Fixtures.article;
import static org.parley.store.Fixtures.spec;

class StoreTest {
    private static final LocalDate D = LocalDate.of(2019, 2, 18);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Store open(String name) {
        return Store.open(dir.resolve(name), StoreOptions.WRITE);
    }

    private static Fixtures.EventSpec attack() {
        return spec(EventType.ASSAULT, REBELS, POLICE, "Rebels attacked a police post in Kabul.").at(KABUL);
    }

    private static Fixtures.EventSpec ceasefire(String term) {
        return spec(EventType.AGREE, TALIBAN, AFG_GOV, "The Taliban agreed to a " + term + " ceasefire with the government.");
    }

    @Test
    void sameArticleTwiceChangesNothingAndIsRecognisedAsStored() throws Exception {
        CodedArticle a = article("a1", "https://x.example/a1", "Reuters", D, attack(), ceasefire("six-month"));
        try (Store s = open("s.duckdb")) {
            assertEquals(Store.Status.NEW, s.status(a.identity()));
            s.write(List.of(a));
            List<String> once = Fixtures.dump(s);
            assertEquals(Store.Status.UNCHANGED, s.status(a.identity()));
            s.write(List.of(a));
            assertEquals(once, Fixtures.dump(s));
            assertEquals(1, s.count("articles"));
            assertEquals(2, s.count("mentions"));
            assertEquals(2, s.count("events"));
            assertEquals(4, s.count("actors"));
        }
    }

    @Test
    void aChangedArticleReplacesItsOwnMentionsAndTheEventsTheyMade() throws Exception {
        CodedArticle v1 = article("a1", "https://x.example/a1?utm_source=feed", "Reuters", D, attack(),
            ceasefire("six-month"));
        CodedArticle v2 = article("a1", "https://X.example/a1", "Reuters", D, ceasefire("three-month"));
        assertEquals(v1.identity().articleId(), v2.identity().articleId(), "same URL once normalised");
        try (Store s = open("s.duckdb")) {
            s.write(List.of(v1, article("b1", null, "AP", D, attack())));
            assertEquals(Store.Status.CHANGED, s.status(v2.identity()));
            s.write(List.of(v2));
            assertEquals(2, s.count("articles"));
            assertEquals(2, s.count("mentions"));
            var events = Fixtures.rows(s, "SELECT event_type, num_mentions, terms FROM events ORDER BY event_type");
            assertEquals(List.of(Map.of("event_type", "AGREE", "num_mentions", "1", "terms", "{\"duration\":\"3 month\"}"),
                Map.of("event_type", "ASSAULT", "num_mentions", "1", "terms", "{}")), events);
        }
    }

    @Test
    void theStoreIsTheSameWhateverTheOrderAndBatchesOfWriting() throws Exception {
        List<CodedArticle> all = new ArrayList<>();
        all.add(article("a1", "https://x.example/1", "Reuters", D, attack().with("killed", 6).said("police", null)));
        all.add(article("a2", "https://x.example/2", "AP", D.plusDays(1), attack().with("killed", 9).said("rebels", "AP")));
        all.add(article("a3", null, "BBC", D.plusDays(3), attack(), ceasefire("six-month")));
        all.add(article("a4", null, "AFP", null, ceasefire("three-month")));
        all.add(article("a5", "https://x.example/5", "Reuters", D, ceasefire("six-month")));
        List<String> reference;
        try (Store s = open("ref.duckdb")) {
            s.write(all);
            reference = Fixtures.dump(s);
            s.rebuildAll();
            assertEquals(reference, Fixtures.dump(s), "a full rebuild gives the incremental result");
        }
        for (int seed = 0; seed < 4; seed++) {
            List<CodedArticle> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            try (Store s = open("s" + seed + ".duckdb")) {
                for (int i = 0; i < shuffled.size(); i += 1 + seed % 3) {
                    s.write(shuffled.subList(i, Math.min(shuffled.size(), i + 1 + seed % 3)));
                }
                assertEquals(reference, Fixtures.dump(s), "seed " + seed);
            }
        }
    }

    @Test
    void reportsWithinTheWindowAreOneEventWithGdeltCounts() throws Exception {
        try (Store s = open("s.duckdb")) {
            s.write(List.of(
                article("a1", "https://x.example/1", "Reuters", D, attack().said("police", null)),
                article("a2", "https://x.example/2", "AP", D.plusDays(1), attack().said("a witness", "AP")),
                article("copy=a2", "https://mirror.example/2", "Mirror", D.plusDays(1), attack().said("a witness", "AP")),
                article("a3", "https://x.example/3", "Reuters", D.plusDays(2), attack()),
                article("a4", "https://x.example/4", "BBC", D, attack().at(null)),
                article("a5", "https://x.example/5", "BBC", null, attack())));
            var e = Fixtures.rows(s, "SELECT date, date_end, place_key, num_mentions, num_articles, num_sources, first_seen,"
                + " last_seen, outlets, speakers FROM events ORDER BY date NULLS LAST, place_key");
            assertEquals(4, e.size(), e.toString());
            // D and D+1 in Kabul: one event; a copy of a2's text adds an outlet but not a report
            assertEquals("2019-02-18", e.get(1).get("date"));
            assertEquals("2019-02-19", e.get(1).get("date_end"));
            assertEquals("2", e.get(1).get("num_mentions"));
            assertEquals("2", e.get(1).get("num_articles"));
            assertEquals("3", e.get(1).get("num_sources"));
            assertEquals("[AP, Mirror, Reuters]", e.get(1).get("outlets"));
            assertEquals("[a witness, police]", e.get(1).get("speakers"));
            assertEquals("2019-02-19", e.get(1).get("last_seen"));
            // no place: another event the same day
            assertEquals("", e.get(0).get("place_key"));
            // D+2 is past the one-day window anchored at D
            assertEquals("2019-02-20", e.get(2).get("date"));
            // undated
            assertEquals(null, e.get(3).get("date"));
        }
    }

    @Test
    void disagreeingQuantitiesAreContestedWithEachVersionsAttribution() throws Exception {
        try (Store s = open("s.duckdb")) {
            s.write(List.of(
                article("a1", "https://x.example/1", "Reuters", D, attack().with("killed", 6).said("police", "Reuters")),
                article("a2", "https://x.example/2", "AP", D, attack().with("killed", "9").said("the rebels", null)),
                article("a3", "https://x.example/3", "BBC", D, attack().with("killed", 6).with("injured", 4))));
            var e = Fixtures.rows(s, "SELECT contested, contested_fields, quantities, versions FROM events").get(0);
            assertEquals("true", e.get("contested"));
            assertEquals("[killed]", e.get("contested_fields"));
            assertEquals("{\"injured\":4}", e.get("quantities"));
            JsonNode v = JSON.readTree(e.get("versions"));
            assertEquals(2, v.size());
            assertEquals(6, v.get(0).get("value").asInt());
            assertEquals(2, v.get(0).get("mentions").asInt());
            assertEquals("[\"BBC\",\"Reuters\"]", v.get(0).get("outlets").toString());
            assertEquals("[\"police\"]", v.get(0).get("speakers").toString());
            assertEquals(9, v.get(1).get("value").asInt());
            assertEquals("the rebels", v.get(1).get("attributions").get(0).get("speaker").asText());
            assertEquals("AP", v.get(1).get("attributions").get(0).get("outlet").asText());
        }
    }

    @Test
    void disagreeingTermsAndDenialsAreContested_agreementIsNot() throws Exception {
        try (Store s = open("s.duckdb")) {
            s.write(List.of(
                article("a1", null, "Reuters", D, ceasefire("six-month").said("a Taliban spokesman", null)),
                article("a2", null, "AP", D, ceasefire("three-month").said("Afghan officials", null)),
                article("a3", null, "BBC", D, ceasefire("6-month")),
                article("b1", null, "AP", D, attack().with("killed", 30)),
                article("b2", null, "BBC", D, attack().with("killed", "dozens").modality(Modality.DENIED))));
            var e = Fixtures.rows(s, "SELECT event_type, contested, contested_fields, terms, quantities, versions"
                + " FROM events ORDER BY event_type");
            assertEquals("true", e.get(0).get("contested"));
            assertEquals("[duration]", e.get(0).get("contested_fields"));
            JsonNode v = JSON.readTree(e.get(0).get("versions"));
            assertEquals("3 month", v.get(0).get("value").asText());
            assertEquals("6 month", v.get(1).get("value").asText());
            assertEquals(2, v.get(1).get("mentions").asInt(), "six-month and 6-month agree");
            assertEquals("[occurred]", e.get(1).get("contested_fields"), "30 and dozens do not conflict; a denial does");
            assertFalse(e.get(1).get("quantities").contains("killed"));
        }
    }

    @Test
    void aStoreKeepsItsWindowAndRefusesWhatIsNotAStore() throws Exception {
        Path p = dir.resolve("w.duckdb");
        try (Store s = Store.open(p, StoreOptions.WRITE.withWindowDays(3))) {
            assertEquals(3, s.windowDays());
        }
        try (Store s = Store.open(p, StoreOptions.WRITE)) {
            assertEquals(3, s.windowDays());
        }
        ParleyException e = assertThrows(ParleyException.class, () -> Store.open(p, StoreOptions.WRITE.withWindowDays(1)));
        assertTrue(e.getMessage().contains("dedup window of 3 days"), e.getMessage());
        e = assertThrows(ParleyException.class, () -> Store.open(dir.resolve("missing.duckdb"), StoreOptions.READ));
        assertTrue(e.getMessage().endsWith("missing.duckdb: no such store"), e.getMessage());
        Path other = dir.resolve("other.duckdb");
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + other)) {
            c.createStatement().execute("CREATE TABLE t (x INT)");
        }
        e = assertThrows(ParleyException.class, () -> Store.open(other, StoreOptions.WRITE));
        assertTrue(e.getMessage().contains("not a Parley store"), e.getMessage());
        Path text = dir.resolve("text.duckdb");
        Files.writeString(text, "hello");
        e = assertThrows(ParleyException.class, () -> Store.open(text, StoreOptions.WRITE));
        assertTrue(e.getMessage().startsWith(text + ": cannot open the store"), e.getMessage());
    }
}
