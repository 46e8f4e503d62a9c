package org.parley.coding;

import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.Locale;
import java.util.Set;

/** Small helpers over Universal Dependencies trees. Stateless. */
final class Syntax {
    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom", "whose");
    static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "day", "week",
        "month", "year", "night", "morning", "evening", "afternoon", "weekend", "today", "yesterday", "tomorrow",
        "hour", "minute", "time", "decade", "dawn", "midnight", "noon", "date", "anniversary", "period");

    private Syntax() {
    }

    static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }




    static Token child(Sentence s, int i, String rel) {
        for (Token c : s.children(i)) {
            if (rel.equals(c.deprel())) {
                return c;
            }
        }
        return null;
    }

    static boolean isPassive(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if ("nsubj:pass".equals(c.deprel()) || "aux:pass".equals(c.deprel()) || "csubj:pass".equals(c.deprel())) {
                return true;
            }
        }
        return false;
    }

    /** A day, month or time word written alone ("Sunday", "yesterday"). */
    static boolean isTimeWord(String word) {
        return TIME_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    static boolean isTimeWord(Token t) {
        return TIME_WORDS.contains(t.lowerWord()) || TIME_WORDS.contains(lemma(t)) || "CD".equals(t.pos())
            && t.word().matches("\\d{4}");
    }

    /** True when the particle is the verb's own particle ("rounded up"), not a preposition further on. */
    static boolean hasOwnParticle(Sentence s, int v, String particle) {
        for (Token c : s.children(v)) {
            if (("compound:prt".equals(c.deprel()) || "advmod".equals(c.deprel())) && c.lowerWord().equals(particle)) {
                return true;
            }
        }
        return false;
    }

    /** True when the particle word accompanies verb {@code v}: as compound:prt, advmod, or a preposition of a dependent. */
    static boolean hasParticle(Sentence s, int v, String particle) {
        for (Token c : s.children(v)) {
            String rel = c.deprel();
            if (rel == null) {
                continue;
            }
            if ((rel.equals("compound:prt") || rel.equals("advmod") || rel.equals("case") || rel.equals("mark"))
                && c.lowerWord().equals(particle)) {
                return true;
            }
            if ((rel.startsWith("obl") || rel.equals("obj") || rel.startsWith("nmod") || rel.equals("xcomp")
                || rel.equals("advcl") || rel.equals("ccomp")) && particle.equals(caseOrMark(s, c.index()))
                && !isTimeWord(c)) {
                return true;
            }
        }
        return false;
    }

    private static String caseOrMark(Sentence s, int i) {
        for (Token c : s.children(i)) {
            if ("case".equals(c.deprel()) || "mark".equals(c.deprel())) {
                return c.lowerWord();
            }
        }
        return null;
    }
}
