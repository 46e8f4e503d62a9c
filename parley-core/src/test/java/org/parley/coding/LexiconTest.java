package org.parley.coding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ParleyException;
import org.parley.model.EventType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {
    private static final Lexicon LEX = Lexicon.builtIn();

    @Test
    void builtInLexiconCoversAllSixteenPloverTypes() {
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        for (String lemma : List.of("attack", "meet", "praise", "withdraw", "demand", "accuse", "reject", "threaten",
            "protest", "sanction", "deploy", "arrest", "aid", "cooperate", "concede", "offer")) {
            LEX.verbSenses(lemma).forEach(s -> seen.add(s.type()));
        }
        for (String lemma : List.of("talk", "ceasefire", "attack", "sanction", "protest")) {
            LEX.nounSenses(lemma).forEach(s -> seen.add(s.type()));
        }
        assertEquals(EnumSet.allOf(EventType.class), seen);
    }

    @Test
    void phrasalVerbsAndMultiWordNounsAreParsed() {
        Sense pullOut = LEX.verbSenses("pull").stream().filter(s -> "out".equals(s.particle())).findFirst().orElseThrow();
        assertEquals(EventType.RETREAT, pullOut.type());
        Sense airStrike = LEX.nounSenses("strike").stream().filter(s -> s.modifiers().equals(List.of("air")))
            .findFirst().orElseThrow();
        assertEquals(EventType.ASSAULT, airStrike.type());
        assertTrue(LEX.isTrigger("attack"));
    }

    @Test
    void cameoRootsAreConsistentWithTypes() {
        for (String lemma : List.of("attack", "meet", "accuse", "arrest", "withdraw")) {
            for (Sense s : LEX.verbSenses(lemma)) {
                int root = Integer.parseInt(s.cameoRoot());
                assertTrue(root >= 1 && root <= 20, s.toString());
            }
        }
    }

    @Test
    void badLexiconRowNamesFileLineAndProblem(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("extra.tsv"),
            "pos\tlemma\ttype\tmode\tcontext\tcameo\ttargets\tflags\nV\tbombard\tSHELL\t-\t-\t19\tobj\t-\n");
        ParleyException e = assertThrows(ParleyException.class, () -> Lexicon.load(List.of(f)));
        assertTrue(e.getMessage().startsWith(f + ":2: unknown PLOVER type 'SHELL'"), e.getMessage());
        Path g = Files.writeString(dir.resolve("extra2.tsv"),
            "pos\tlemma\ttype\tmode\tcontext\tcameo\ttargets\tflags\nV\tbombard\tASSAULT\t-\t-\t99\tobj\t-\n");
        e = assertThrows(ParleyException.class, () -> Lexicon.load(List.of(g)));
        assertTrue(e.getMessage().contains("bad CAMEO code '99'"), e.getMessage());
    }

    @Test
    void userPredicatesAreAdded(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("extra.tsv"),
            "pos\tlemma\ttype\tmode\tcontext\tcameo\ttargets\tflags\nV\tbombard\tASSAULT\theavy-weapons\tmilitary\t195\tobj\t-\n");
        Lexicon lex = Lexicon.load(List.of(f));
        assertEquals(EventType.ASSAULT, lex.verbSenses("bombard").get(lex.verbSenses("bombard").size() - 1).type());
    }
}
