package org.parley.pipeline;

import org.junit.jupiter.api.Test;
import org.parley.coding.Lexicon;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateSelectorTest {
    static final Lexicon LEXICON = Lexicon.builtIn();
    static final CandidateSelector SELECTOR = new CandidateSelector(LEXICON);

    /** A shallow sentence from "word/POS/lemma" triples. */
    static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String w : tagged.split(" ")) {
            String[] p = w.split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(p[0]);
            tokens.add(new Token(tokens.size(), p[0], p[2], p[1], "O", begin, text.length(), -2, null));
        }
        return new Sentence(0, text.toString(), 0, tokens, false);
    }

    @Test
    void keepsAVerbTrigger() {
        assertTrue(SELECTOR.wantsParse(sentence("Rebels/NNS/rebel attacked/VBD/attack the/DT/the base/NN/base ./././")));
    }

    @Test
    void keepsANounTrigger() {
        assertTrue(SELECTOR.wantsParse(sentence("Talks/NNS/talk between/IN/between the/DT/the sides/NNS/side "
            + "resumed/VBD/resume ./././")));
    }

    @Test
    void dropsASentenceWithNoEventWord() {
        assertFalse(SELECTOR.wantsParse(sentence("Markets/NNS/market were/VBD/be quiet/JJ/quiet on/IN/on "
            + "Monday/NNP/Monday ./././")));
    }

    @Test
    void aVerbLemmaTaggedAsAdjectiveIsNoTrigger() {
        // "attack" has senses, but only verbs and nouns can trigger
        assertFalse(SELECTOR.wantsParse(sentence("The/DT/the attacked/JJ/attacked town/NN/town was/VBD/be "
            + "quiet/JJ/quiet ./././")));
    }

    @Test
    void boilerplateIsSkippedEvenWithAnEventWord() {
        assertTrue(CandidateSelector.isBoilerplate(sentence("(/-LRB-/( Reporting/VBG/report by/IN/by "
            + "Amina/NNP/Amina Yusuf/NNP/Yusuf ;/:/; Editing/VBG/edit by/IN/by Tom/NNP/Tom Becker/NNP/Becker )/-RRB-/)")));
        assertTrue(CandidateSelector.isBoilerplate(sentence("Copyright/NN/copyright Parley/NNP/Parley "
            + "Wire/NNP/Wire ./././")));
        assertTrue(CandidateSelector.isBoilerplate(sentence("Photo/NN/photo :/:/: Soldiers/NNS/soldier "
            + "attack/VBP/attack a/DT/a post/NN/post ./././")));
        assertTrue(CandidateSelector.isBoilerplate(sentence("Attack/NN/attack !/./!")));
        assertFalse(CandidateSelector.isBoilerplate(sentence("Rebels/NNS/rebel attacked/VBD/attack "
            + "the/DT/the base/NN/base ./././")));
    }
}
