package org.parley.pipeline;

import org.parley.coding.Lexicon;
import org.parley.coding.Sense;
import org.parley.text.Sentence;
import org.parley.text.SentenceSelector;
import org.parley.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The first pass: from tokens, POS tags and lemmas alone, keeps a sentence for NER and parsing only when
 * the event coder could find a trigger in it, and it is not boilerplate.
 *
 * <p>A trigger is what {@code EventCoder} looks for, checked without a parse: a verb whose lemma has a
 * verb sense (and, when every sense needs a particle such as "pull out", that particle somewhere after
 * the verb), or a noun (or {@code $}) whose lemma has a noun sense. Every sentence the coder could code
 * is kept; the checks only drop what it would reject anyway. Boilerplate is wire furniture that is never
 * an event: reporting and editing credits, copyright lines, photo captions and credits, calls to
 * subscribe or follow, and fragments of fewer than three words.
 *
 * <p>Immutable and thread-safe.
 */
public final class CandidateSelector implements SentenceSelector {
    private static final Pattern BOILERPLATE = Pattern.compile(
        "(?i)^\\W*(?:\\(?(?:additional )?(?:reporting|writing|editing|compiled|produced) by\\b"
            + "|copyright\\b|\\(c\\)\\s|\u00a9|all rights reserved"
            + "|(?:image|photo|picture|video) (?:caption|copyright|credit)\\b|(?:photo|picture|image|file photo)\\s*:"
            + "|click here\\b|sign up\\b|subscribe\\b|follow (?:us|@|\\w+ on (?:twitter|facebook|x)\\b)"
            + "|read more\\b|related:|advertisement\\W*$|media playback is unsupported)"
            + "|(?i)\\((?:ap|afp|reuters|getty images|epa|xinhua)(?: photo)?(?:/[^)]*)?\\)\\W*$");

    private final Lexicon lexicon;

    public CandidateSelector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean wantsParse(Sentence s) {
        return hasTrigger(s) && !isBoilerplate(s);
    }

    /** True when a token can start an event the coder would look at. */
    boolean hasTrigger(Sentence s) {
        List<Token> tokens = s.tokens();
        for (Token t : tokens) {
            if (t.isNoun() || "$".equals(t.pos())) {
                String l = "$".equals(t.pos()) ? "$" : t.lemma().toLowerCase(Locale.ROOT);
                if (!lexicon.nounSenses(l).isEmpty()) {
                    return true;
                }
            } else if (t.isVerb()) {
                for (Sense sense : lexicon.verbSenses(t.lemma().toLowerCase(Locale.ROOT))) {
                    if (sense.particle() == null || followedBy(tokens, t.index(), sense.particle())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean followedBy(List<Token> tokens, int from, String word) {
        for (int i = from + 1; i < tokens.size(); i++) {
            if (tokens.get(i).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** Credits, captions, copyright lines, calls to subscribe; and fragments of fewer than three words. */
    static boolean isBoilerplate(Sentence s) {
        int words = 0;
        for (Token t : s.tokens()) {
            if (Character.isLetterOrDigit(t.word().charAt(0))) {
                words++;
            }
        }
        return words < 3 || BOILERPLATE.matcher(s.text()).find();
    }
}
