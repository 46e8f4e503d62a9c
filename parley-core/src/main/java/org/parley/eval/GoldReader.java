package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.ParleyException;
import org.parley.io.ArticleReader;
import org.parley.model.EventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads gold JSONL (DESIGN.md's gold format, with the extensions in docs/annotation-guidelines.md,
 * and the quad-class-only format of the dev-eval set).
 */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {
    }

    /** @throws ParleyException naming the file and line of the first malformed item */
    public static List<GoldItem> read(Path file) {
        List<GoldItem> items = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                items.add(parse(line, file + ":" + n));
            }
        } catch (IOException e) {
            throw new ParleyException(file + ": cannot read: " + e.getMessage(), e);
        }
        return items;
    }

    static GoldItem parse(String line, String where) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            throw new ParleyException(where + ": not JSON: " + e.getMessage());
        }
        String text = str(n, "text");
        if (text == null) {
            throw new ParleyException(where + ": gold item has no text");
        }
        String id = str(n, "id") != null ? str(n, "id") : where;
        LocalDate date = str(n, "date") == null ? null : ArticleReader.parseDate(str(n, "date"));
        List<GoldItem.GoldEvent> events = new ArrayList<>();
        boolean quadOnly = false;
        JsonNode evs = n.get("events");
        if (evs != null && evs.isArray()) {
            for (JsonNode e : evs) {
                String type = str(e, "type");
                int quad = e.path("quad_class").asInt(0);
                if (type == null && quad == 0) {
                    throw new ParleyException(where + ": gold event has neither 'type' nor 'quad_class'");
                }
                if (type != null && EventType.parse(type).isEmpty()) {
                    throw new ParleyException(where + ": unknown PLOVER type '" + type + "'");
                }
                if (type == null) {
                    quadOnly = true;
                }
                events.add(new GoldItem.GoldEvent(type == null ? null : type.toUpperCase(java.util.Locale.ROOT),
                    str(e, "source"), str(e, "target"), str(e, "modality"), location(e.get("location")),
                    str(e, "date"), str(e, "speaker"), str(e, "via"), quad));
            }
        }
        boolean statement = n.path("statement").asBoolean(false);
        if (n.has("statement") || n.has("spans_labelled")) {
            quadOnly = true;
        }
        List<GoldItem.Trap> traps = new ArrayList<>();
        for (JsonNode t : n.path("traps")) {
            traps.add(new GoldItem.Trap(str(t, "kind"), str(t, "type") == null ? null
                : str(t, "type").toUpperCase(java.util.Locale.ROOT), str(t, "source")));
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode t : n.path("tags")) {
            tags.add(t.asText());
        }
        return new GoldItem(id, text, date, str(n, "outlet"), events, traps, tags, quadOnly, statement);
    }

    private static GoldItem.GoldLocation location(JsonNode l) {
        if (l == null || l.isNull()) {
            return null;
        }
        if (l.isTextual()) {
            return new GoldItem.GoldLocation(l.asText(), null, null, null, null, null, null);
        }
        return new GoldItem.GoldLocation(str(l, "text"), str(l, "name"), str(l, "country"), str(l, "admin1"),
            l.hasNonNull("lat") ? l.get("lat").asDouble() : null, l.hasNonNull("lon") ? l.get("lon").asDouble() : null,
            str(l, "precision"));
    }

    private static String str(JsonNode n, String f) {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }
}
