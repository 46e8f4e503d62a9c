package org.parley.eval;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Location;
import org.parley.model.Modality;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorerTest {
    /** Gold strings resolve by a tiny table here; the real run resolves them through the knowledge base. */
    private static final ActorMatcher MATCHER = new ActorMatcher(s -> switch (s) {
        case "Washington" -> Actor.simple(s, "United States", null, "USA", "GOV");
        default -> Actor.simple(s, null, null, null, null);
    });

    private static Event event(EventType type, Actor src, Actor tgt, Modality m) {
        return new Event("x", "a", 0, "evidence", "2020-01-01", "day", type, null, List.of(), type.defaultCameoRoot(),
            type.quadClass(), 0, m, false, src, tgt, new Location("Kabul", "Kabul", "AFG", "Kabul", 34.53, 69.17, 1L,
            "city"), null, null, 0.9, "rule");
    }

    private static GoldItem item(String json) {
        return GoldReader.parse(json, "test:1");
    }

    @Test
    void typeAndTripleAreScoredOneToOneWithLenientActors() {
        Scorer s = new Scorer(MATCHER);
        GoldItem g = item("{\"id\":\"i1\",\"text\":\"t\",\"events\":[{\"type\":\"ASSAULT\",\"source\":\"Taliban\","
            + "\"target\":\"police checkpoint\",\"location\":{\"text\":\"Kabul\",\"country\":\"AFG\",\"lat\":34.5,"
            + "\"lon\":69.2,\"precision\":\"city\"}},{\"type\":\"ACCUSE\",\"source\":\"Washington\",\"target\":\"Iran\"}]}");
        Actor taliban = Actor.simple("Taliban fighters", "Taliban", "ORG:taliban", "AFG", "INS");
        Actor checkpoint = Actor.simple("a police checkpoint", null, null, null, null);
        Actor usGov = Actor.simple("the U.S. administration", null, null, "USA", "GOV");
        s.add(g, List.of(event(EventType.ASSAULT, taliban, checkpoint, Modality.ASSERTED),
            event(EventType.ACCUSE, usGov, Actor.simple("Iraq", "Iraq", null, "IRQ", null), Modality.ASSERTED),
            event(EventType.PROTEST, null, null, Modality.ASSERTED)));
        EvalReport r = s.report();
        assertEquals(2, r.type.tp);
        assertEquals(1, r.type.fp);
        assertEquals(0, r.type.fn);
        assertEquals(1, r.triple.tp, "ACCUSE has the wrong target");
        assertEquals(1, r.location.correct);
    }

    @Test
    void falseAlarmsTrapsAndQuadClassesAreCounted() {
        Scorer s = new Scorer(MATCHER);
        s.add(item("{\"id\":\"n\",\"text\":\"Chelsea beat Arsenal.\",\"events\":[]}"),
            List.of(event(EventType.ASSAULT, null, null, Modality.ASSERTED)));
        s.add(item("{\"id\":\"t\",\"text\":\"Israel did not attack.\",\"events\":[],\"traps\":[{\"kind\":\"negated\","
            + "\"type\":\"ASSAULT\"}]}"), List.of());
        s.add(item("{\"id\":\"q\",\"text\":\"x\",\"events\":[{\"quad_class\":4}],\"statement\":false}"),
            List.of(event(EventType.ASSAULT, null, null, Modality.ASSERTED)));
        s.add(item("{\"id\":\"st\",\"text\":\"x\",\"events\":[],\"statement\":true}"),
            List.of(event(EventType.REQUEST, null, null, Modality.REQUESTED)));
        EvalReport r = s.report();
        assertEquals(1, r.falseAlarms.correct);
        assertEquals(2, r.falseAlarms.total);
        assertEquals(0, r.trapViolations.correct);
        assertEquals(1, r.quadClass.correct, "an ASSAULT (CAMEO 19) is quad 4; a demand (10) is not a statement");
        assertEquals(2, r.quadClass.total);
    }

    @Test
    void theItemsOwnAssertedDeedViolatesNoTrapOfItsTypeButAnotherActOfThatTypeDoes() {
        // "Burkina Faso's junta expelled two French diplomats but said it would not cut relations": the expulsion
        // is gold, the cut a negated SANCTION trap
        String json = "{\"id\":\"e\",\"text\":\"x\",\"events\":[{\"type\":\"SANCTION\",\"source\":\"Washington\","
            + "\"target\":\"Iran\"}],\"traps\":[{\"kind\":\"negated\",\"type\":\"SANCTION\"}]}";
        Actor us = Actor.simple("Washington", "United States", null, "USA", "GOV");
        Scorer right = new Scorer(MATCHER);
        right.add(item(json), List.of(event(EventType.SANCTION, us, Actor.simple("Iran", null, null, null, null),
            Modality.ASSERTED)));
        assertEquals(0, right.report().trapViolations.correct);
        // the gold deed found with one party wrong is that deed, scored as wrong actors, not the trap's act
        Scorer half = new Scorer(MATCHER);
        half.add(item(json), List.of(event(EventType.SANCTION, us, Actor.simple("Paris", null, null, null, null),
            Modality.ASSERTED)));
        assertEquals(0, half.report().trapViolations.correct);
        assertEquals(1, half.report().type.tp);
        assertEquals(0, half.report().triple.tp);
        // a deed of that type between other parties is the trap's act
        Scorer wrong = new Scorer(MATCHER);
        wrong.add(item(json), List.of(event(EventType.SANCTION, Actor.simple("Moscow", null, null, null, null),
            Actor.simple("Paris", null, null, null, null), Modality.ASSERTED)));
        assertEquals(1, wrong.report().trapViolations.correct);
    }

    @Test
    void aTypeMatchPrefersThePredictionThatSharesAPartyWithTheGoldDeed() {
        // two gold deeds of one type, each found with one party wrong; taken in order, the first gold deed would pair
        // with China's prediction and the second with Washington's, and neither would share a party
        String json = "{\"id\":\"p\",\"text\":\"x\",\"events\":[{\"type\":\"AID\",\"source\":\"Washington\","
            + "\"target\":\"Haiti\"},{\"type\":\"AID\",\"source\":\"China\",\"target\":\"Haiti\"}],"
            + "\"traps\":[{\"kind\":\"intended\",\"type\":\"AID\"}]}";
        Scorer s = new Scorer(MATCHER);
        s.add(item(json), List.of(
            event(EventType.AID, Actor.simple("China", null, null, null, null), null, Modality.ASSERTED),
            event(EventType.AID, Actor.simple("Washington", "United States", null, "USA", "GOV"),
                Actor.simple("Cuba", null, null, null, null), Modality.ASSERTED)));
        assertEquals(2, s.report().type.tp);
        assertEquals(0, s.report().triple.tp);
        assertEquals(0, s.report().trapViolations.correct);
    }

    @Test
    void aLocationMatchesByTheGoldsGazetteerNameAsWellAsItsText() {
        GoldItem.GoldLocation kashmir = new GoldItem.GoldLocation("Indian Kashmir", "Jammu and Kashmir", "IND", null,
            null, null, "admin1");
        Location jk = new Location("Kashmir", "Jammu and Kashmir", "IND", "Jammu and Kashmir", 33.5, 75.0, null, "admin1");
        assertEquals(true, Scorer.locationMatches(kashmir, jk));
        Location ladakh = new Location("Leh", "Ladakh", "IND", "Ladakh", 34.2, 77.6, null, "admin1");
        assertEquals(false, Scorer.locationMatches(kashmir, ladakh));
    }

    @Test
    void aPlaceNameMatchesWithoutItsAccentsAndTransliterationMarks() {
        GoldItem.GoldLocation hakkari = new GoldItem.GoldLocation("Hakkari province", "Hakkari", "TUR", null, null, null,
            "admin1");
        Location province = new Location("Hakkari", "Hakkâri", "TUR", "Hakkâri", 37.47, 43.93, null, "admin1");
        assertEquals(true, Scorer.locationMatches(hakkari, province));
        GoldItem.GoldLocation afrin = new GoldItem.GoldLocation("Afrin region", null, "SYR", null, null, null, "admin1");
        Location town = new Location("Afrin", "\u2018Afr\u012bn", "SYR", "Aleppo", 36.51, 36.87, 170017L, "city");
        assertEquals(true, Scorer.locationMatches(afrin, town));
        Location other = new Location("Van", "Van", "TUR", "Van", 38.49, 43.38, null, "admin1");
        assertEquals(false, Scorer.locationMatches(hakkari, other));
    }
}
