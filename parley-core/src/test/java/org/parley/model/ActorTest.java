package org.parley.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorTest {
    @Test
    void aCompoundIsResolvedOnlyWhenOneOfItsMembersIs() {
        Actor rains = Actor.simple("heavy rains", null, null, null, null);
        Actor crop = Actor.simple("an ageing crop", null, null, null, null);
        assertFalse(new Actor("heavy rains and an ageing crop", null, null, null, null, List.of(rains, crop)).isResolved());
        Actor army = Actor.simple("the army", null, null, null, "MIL");
        Actor fano = Actor.simple("Fano militiamen", null, null, null, null);
        assertTrue(new Actor("the army and Fano militiamen", null, null, null, null, List.of(army, fano)).isResolved());
    }
}
