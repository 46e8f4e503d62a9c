package org.parley.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalisation of place names for lookup. Stateless. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–—_/,.]+");
    private static final Pattern QUOTES = Pattern.compile("['’`ʻʼ‘\"]");
    private static final Set<String> ARTICLES = Set.of("al", "el", "ar", "as", "ad", "an", "ash", "az", "at");
    private static final Set<String> ADMIN_SUFFIXES = Set.of("province", "governorate", "region", "oblast", "state",
        "prefecture", "county", "district", "department", "division", "emirate", "territory", "wilaya", "vilayet",
        "krai", "kray", "republic", "autonomous region", "muhafazat", "velayat", "wilayah");

    private Names() {
    }

    /** Lower case, no diacritics, no quotes, separators to single spaces, no leading "the". */
    public static String key(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ß', 's');
        t = QUOTES.matcher(t).replaceAll("");
        t = SEPARATORS.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (t.startsWith("the ")) {
            t = t.substring(4);
        }
        return t;
    }

    /** The lookup keys of a name: its key, and the key without a leading Arabic article ("ar raqqah"). */
    public static List<String> keys(String name) {
        String k = key(name);
        List<String> out = new ArrayList<>(2);
        out.add(k);
        int sp = k.indexOf(' ');
        if (sp > 0 && ARTICLES.contains(k.substring(0, sp))) {
            out.add(k.substring(sp + 1));
        }
        return out;
    }

    /** A subdivision name without its generic suffix: "Maidan Wardak Province" to "Maidan Wardak". */
    public static String stripAdminSuffix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suf : ADMIN_SUFFIXES) {
            if (lower.endsWith(" " + suf) && lower.length() > suf.length() + 3) {
                return name.substring(0, name.length() - suf.length() - 1).strip();
            }
        }
        if (lower.startsWith("state of ") || lower.startsWith("province of ")) {
            return name.substring(name.indexOf(" of ") + 4).strip();
        }
        return name;
    }

    /** True when the word is a generic subdivision word ("province", "provinces", "state"). */
    public static boolean isAdminWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") && ADMIN_SUFFIXES.contains(w.substring(0, w.length() - 1))) {
            return true;
        }
        return ADMIN_SUFFIXES.contains(w);
    }
}
