package org.parley.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCleanerTest {
    @Test
    void wireDatelineIsBlankedWithoutMovingOffsets() {
        String in = "KABUL, Dec 20 (Reuters) - The Taliban met U.S. officials.";
        String out = TextCleaner.clean(in);
        assertEquals(in.length(), out.length());
        assertTrue(out.strip().startsWith("The Taliban met"), out);
        assertEquals(in.indexOf("The Taliban"), out.indexOf("The Taliban"));
    }

    @Test
    void datelineWithCountryAndEmDashIsBlanked() {
        String out = TextCleaner.clean("BAMAKO, Mali \u2014 Soldiers detained the prime minister.");
        assertTrue(out.strip().startsWith("Soldiers detained"), out);
    }

    @Test
    void datelineWithAnOutletNameHoldingDigitsIsBlanked() {
        String out = TextCleaner.clean("DHAKA (bdnews24) - Police arrested 12 opposition activists.");
        assertTrue(out.strip().startsWith("Police arrested"), out);
        assertEquals("DHAKA", TextCleaner.datelinePlace("DHAKA (bdnews24) - Police arrested 12 opposition activists."));
    }

    @Test
    void ordinaryTextAndControlCharactersAreKeptInPlace() {
        String in = "NATO said on Monday that talks would resume.\u0007";
        String out = TextCleaner.clean(in);
        assertEquals("NATO said on Monday that talks would resume. ", out);
    }

    @Test
    void aCommentaryLabelOpeningTheTextIsFoundAndAReportHasNone() {
        org.junit.jupiter.api.Assertions.assertEquals("Opinion",
            TextCleaner.commentaryLabel("Opinion | The Sahel's juntas have bet their legitimacy on it."));
        org.junit.jupiter.api.Assertions.assertEquals("Analysis",
            TextCleaner.commentaryLabel("Analysis - Ethiopia's war in Tigray has exposed the system."));
        org.junit.jupiter.api.Assertions.assertNull(
            TextCleaner.commentaryLabel("KABUL, Dec 20 (Reuters) - An analysis by the U.N. found that attacks rose."));
        org.junit.jupiter.api.Assertions.assertNull(TextCleaner.commentaryLabel("Review of the war: the army said."));
    }

    @Test
    void aDatelineCreditsOutletsWithLongOrApostrophedNames() {
        org.junit.jupiter.api.Assertions.assertEquals("MANILA",
            TextCleaner.datelinePlace("MANILA (Philippine Daily Inquirer) - President Rodrigo Duterte declared martial law."));
        org.junit.jupiter.api.Assertions.assertEquals("BEIRUT",
            TextCleaner.datelinePlace("BEIRUT (L'Orient Today) - A ceasefire between Israel and Hezbollah took effect."));
        String cleaned = TextCleaner.clean("LIMA (Buenos Aires Times/AFP) - Peru's interim President resigned.");
        org.junit.jupiter.api.Assertions.assertTrue(cleaned.trim().startsWith("Peru's"), cleaned);
    }
}
