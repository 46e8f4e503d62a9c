package org.parley.actors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ParleyException;
import org.parley.text.Token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorKbTest {
    private static final ActorKb KB = ActorKb.builtIn();

    @TempDir
    Path dir;

    /** Tokens as CoreNLP would give them, without a parse. */
    static List<Token> tokens(String... words) {
        List<Token> out = new ArrayList<>();
        int off = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lemma = w.endsWith("s") && Character.isLowerCase(w.charAt(0)) ? w.substring(0, w.length() - 1) : w;
            out.add(new Token(i, w, lemma, Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN", "O", off, off + w.length(),
                -2, null));
            off += w.length() + 1;
        }
        return out;
    }

    private static KbEntry longestAt(List<Token> toks, int from) {
        return KB.find(toks, 0, toks.size() - 1).stream().filter(m -> m.from() == from).findFirst()
            .map(NameMatch::entry).orElse(null);
    }

    @Test
    void everyIsoCountryIsKnownByItsJdkName() {
        assertTrue(KB.countryCodes().size() >= 240, "countries: " + KB.countryCodes().size());
        assertEquals("Afghanistan", KB.countryName("AFG"));
        assertInstanceOf(KbEntry.CountryName.class, longestAt(tokens("Afghanistan"), 0));
    }

    @Test
    void adjectivesDemonymsAndCapitalsResolveToTheirCountry() {
        assertEquals(new KbEntry.CountryAdjective("AFG"), longestAt(tokens("Afghan", "forces"), 0));
        assertEquals(new KbEntry.CountryAdjective("ARE"), longestAt(tokens("Emirati", "officials"), 0));
        assertEquals(new KbEntry.Capital("AFG"), longestAt(tokens("Kabul"), 0));
        assertEquals(new KbEntry.CountryName("USA"), longestAt(tokens("U.S.", "troops"), 0));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(new KbEntry.CountryName("USA"), longestAt(tokens("US", "envoy"), 0));
        assertFalse(KB.find(tokens("us"), 0, 0).stream().anyMatch(m -> m.entry() instanceof KbEntry.CountryName),
            "the pronoun 'us' is not the United States");
    }

    @Test
    void longestNameWinsAndSectorNounsMatchByLemma() {
        List<Token> t = tokens("Afghan", "security", "forces");
        assertTrue(KB.find(t, 0, 2).stream().anyMatch(m -> m.from() == 1 && m.to() == 2
            && m.entry() instanceof KbEntry.SectorNoun), "security forces is one sector phrase");
        assertInstanceOf(KbEntry.SectorNoun.class, longestAt(tokens("soldiers"), 0));
    }

    @Test
    void officeHoldersResolveByDate() {
        assertEquals("PER:ashraf_ghani", KB.holder("AFG", "president", LocalDate.of(2019, 6, 1)).orElseThrow().personId());
        assertTrue(KB.holder("AFG", "president", LocalDate.of(2023, 6, 1)).map(Tenure::personId)
            .filter("PER:ashraf_ghani"::equals).isEmpty(), "Ghani left office in August 2021");
        assertEquals("USA", KB.tenureAt("PER:mike_pompeo", LocalDate.of(2019, 1, 1)).orElseThrow().country());
    }

    @Test
    void userFilesExtendTheKnowledgeBase() throws IOException {
        Path orgs = Files.writeString(dir.resolve("my-orgs.tsv"),
            "# local militias\nid\tnames\tcountry\tsector\tkind\nORG:kivu_defence\tKivu Defence Front|KDF\tCOD\tREB\tarmed\n");
        ActorKb kb = ActorKb.load(List.of(orgs));
        List<NameMatch> m = kb.find(tokens("Kivu", "Defence", "Front"), 0, 2);
        assertEquals("ORG:kivu_defence", ((KbEntry.Organization) m.get(0).entry()).id());
    }

    @Test
    void badUserFileNamesFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tsv"),
            "id\tnames\tcountry\tsector\tkind\nORG:x\tX Front\tXXX\tREB\tarmed\n");
        ParleyException e = assertThrows(ParleyException.class, () -> ActorKb.load(List.of(bad)));
        assertTrue(e.getMessage().startsWith(bad + ":2: unknown ISO 3166"), e.getMessage());
        Path unknown = Files.writeString(dir.resolve("unknown.tsv"), "a\tb\n");
        e = assertThrows(ParleyException.class, () -> ActorKb.load(List.of(unknown)));
        assertTrue(e.getMessage().contains("unknown actors file header"), e.getMessage());
        Path badSector = Files.writeString(dir.resolve("sector.tsv"), "noun\tsector\nwarlord\tWAR\n");
        e = assertThrows(ParleyException.class, () -> ActorKb.load(List.of(badSector)));
        assertTrue(e.getMessage().startsWith(badSector + ":2: unknown sector code 'WAR'"), e.getMessage());
    }
}
