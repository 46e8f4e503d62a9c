package org.parley.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ParleyException;
import org.parley.io.EventJson;
import org.parley.model.EventType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.store.Fixtures.AFG_GOV;
import static org.parley.store.Fixtures.KABUL;
import static org.parley.store.Fixtures.POLICE;
import static org.parley.store.Fixtures.REBELS;
import static org.parley.store.Fixtures.TALIBAN;
import static org.parley.store.Fixtures.article;
import static org.parley.store.Fixtures.spec;

class ExporterTest {
    private static final LocalDate D = LocalDate.of(2019, 2, 18);

    @TempDir
    Path dir;

    private Path db;
    private List<CodedArticle> articles;

    @BeforeEach
    void fill() {
        db = dir.resolve("s.duckdb");
        articles = List.of(
            article("a1", "https://x.example/1", "Reuters", D,
                spec(EventType.ASSAULT, REBELS, POLICE, "Rebels attacked a police post in Kabul, killing \"six\".")
                    .at(KABUL).with("killed", 6).said("police", "Reuters"),
                spec(EventType.AGREE, TALIBAN, AFG_GOV, "The Taliban agreed to a six-month ceasefire.")),
            article("a2", "https://x.example/2", "AP", D,
                spec(EventType.ASSAULT, REBELS, POLICE, "Rebels attacked a police post,\tkilling nine.")
                    .at(KABUL).with("killed", 9)),
            article("a3", null, null, null, spec(EventType.PROTEST, Fixtures.POLICE, null, "Police protested.")));
        try (Store s = Store.open(db, StoreOptions.WRITE)) {
            s.write(articles);
        }
    }

    private String export(ExportFormat f, String table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store s = Store.open(db, StoreOptions.READ)) {
            new Exporter(s).export(f, table, null, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonlOfMentionsIsTheContractByteForByte() {
        List<String> expected = new ArrayList<>();
        for (CodedArticle a : articles) {
            a.events().forEach(e -> expected.add(EventJson.toJson(e)));
        }
        List<String> lines = export(ExportFormat.JSONL, "mentions").lines().toList();
        assertEquals(expected, lines);
    }

    @Test
    void jsonlOfEventsReadsBackThroughDuckDb() throws Exception {
        Path f = dir.resolve("events.jsonl");
        Files.writeString(f, export(ExportFormat.JSONL, "events"));
        try (Store s = Store.open(db, StoreOptions.READ)) {
            var rows = Fixtures.rows(s, "SELECT event_type, num_mentions, contested, contested_fields, versions[1].value AS v"
                + " FROM read_json('" + f + "') ORDER BY event_type");
            assertEquals(3, rows.size());
            assertEquals("ASSAULT", rows.get(1).get("event_type"));
            assertEquals("2", rows.get(1).get("num_mentions"));
            assertEquals("true", rows.get(1).get("contested"));
            assertEquals("[killed]", rows.get(1).get("contested_fields"));
            assertEquals("6", rows.get(1).get("v"));
        }
    }

    @Test
    void csvReadsBackWithEveryRowAndField() throws Exception {
        for (String table : Exporter.TABLES) {
            Path f = dir.resolve(table + ".csv");
            Files.writeString(f, export(ExportFormat.CSV, table));
            try (Store s = Store.open(db, StoreOptions.READ)) {
                List<Map<String, String>> back = Fixtures.rows(s, "SELECT * FROM read_csv('" + f
                    + "', header = true, all_varchar = true)");
                assertEquals(s.count(table), back.size(), table);
                if (table.equals("mentions")) {
                    List<String> evidence = back.stream().map(r -> r.get("evidence")).sorted().toList();
                    assertTrue(evidence.contains("Rebels attacked a police post in Kabul, killing \"six\"."), evidence.toString());
                    assertTrue(evidence.contains("Rebels attacked a police post,\tkilling nine."), evidence.toString());
                    assertEquals(50 - 1, back.get(0).size(), "every column but the contract JSON");
                }
            }
        }
    }

    @Test
    void gdeltHasSixtyOneTabSeparatedColumnsPerEvent() throws Exception {
        String tsv = export(ExportFormat.GDELT, "events");
        List<String> lines = tsv.lines().toList();
        assertEquals(3, lines.size());
        for (String l : lines) {
            assertEquals(61, l.split("\t", -1).length, l);
        }
        Path f = dir.resolve("events.tsv");
        Files.writeString(f, tsv);
        try (Store s = Store.open(db, StoreOptions.READ)) {
            var rows = Fixtures.rows(s, "SELECT * FROM read_csv('" + f + "', delim = '\\t', header = false,"
                + " all_varchar = true, quote = '', escape = '') WHERE column15 = 'AFGCOP'");
            assertEquals(1, rows.size());
            Map<String, String> r = rows.get(0);
            assertEquals("20190218", r.get("column01"));
            assertEquals("REB", r.get("column05"));
            assertEquals("THE REBELS", r.get("column06"));
            assertEquals("REB", r.get("column12"));
            assertEquals("AFGCOP", r.get("column15"));
            assertEquals("AFG", r.get("column17"));
            assertEquals("19", r.get("column26"));
            assertEquals("4", r.get("column29"));
            assertEquals("2", r.get("column31"));
            assertEquals("2", r.get("column32"));
            assertEquals("2", r.get("column33"));
            assertEquals("4", r.get("column51"));
            assertEquals("Kabul, AFG", r.get("column52"));
            assertEquals("34.53", r.get("column56"));
            assertEquals("1138958", r.get("column58"));
            assertEquals("20190218000000", r.get("column59"));
            assertEquals("https://x.example/1", r.get("column60"));
        }
        assertThrows(ParleyException.class, () -> export(ExportFormat.GDELT, "mentions"));
    }

    @Test
    void parquetReadsBackThroughDuckDbWithTypesKept() throws Exception {
        for (String table : Exporter.TABLES) {
            Path f = dir.resolve(table + ".parquet");
            try (Store s = Store.open(db, StoreOptions.READ)) {
                long n = new Exporter(s).export(ExportFormat.PARQUET, table, f, null);
                assertEquals(s.count(table), n);
                String cols = table.equals("mentions") ? "* EXCLUDE (json)" : "*";
                assertEquals(Fixtures.rows(s, "SELECT " + cols + " FROM " + table + " ORDER BY ALL"),
                    Fixtures.rows(s, "SELECT * FROM read_parquet('" + f + "') ORDER BY ALL"), table);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store s = Store.open(db, StoreOptions.READ)) {
            new Exporter(s).export(ExportFormat.PARQUET, "events", null, out);
        }
        byte[] head = java.util.Arrays.copyOf(out.toByteArray(), 4);
        assertArrayEquals("PAR1".getBytes(StandardCharsets.US_ASCII), head, "Parquet to stdout");
    }

    @Test
    void anExportToAFileIsWholeOrAbsent() throws Exception {
        Path f = dir.resolve("out.jsonl");
        try (Store s = Store.open(db, StoreOptions.READ)) {
            new Exporter(s).export(ExportFormat.JSONL, "mentions", f, null);
            assertThrows(ParleyException.class, () -> new Exporter(s).export(ExportFormat.CSV, "nope", f, null));
        }
        assertEquals(4, Files.readAllLines(f).size());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
