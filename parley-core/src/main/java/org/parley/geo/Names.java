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

    /**
     * The lookup keys of a name: its key; the key without a leading Arabic article ("ar raqqah"); without a
     * trailing "city" ("marawi city"); and each of those with the Slavic transliteration variants folded
     * ("kostiantynivka" and "kostyantynivka" share "kostyantynivka").
     */
    public static List<String> keys(String name) {
        String k = key(name);
        List<String> base = new ArrayList<>(3);
        base.add(k);
        int sp = k.indexOf(' ');
        if (sp > 0 && ARTICLES.contains(k.substring(0, sp))) {
            base.add(k.substring(sp + 1));
        }
        if (k.endsWith(" city") && k.length() > 8) {
            base.add(k.substring(0, k.length() - 5));
        }
        List<String> out = new ArrayList<>(base);
        for (String b : base) {
            String f = fold(b);
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Folds romanisation variants of Ukrainian and Russian names: "ia/iu/ie/iy" after a consonant as "ya/yu/ye/y",
     * and a final "yy" as "y" ("Groznyy", as GeoNames spells it, and "Grozny").
     */
    static String fold(String k) {
        return k.replaceAll("(?<=[bcdfghklmnprstvzj])i(?=[aeu])", "y").replace("iy", "y").replaceAll("yy\\b", "y");
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
