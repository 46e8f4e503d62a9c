package org.parley.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Attribution;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.model.Quantities;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventJsonTest {
    private static Event sample() {
        Actor usa = Actor.simple("U.S.", "United States", null, "USA", "GOV");
        Actor tal = Actor.simple("Taliban", "Taliban", "ORG:taliban", "AFG", "INS");
        return new Event("abc", "art-1", 0, "The U.S. met the Taliban.", "2018-12-19", "day", EventType.CONSULT, null,
            List.of("peace_talks"), "04", 1, 1.0, Modality.ASSERTED, false, usa, tal, null,
            new Attribution("a source", "newspaper", true, "told"), new Quantities(Map.of("killed", 3)), 0.9, "verb V meet");
    }

    @Test
    void fieldsFollowTheContractInOrder() throws Exception {
        JsonNode n = new ObjectMapper().readTree(EventJson.toJson(sample()));
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        assertEquals(List.of("id", "article_id", "sentence", "evidence", "date", "date_precision", "event_type", "mode",
            "context", "cameo_root", "quad_class", "goldstein", "modality", "negated", "source", "target", "location",
            "attribution", "quantities", "confidence", "rule"), names);
        assertEquals("USA", n.get("source").get("country").asText());
        assertTrue(n.get("location").isNull());
        assertEquals(3, n.get("quantities").get("killed").asInt());
        assertEquals("asserted", n.get("modality").asText());
    }

    @Test
    void sameEventGivesSameBytes() {
        assertEquals(EventJson.toJson(sample()), EventJson.toJson(sample()));
    }
}
