package org.parley.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CameoTest {
    @Test
    void goldsteinAndQuadFollowTheCameoRoot() {
        assertEquals(-10.0, Cameo.goldstein("19"));
        assertEquals(7.0, Cameo.goldstein("07"));
        assertEquals(0, Cameo.quadClass("02"));
        assertEquals(1, Cameo.quadClass("04"));
        assertEquals(2, Cameo.quadClass("08"));
        assertEquals(3, Cameo.quadClass("16"));
        assertEquals(4, Cameo.quadClass("18"));
        assertThrows(IllegalArgumentException.class, () -> Cameo.goldstein("21"));
    }

    @Test
    void everyPloverTypeHasAConsistentDefaultRoot() {
        for (EventType t : EventType.values()) {
            int q = Cameo.quadClass(t.defaultCameoRoot());
            if (t == EventType.SANCTION) {
                assertEquals(3, q, "CAMEO counts reducing relations as verbal conflict");
            } else {
                assertEquals(t.quadClass(), q, t.name());
            }
        }
    }
}
