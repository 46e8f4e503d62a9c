package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end through the command line, on the bundled examples and on bad input. */
class CodeCommandIT {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> events(String out) throws IOException {
        List<JsonNode> l = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                l.add(JSON.readTree(line));
            }
        }
        return l;
    }

    @Test
    void bundledExamplesGiveContractRecords() throws IOException {
        Cli.Result r = Cli.run("code", EXAMPLES.resolve("articles.jsonl").toString());
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> ev = events(r.out());
        assertTrue(ev.size() >= 8, r.out());
        for (JsonNode e : ev) {
            for (String f : List.of("id", "article_id", "sentence", "evidence", "date", "event_type", "mode", "context",
                "cameo_root", "quad_class", "goldstein", "modality", "negated", "source", "target", "location",
                "attribution", "quantities", "confidence", "rule")) {
                assertTrue(e.has(f), "missing " + f + " in " + e);
            }
            assertFalse(e.get("rule").asText().isBlank());
        }
        assertTrue(ev.stream().noneMatch(e -> e.get("article_id").asText().equals("ex-sport-no-events")),
            "a football report has no political events");
        assertTrue(ev.stream().anyMatch(e -> e.get("event_type").asText().equals("CONSULT")
            && e.get("source").get("country").asText().equals("USA")
            && e.get("target").get("id").asText().equals("ORG:taliban")), r.out());
        assertTrue(r.err().contains("6 articles"), r.err());
    }

    @Test
    void outputIsByteIdenticalAcrossRunsAndThreadCounts() {
        String file = EXAMPLES.resolve("articles.jsonl").toString();
        Cli.Result one = Cli.run("code", "--threads", "1", file);
        Cli.Result two = Cli.run("code", "--threads", "2", file);
        assertEquals(0, one.exit());
        assertEquals(one.out(), two.out());
        assertEquals(one.out(), Cli.run("code", "--threads", "2", file).out());
    }

    @Test
    void plainTextFileWithDateOptionAndStdin() throws IOException {
        Cli.Result r = Cli.run("code", "--date", "2020-08-19", EXAMPLES.resolve("mali-coup.txt").toString());
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> ev = events(r.out());
        assertTrue(ev.stream().anyMatch(e -> e.get("event_type").asText().equals("COERCE")), r.out());
        assertTrue(ev.stream().allMatch(e -> e.get("date").asText().compareTo("2020-08-19") <= 0
            && e.get("date").asText().compareTo("2020-08-12") >= 0), r.out());
        assertTrue(ev.stream().anyMatch(e -> e.get("date").asText().equals("2020-08-18")),
            "'on Tuesday' in a story of Wednesday 19 August is the 18th: " + r.out());

        Cli.Result s = Cli.withStdin("The Taliban attacked a police checkpoint in Kunduz.", "code", "--date", "2019-08-31", "-");
        assertEquals(0, s.exit(), s.err());
        assertEquals("ASSAULT", events(s.out()).get(0).get("event_type").asText());
    }

    @Test
    void badRecordsAreReportedCountedAndSkippedWithoutLosingTheRest() throws IOException {
        Path jsonl = dir.resolve("mixed.jsonl");
        String huge = "word ".repeat(2_100_000);
        String longSentence = "and the troops ".repeat(1700) + "attacked the base.";
        Files.writeString(jsonl, String.join("\n",
            "{\"id\":\"ok1\",\"text\":\"Rebels attacked an army convoy near Goma.\",\"date\":\"2022-05-01\"}",
            "{broken json",
            "{\"id\":\"notext\"}",
            "{\"id\":\"huge\",\"text\":\"" + huge + "\"}",
            "{\"id\":\"long\",\"text\":\"" + longSentence + " Police arrested ten protesters in Kinshasa.\"}",
            "{\"id\":\"ok2\",\"text\":\"Police arrested ten protesters in Kinshasa.\",\"date\":\"2022-05-02\"}"), StandardCharsets.UTF_8);
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});

        Cli.Result r = Cli.run("code", jsonl.toString(), empty.toString(), binary.toString());

        assertEquals(0, r.exit(), r.err());
        List<String> ids = events(r.out()).stream().map(e -> e.get("article_id").asText()).distinct().toList();
        assertTrue(ids.contains("ok1") && ids.contains("ok2") && ids.contains("long"), ids.toString());
        assertTrue(r.err().contains(jsonl + ":2: not JSON"), r.err());
        assertTrue(r.err().contains(jsonl + ":3: no 'text' field"), r.err());
        assertTrue(r.err().contains("huge: article too large"), r.err());
        assertTrue(r.err().contains(empty + ": empty file"), r.err());
        assertTrue(r.err().contains(binary + ": binary content"), r.err());
        assertTrue(r.err().contains("5 skipped"), r.err());
    }

    @Test
    void noProcessableInputExitsWithTwo() throws IOException {
        Path empty = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
        Cli.Result r = Cli.run("code", empty.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(2, Cli.run("code", dir.resolve("missing.txt").toString()).exit());
    }

    @Test
    void explainPrintsTheTraceOnStderrAndKeepsStdoutClean() throws IOException {
        Cli.Result r = Cli.withStdin("Iran threatened to attack U.S. bases.", "code", "--explain", "--date", "2020-01-06", "-");
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("trigger V attack"), r.err());
        assertTrue(r.err().contains("governed by 'threatened'"), r.err());
        Cli.Result where = Cli.withStdin("KABUL - Taliban fighters attacked a checkpoint in Helmand province on Monday.",
            "code", "--explain", "--date", "2020-01-08", "-");
        assertTrue(where.err().contains("place 'Helmand' attachment"), where.err());
        assertTrue(where.err().contains("details: location Helmand AFG (admin1), date 2020-01-06 (day)"), where.err());
        for (JsonNode e : events(r.out())) {
            assertEquals("THREATEN", e.get("event_type").asText());
        }
    }

    @Test
    void usageErrorsExitWith64AndHelpListsCommands() {
        assertEquals(64, Cli.run("code", "--no-such-option", "x").exit());
        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("code") && help.out().contains("eval") && help.out().contains("bench"));
    }
}
