package org.parley.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.parley.model.Actor;
import org.parley.model.Attribution;
import org.parley.model.Event;
import org.parley.model.Location;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes events as one JSON object per line, with the field names and order of the output contract
 * in DESIGN.md. Deterministic: the same event always gives the same bytes. Thread-safe.
 */
public final class EventJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private EventJson() {
    }

    public static String toJson(Event e) {
        StringWriter w = new StringWriter(1024);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            write(g, e);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }

    public static void write(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("article_id", e.articleId());
        g.writeNumberField("sentence", e.sentence());
        g.writeStringField("evidence", e.evidence());
        g.writeStringField("date", e.date());
        g.writeStringField("date_precision", e.datePrecision());
        g.writeStringField("event_type", e.type().name());
        g.writeStringField("mode", e.mode());
        g.writeArrayFieldStart("context");
        for (String c : e.context()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringField("cameo_root", e.cameoRoot());
        g.writeNumberField("quad_class", e.quadClass());
        g.writeNumberField("goldstein", e.goldstein());
        g.writeStringField("modality", e.modality().label());
        g.writeBooleanField("negated", e.negated());
        g.writeFieldName("source");
        actor(g, e.source());
        g.writeFieldName("target");
        actor(g, e.target());
        g.writeFieldName("location");
        location(g, e.location());
        g.writeFieldName("attribution");
        attribution(g, e.attribution());
        g.writeObjectFieldStart("quantities");
        for (Map.Entry<String, Object> q : e.quantities().values().entrySet()) {
            if (q.getValue() instanceof Number n) {
                g.writeNumberField(q.getKey(), n.longValue());
            } else {
                g.writeStringField(q.getKey(), String.valueOf(q.getValue()));
            }
        }
        g.writeEndObject();
        g.writeNumberField("confidence", e.confidence());
        g.writeStringField("rule", e.rule());
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, Actor a) throws IOException {
        if (a == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("text", a.text());
        g.writeStringField("name", a.name());
        g.writeStringField("id", a.id());
        g.writeStringField("country", a.country());
        g.writeStringField("sector", a.sector());
        if (a.isCompound()) {
            g.writeArrayFieldStart("members");
            for (Actor m : a.members()) {
                actor(g, m);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, Location l) throws IOException {
        if (l == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("text", l.text());
        g.writeStringField("name", l.name());
        g.writeStringField("country", l.country());
        g.writeStringField("admin1", l.admin1());
        if (l.lat() == null) {
            g.writeNullField("lat");
        } else {
            g.writeNumberField("lat", l.lat());
        }
        if (l.lon() == null) {
            g.writeNullField("lon");
        } else {
            g.writeNumberField("lon", l.lon());
        }
        if (l.geonamesId() == null) {
            g.writeNullField("geonames_id");
        } else {
            g.writeNumberField("geonames_id", l.geonamesId());
        }
        g.writeStringField("precision", l.precision());
        g.writeEndObject();
    }

    private static void attribution(JsonGenerator g, Attribution a) throws IOException {
        if (a == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("speaker", a.speaker());
        g.writeStringField("via", a.via());
        g.writeBooleanField("anonymous", a.anonymous());
        g.writeStringField("cue", a.cue());
        g.writeArrayFieldStart("chain");
        for (String c : a.chain()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
