package org.parley.coding;

import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.pipeline.SharedParley;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constructions of wire copy that the parser often mis-attaches, coded on real parses. */
class ConstructionsIT {

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertEquals(1, of.size(), () -> "expected one " + type + " in " + events);
        return of.get(0);
    }

    @Test
    void jointStrikesByTwoArmiesAreAnAssaultAndTheirCooperation() {
        List<Event> ev = SharedParley.code("KAMPALA, Dec 1 - Ugandan and Congolese troops launched joint air and"
            + " artillery strikes against ADF rebels in eastern Congo on Tuesday, the Ugandan army said.", "2021-12-01");
        Event a = only(ev, EventType.ASSAULT);
        assertTrue(a.target().text().contains("ADF"), a.toString());
        Event c = only(ev, EventType.COOPERATE);
        assertEquals("UGA", c.source().country());
        assertEquals("COD", c.target().country());
        assertEquals(Modality.ASSERTED, c.modality());
    }

    @Test
    void strikesByOneArmyAloneImplyNoCooperation() {
        List<Event> ev = SharedParley.code("Ugandan troops launched air strikes against ADF rebels in eastern Congo"
            + " on Tuesday.", "2021-12-01");
        only(ev, EventType.ASSAULT);
        assertTrue(ev.stream().noneMatch(e -> e.type() == EventType.COOPERATE), ev.toString());
    }

    @Test
    void jointPatrolsWithAnAllyAreCooperationNotMobilisation() {
        List<Event> ev = SharedParley.code("MANILA, Nov 21 - The Philippine military began three days of joint air"
            + " and sea patrols with U.S. forces in the South China Sea on Tuesday, a military spokesman said.",
            "2023-11-21");
        Event c = only(ev, EventType.COOPERATE);
        assertEquals("PHL", c.source().country());
        assertEquals("USA", c.target().country());
        assertTrue(ev.stream().noneMatch(e -> e.type() == EventType.MOBILIZE), ev.toString());
    }

    @Test
    void callOnWithTheAddresseeParsedAsTheClauseSubjectIsARequestToIt() {
        List<Event> ev = SharedParley.code("KABUL, Aug 15 - Taliban fighters entered the outskirts of Kabul on Sunday,"
            + " officials said, and a Taliban spokesman called on government forces to hand over the capital"
            + " peacefully.", "2021-08-15");
        Event r = only(ev, EventType.REQUEST);
        assertEquals("ORG:taliban", r.source().id());
        assertNotNull(r.target(), r.toString());
        assertEquals("AFG", r.target().country());
    }

    @Test
    void vowToRetaliateIsAnIntendedThreatNotAnAttack() {
        List<Event> ev = SharedParley.code("SANAA, July 21 - Israeli warplanes struck a power station at the port of"
            + " Hodeidah on Saturday, and the Houthis vowed to retaliate against Israel.", "2024-07-21");
        Event t = only(ev, EventType.THREATEN);
        assertEquals(Modality.INTENDED, t.modality());
        assertEquals("violence", t.mode());
        assertEquals("ISR", t.target().country());
        assertEquals(1, ev.stream().filter(e -> e.type() == EventType.ASSAULT).count(), ev.toString());
    }
}
