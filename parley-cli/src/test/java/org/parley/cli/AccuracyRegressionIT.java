package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.parley.eval.EvalReport;
import org.parley.eval.GoldItem;
import org.parley.eval.GoldReader;
import org.parley.pipeline.Parley;
import org.parley.pipeline.ParleyConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regression guard of the evaluation issue: coding the held-out test split must not lose more than
 * 0.03 of triple or type F1 against the figures recorded in {@code eval/recorded.json}.
 */
class AccuracyRegressionIT {
    private static final Path ROOT = Path.of("..");

    @Test
    void testSplitScoresStayWithinThreePointsOfTheRecordedFigures() throws IOException {
        JsonNode recorded = new ObjectMapper().readTree(ROOT.resolve("eval/recorded.json").toFile()).get("test");
        List<GoldItem> items = GoldReader.read(ROOT.resolve("eval/gold/test.jsonl"));
        assertEquals(220, items.size(), "the test split is fixed; changing it needs new recorded figures");

        EvalReport r = EvalCommand.evaluate(Parley.create(ParleyConfig.DEFAULT), items, 2);

        double triple = r.triple.f1();
        double type = r.type.f1();
        assertTrue(triple >= recorded.get("triple_f1").asDouble() - 0.03,
            "triple F1 fell to " + triple + " (recorded " + recorded.get("triple_f1").asDouble() + ")");
        assertTrue(type >= recorded.get("type_f1").asDouble() - 0.03,
            "type F1 fell to " + type + " (recorded " + recorded.get("type_f1").asDouble() + ")");
        assertTrue(r.falseAlarms.value() <= recorded.get("false_alarm_rate").asDouble() + 0.05,
            "false-alarm rate rose to " + r.falseAlarms.value());
    }
}
