package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code parley code} end to end: the contract's location, date, attribution and quantities fields. */
class CodeDetailsEndToEndTest {

    @Test
    void codesWhereWhenWhoAndHowMany(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, "{\"id\": \"a1\", \"date\": \"2019-01-23\", \"outlet\": \"Reuters\", \"text\": \"U.S."
            + " special envoy Zalmay Khalilzad met Taliban negotiators in Kabul on Tuesday, officials said.\"}\n", StandardCharsets.UTF_8);
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Main.run("code", "--quiet", in.toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        String out = buf.toString(StandardCharsets.UTF_8).strip();
        assertTrue(!out.isEmpty(), "no events");
        JsonNode e = new ObjectMapper().readTree(out.lines().findFirst().orElseThrow());
        assertEquals("CONSULT", e.get("event_type").asText());
        assertEquals("2019-01-22", e.get("date").asText());
        assertEquals("day", e.get("date_precision").asText());
        assertEquals("AFG", e.get("location").get("country").asText());
        assertEquals("city", e.get("location").get("precision").asText());
        assertTrue(Math.abs(e.get("location").get("lat").asDouble() - 34.53) < 0.1);
        assertEquals("officials", e.get("attribution").get("speaker").asText());
        assertTrue(e.get("attribution").get("chain").isArray());
        assertTrue(e.get("quantities").isObject());
        assertEquals("Reuters", e.get("attribution").get("chain").get(1).asText());
    }
}
