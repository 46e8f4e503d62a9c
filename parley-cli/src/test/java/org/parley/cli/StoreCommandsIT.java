package org.parley.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ingest, export and stats end to end through {@link Main#run}, on real CoreNLP and real DuckDB files.
 * The models load once per JVM (CoreNLP keeps its annotators); the first ingest pays for it.
 */
class StoreCommandsIT {
    @TempDir
    static Path tmp;

    static Path news;
    static Path db;
    static Cli.Result first;

    @BeforeAll
    static void ingestOnce() throws Exception {
        news = Corpus.folder(tmp);
        db = tmp.resolve("store.duckdb");
        first = Cli.run("ingest", "--db", db.toString(), "--progress", "plain", "--progress-every", "0",
            "--batch", "3", news.toString());
    }

    @Test
    void ingestReadsEveryFormatSkipsBadInputAndSummarises() throws Exception {
        assertEquals(0, first.exit(), first.err());
        String err = first.err();
        assertTrue(err.contains("wire.jsonl:6: not JSON"), err);
        assertTrue(err.contains("image.html: binary content"), err);
        assertTrue(err.contains("empty.txt: empty file"), err);
        assertTrue(err.contains("read        9 articles"), err);
        assertTrue(err.contains("coded       9"), err);
        assertTrue(err.contains("skipped     3: 1 binary content, 1 empty file, 1 not JSON"), err);
        assertTrue(err.contains("parley: ingest: "), "plain progress lines: " + err);
        assertEquals(9, Cli.scalar(db, "SELECT count(*) FROM articles"));
        assertEquals(1, Cli.scalar(db, "SELECT count(*) FROM articles WHERE outlet = 'Ledger'"
            + " AND url = 'https://ledger.example/envoy' AND published = DATE '2019-02-21'"));
        assertEquals(1, Cli.scalar(db, "SELECT count(*) FROM articles WHERE url = 'https://crawl.example/strike'"));
        assertEquals(1, Cli.scalar(db, "SELECT count(*) FROM events WHERE contested AND contested_fields = ['duration']"),
            "six-month against three-month ceasefire");
        assertTrue(Cli.scalar(db, "SELECT count(*) FROM mentions") >= 5);
        assertEquals(Cli.scalar(db, "SELECT count(*) FROM mentions"), Cli.scalar(db, "SELECT sum(mentions) FROM articles"));
    }

    @Test
    void exportedJsonlIsWhatCodePrints() {
        Cli.Result code = Cli.run("code", "--quiet", news.toString());
        assertEquals(0, code.exit(), code.err());
        Cli.Result export = Cli.run("export", "--db", db.toString(), "--format", "jsonl");
        assertEquals(0, export.exit(), export.err());
        assertEquals(new TreeSet<>(code.out().lines().toList()), new TreeSet<>(export.out().lines().toList()));
        assertTrue(export.err().startsWith("parley: exported "), export.err());
    }

    @Test
    void everyExportReadsBack() throws Exception {
        for (String format : List.of("csv", "gdelt", "parquet")) {
            Path out = tmp.resolve("events." + format);
            Cli.Result r = Cli.run("export", "--db", db.toString(), "--format", format, "--table", "events",
                "--out", out.toString());
            assertEquals(0, r.exit(), r.err());
            String read = switch (format) {
                case "csv" -> "read_csv('" + out + "', header = true)";
                case "gdelt" -> "read_csv('" + out + "', delim = '\\t', header = false, quote = '', escape = '')";
                default -> "read_parquet('" + out + "')";
            };
            assertEquals(Cli.scalar(db, "SELECT count(*) FROM events"), Cli.scalar(db, "SELECT count(*) FROM " + read),
                format);
        }
        Cli.Result csv = Cli.run("export", "--db", db.toString(), "--format", "CSV");
        assertTrue(csv.out().startsWith("mention_id,article_id,ordinal,"), csv.out());
    }

    @Test
    void statsCountByTypeDyadAndDay() {
        Cli.Result r = Cli.run("stats", "--db", db.toString(), "--top", "3");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("articles     9"), out);
        assertTrue(out.contains("by type"), out);
        assertTrue(out.contains("ASSAULT"), out);
        assertTrue(out.contains("by dyad (top 3 of"), out);
        assertTrue(out.contains("by day"), out);
        assertTrue(out.contains("2019-02-18"), out);
    }

    @Test
    void theSameInputAgainChangesNothingAndCodesNothing() throws Exception {
        Path copy = tmp.resolve("again.duckdb");
        Files.copy(db, copy);
        List<String> before = Cli.dump(copy);
        Cli.Result again = Cli.run("ingest", "--db", copy.toString(), "--progress", "none", news.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("unchanged   9"), again.err());
        assertTrue(again.err().contains("coded       0"), again.err());
        assertEquals(before, Cli.dump(copy));
    }

    @Test
    void aChangedArticleReplacesItsMentions() throws Exception {
        Path copy = tmp.resolve("changed.duckdb");
        Files.copy(db, copy);
        Path edited = tmp.resolve("edited.jsonl");
        Files.writeString(edited, Corpus.json("r1", "2019-02-18", "Reuters", "https://reuters.example/r1",
            "The weather in Kabul was mild on Monday.") + "\n");
        long mentions = Cli.scalar(copy, "SELECT count(*) FROM mentions");
        long r1 = Cli.scalar(copy, "SELECT count(*) FROM mentions WHERE input_article_id = 'r1'");
        assertTrue(r1 >= 2, "r1 had events");
        Cli.Result r = Cli.run("ingest", "--db", copy.toString(), "--progress", "none", edited.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(0, Cli.scalar(copy, "SELECT count(*) FROM mentions WHERE input_article_id = 'r1'"));
        assertEquals(mentions - r1, Cli.scalar(copy, "SELECT count(*) FROM mentions"));
        assertEquals(0, Cli.scalar(copy, "SELECT count(*) FROM events WHERE contested"), "the six-month version is gone");
    }

    @Test
    void noUsableInputExitsTwoAndBadStoresAreNamed() throws Exception {
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.write(bad.resolve("x.html"), new byte[] {0, 1, 2, 3});
        Cli.Result r = Cli.run("ingest", "--db", tmp.resolve("none.duckdb").toString(), "--progress", "none",
            bad.toString());
        assertEquals(2, r.exit(), r.err());
        Cli.Result missing = Cli.run("export", "--db", tmp.resolve("missing.duckdb").toString(), "--format", "jsonl");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("missing.duckdb: no such store"), missing.err());
        Cli.Result usage = Cli.run("export", "--db", db.toString(), "--format", "xml");
        assertEquals(64, usage.exit());
        assertTrue(usage.err().contains("unknown format 'xml'"), usage.err());
    }

    @Test
    void codeReadsHtmlToo() throws Exception {
        Path page = news.resolve("page.html");
        Cli.Result r = Cli.run("code", page.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"article_id\":\"https://ledger.example/envoy\""), r.out());
        assertTrue(new String(Files.readAllBytes(page), StandardCharsets.UTF_8).contains("Share this story"));
        assertTrue(!r.out().contains("Share this story"));
    }
}
