package org.parley.actors;

import org.parley.text.Token;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Immutable index of knowledge-base names over token sequences.
 *
 * <p>Case rules: a name word in capitals (an acronym such as {@code UN}) matches only exactly (or, from four
 * letters, written as a name: "Nato", "Farc"); a
 * capitalised word matches a capitalised token case-insensitively; a lower-case word matches any
 * case. Lower-case entries flagged {@code byLemma} also match the token's lemma ("forces" for
 * "force"). Diacritics and curly apostrophes are ignored.
 */
final class NameIndex {
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private record Name(String[] norm, String[] original, byte[] caseRule, boolean byLemma, KbEntry entry) { }

    private static final byte ANY_CASE = 0;
    private static final byte CAPITALISED = 1;
    private static final byte EXACT = 2;

    private final Map<String, List<Name>> byFirstWord;

    private NameIndex(Map<String, List<Name>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static String norm(String s) {
        String n = s.indexOf('’') >= 0 || s.indexOf('‘') >= 0 ? s.replace('’', '\'').replace('‘', '\'') : s;
        boolean ascii = true;
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            n = DIACRITICS.matcher(Normalizer.normalize(n, Normalizer.Form.NFKD)).replaceAll("");
        }
        return n.toLowerCase(Locale.ROOT);
    }

    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            String core = w;
            String trail = null;
            if (core.length() > 1 && (core.endsWith(",") || core.endsWith(")"))) {
                trail = core.substring(core.length() - 1);
                core = core.substring(0, core.length() - 1);
            }
            if (core.length() > 1 && core.startsWith("(")) {
                out.add("(");
                core = core.substring(1);
            }
            if (core.length() > 2 && (core.endsWith("'s") || core.endsWith("’s"))) {
                out.add(core.substring(0, core.length() - 2));
                out.add(core.substring(core.length() - 2));
            } else {
                out.add(core);
            }
            if (trail != null) {
                out.add(trail);
            }
        }
        if (out.size() > 1 && out.get(0).equalsIgnoreCase("the")) {
            out.remove(0);
        }
        return out;
    }

    private static byte caseRule(String w) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (letters >= 2 && upper == letters) {
            return EXACT;
        }
        if (letters > 0 && Character.isUpperCase(w.codePointAt(firstLetter(w)))) {
            return CAPITALISED;
        }
        return ANY_CASE;
    }

    private static int firstLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    static final class Builder {
        private final Map<String, List<Name>> map = new HashMap<>();

        Builder add(String name, KbEntry entry, boolean byLemma) {
            List<String> ws = words(name);
            if (ws.isEmpty()) {
                return this;
            }
            String[] norm = new String[ws.size()];
            String[] orig = new String[ws.size()];
            byte[] rules = new byte[ws.size()];
            for (int i = 0; i < ws.size(); i++) {
                orig[i] = ws.get(i);
                norm[i] = norm(ws.get(i));
                rules[i] = byLemma ? ANY_CASE : caseRule(ws.get(i));
            }
            map.computeIfAbsent(norm[0], k -> new ArrayList<>()).add(new Name(norm, orig, rules, byLemma, entry));
            return this;
        }

        NameIndex build() {
            Map<String, List<Name>> frozen = new HashMap<>();
            map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new NameIndex(frozen);
        }
    }

    /** Every name occurrence within tokens {@code from..to} (inclusive), longest first per start. */
    List<NameMatch> find(List<Token> tokens, int from, int to) {
        List<NameMatch> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            List<Name> cands = byFirstWord.get(norm(t.word()));
            List<Name> lemmaCands = t.lemma() == null ? null : byFirstWord.get(norm(t.lemma()));
            if (cands != null) {
                match(tokens, i, to, cands, out);
            }
            if (lemmaCands != null && lemmaCands != cands) {
                match(tokens, i, to, lemmaCands, out);
            }
        }
        out.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from())
            : Integer.compare(b.length(), a.length()));
        return out;
    }

    private static void match(List<Token> tokens, int start, int to, List<Name> cands, List<NameMatch> out) {
        for (Name n : cands) {
            if (n.byLemma && "PERSON".equals(tokens.get(start).ner())
                && (n.entry instanceof KbEntry.SectorNoun
                    || start > 0 && "PERSON".equals(tokens.get(start - 1).ner()))) {
                // "Shepherd accused the striker", "Stephen King said": part of a name, not a noun or title
                continue;
            }
            int len = n.norm.length;
            if (start + len - 1 > to) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < len && ok; k++) {
                Token tok = tokens.get(start + k);
                boolean last = k == len - 1;
                ok = wordMatches(n, k, tok, last);
            }
            if (ok) {
                out.add(new NameMatch(start, start + len - 1, n.entry));
            }
        }
    }

    private static boolean wordMatches(Name n, int k, Token tok, boolean last) {
        String want = n.norm[k];
        String word = tok.word();
        switch (n.caseRule[k]) {
            case EXACT:
                if (word.equals(n.original[k]) || word.replace(".", "").equals(n.original[k].replace(".", ""))
                    && word.equals(word.toUpperCase(Locale.ROOT))) {
                    return true;
                }
                // "Nato", "Farc", "Opec": British style writes acronyms of four letters or more as names
                return n.original[k].length() >= 4 && n.original[k].chars().allMatch(Character::isLetter)
                    && word.length() == n.original[k].length() && Character.isUpperCase(word.charAt(0))
                    && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))
                    && word.equalsIgnoreCase(n.original[k]);
            case CAPITALISED:
                if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(firstLetter(word)))) {
                    return false;
                }
                return norm(word).equals(want);
            default:
                if (norm(word).equals(want)) {
                    return true;
                }
                return n.byLemma && last && tok.lemma() != null && norm(tok.lemma()).equals(want);
        }
    }
}
