package org.parley.nlp.corenlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DepRepairTest {

    @Test
    void aTensedVerbReadAsAuxiliaryOfItsInfinitiveGovernsIt() {
        // groups threatened to shell bases, as the parser leaves it: "threatened" an aux of "shell"
        String[] words = {"groups", ",", "threatened", "to", "shell", "bases"};
        String[] tags = {"NNS", ",", "VBD", "TO", "VB", "NNS"};
        int[] heads = {4, 0, 4, 4, -1, 4};
        String[] rels = {"nsubj", "punct", "aux", "mark", "root", "obj"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertArrayEquals(new int[] {2, 0, -1, 4, 2, 4}, heads);
        assertArrayEquals(new String[] {"nsubj", "punct", "root", "mark", "xcomp", "obj"}, rels);
    }

    @Test
    void quasiModalsBeforeToStayAuxiliaries() {
        String[] words = {"Iran", "has", "to", "release", "them"};
        String[] tags = {"NNP", "VBZ", "TO", "VB", "PRP"};
        int[] heads = {3, 3, 3, -1, 3};
        String[] rels = {"nsubj", "aux", "mark", "root", "obj"};
        assertEquals(0, DepRepair.repair(words, tags, heads, rels));
        assertArrayEquals(new int[] {3, 3, 3, -1, 3}, heads);
    }
}
