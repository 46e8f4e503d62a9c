package org.parley.nlp.corenlp;

import java.util.Set;

/**
 * Mends the part-of-speech errors of CoreNLP's fast (left3words) tagger that cost Parley most, before
 * the dependency parser reads the tags. Both are errors no English sentence allows, so the repair needs
 * no model:
 * <ul>
 *   <li>a base verb right after an article or possessive, adjectives or names between: "shot down a Malian
 *   <b>drone</b>/VB", "called the U.S. <b>move</b>/VB a provocation" are nouns;</li>
 *   <li>a gerund right after an article that modifies no noun after it: "called the <b>ruling</b>/VBG a witch
 *   hunt" is a noun;</li>
 *   <li>a sentence's first verb tagged as a participle with no auxiliary before it, right after its subject
 *   and before its object: "A special tribunal in Dhaka on Monday <b>sentenced</b>/VBN ousted prime
 *   minister Sheikh Hasina" is a past tense, when nothing finite follows in its clause (else it is a
 *   reduced relative: "The aid pledged Monday will reach ...").</li>
 *   <li>a participle right after a relative clause set off by commas, with nothing finite before the clause: "The
 *   Muslim Brotherhood, which says the toll is far higher, <b>called</b>/VBN on Egyptians" is a past tense;</li>
 *   <li>a plural noun tagged a present-tense verb before a participle, with no subject before it: "In March,
 *   <b>insurgents</b>/VBZ attacked/VBN the town" is a noun and its verb a past tense;</li>
 *   <li>"strikes", "attacks" or "raids" tagged a verb right after the means that names them: "carried out two
 *   dozen air <b>strikes</b>/VBZ" is a noun (no air, drone or artillery strikes anything).</li>
 * </ul>
 * Stateless; works on plain word and tag arrays so that the rules are testable without models.
 */
final class TagRepair {
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Tags that may start the object of a verb. */
    private static final Set<String> OBJECT_START = Set.of("DT", "PRP$", "NNP", "NNPS", "CD", "JJ", "NNS", "NN",
        "PRP", "VBN");
    /** Words before a participle that make it passive, perfect or relative. */
    private static final Set<String> AUXILIARIES = Set.of("be", "is", "are", "was", "were", "been", "being",
        "has", "have", "had", "having", "get", "gets", "got", "who", "which", "that", "whom");

    /** Nouns that name the means of an attack when they modify "strikes", "attacks" or "raids". */
    private static final Set<String> WEAPON_MODIFIERS = Set.of("air", "drone", "missile", "rocket", "artillery",
        "mortar", "cyber", "naval");
    private static final Set<String> STRIKE_HEADS = Set.of("strike", "strikes", "attack", "attacks", "raid", "raids");

    /** Words both verb and noun that, before a policy noun, are its modifier: "travel restrictions". */
    private static final Set<String> NOUN_MODIFIERS = Set.of("travel", "trade", "transit", "export", "import", "work",
        "visa", "fuel", "arms");
    private static final Set<String> POLICY_HEADS = Set.of("restriction", "restrictions", "ban", "bans", "curb", "curbs",
        "embargo", "embargoes", "sanction", "sanctions", "advisory", "advisories", "limit", "limits", "quota", "quotas",
        "barrier", "barriers", "tariff", "tariffs", "deal", "deals", "talks", "war", "wars", "agreement", "agreements",
        "pact", "corridor", "corridors", "route", "routes", "permit", "permits", "controls");
    /** Tags before a word that make it a verb whatever follows: "they travel", "to trade", "will work". */
    private static final Set<String> SUBJECT_OR_INFINITIVE = Set.of("PRP", "TO", "MD", "WDT", "WP");

    /** Nouns that "live" modifies as an adjective: "live rounds", "live fire". */
    private static final Set<String> LIVE_FIRE = Set.of("round", "rounds", "ammunition", "fire", "bullet", "bullets",
        "munitions", "ordnance");

    /** Tags after a gerund that it may modify as an adjective: "the ruling party", "a growing number". */
    private static final Set<String> GERUND_MODIFIED = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "CD", "HYPH", "VBG");

    /** Adjectives that head a noun phrase of their own: "the military", "Myanmar's military". */
    private static final Set<String> NOMINAL_ADJECTIVES = Set.of("military");

    private TagRepair() {
    }

    /** Rewrites {@code tags} in place; returns the number of tags changed. */
    static int repair(String[] words, String[] tags) {
        int changed = 0;
        for (int i = 1; i < tags.length; i++) {
            if ((tags[i].equals("VB") || tags[i].equals("VBP")) && afterDeterminer(words, tags, i)) {
                tags[i] = "NN";
                changed++;
            }
        }
        for (int i = 1; i + 1 < tags.length; i++) {
            if (tags[i].equals("VBG") && tags[i - 1].equals("DT") && ARTICLES.contains(words[i - 1].toLowerCase())
                && !GERUND_MODIFIED.contains(tags[i + 1])) {
                // "called the ruling/VBG a witch hunt": a gerund right after an article, modifying no noun, is a noun
                tags[i] = "NN";
                changed++;
            }
        }
        for (int i = 1; i < tags.length; i++) {
            if (tags[i].startsWith("VB") && STRIKE_HEADS.contains(words[i].toLowerCase())
                && WEAPON_MODIFIERS.contains(words[i - 1].toLowerCase()) && tags[i - 1].startsWith("NN")) {
                tags[i] = words[i].endsWith("s") ? "NNS" : "NN";
                changed++;
            }
        }
        for (int i = 0; i + 1 < tags.length; i++) {
            if ((tags[i].equals("VB") || tags[i].equals("VBP")) && NOUN_MODIFIERS.contains(words[i].toLowerCase())
                && POLICY_HEADS.contains(words[i + 1].toLowerCase())
                && (i == 0 || !SUBJECT_OR_INFINITIVE.contains(tags[i - 1]))) {
                tags[i] = "NN";
                changed++;
            }
        }
        for (int i = 0; i + 2 < tags.length; i++) {
            if (words[i].equalsIgnoreCase("persona") && words[i + 1].equalsIgnoreCase("non")
                && words[i + 2].equalsIgnoreCase("grata")) {
                // "declared two diplomats persona non grata": one Latin noun, not a noun, a foreign word and an adverb
                tags[i] = "NN";
                tags[i + 1] = "NN";
                tags[i + 2] = "NN";
                changed++;
            }
        }
        for (int i = 0; i + 1 < tags.length; i++) {
            if (tags[i].startsWith("VB") && WEAPON_MODIFIERS.contains(words[i].toLowerCase())
                && STRIKE_HEADS.contains(words[i + 1].toLowerCase())) {
                // "carried out drone/VB strikes on the camp": the means names the strikes
                tags[i] = "NN";
                tags[i + 1] = words[i + 1].endsWith("s") ? "NNS" : "NN";
                changed++;
            }
        }
        for (int i = 0; i + 1 < tags.length; i++) {
            if (words[i].equalsIgnoreCase("live") && tags[i].startsWith("VB")
                && LIVE_FIRE.contains(words[i + 1].toLowerCase())) {
                // "fired tear gas and live rounds at protesters": live ammunition, not a verb
                tags[i] = "JJ";
                changed++;
            }
        }
        for (int i = 0; i + 1 < tags.length; i++) {
            if (tags[i].equals("VBZ") && (tags[i + 1].equals("VBN") || tags[i + 1].equals("VBD"))
                && words[i].toLowerCase().endsWith("s") && !VBZ_AUXILIARIES.contains(words[i].toLowerCase())
                && (i == 0 || !tags[i - 1].startsWith("NN") && !tags[i - 1].equals("PRP"))) {
                // "In March, insurgents/VBZ attacked the town": no verb but an auxiliary comes before a participle
                tags[i] = "NNS";
                if (tags[i + 1].equals("VBN")) {
                    tags[i + 1] = "VBD";
                }
                changed++;
            }
        }
        for (int i = 1; i + 1 < tags.length; i++) {
            if (tags[i].equals("JJ") && NOMINAL_ADJECTIVES.contains(words[i].toLowerCase())
                && (tags[i - 1].equals("DT") || tags[i - 1].equals("PRP$") || tags[i - 1].equals("POS"))
                && (tags[i + 1].equals("VBD") || tags[i + 1].equals("VBN") || tags[i + 1].equals("VBZ")
                    || tags[i + 1].equals("MD"))) {
                // "The military/JJ seized/VBN power": an adjective used as a noun, right before its verb, is the subject
                tags[i] = "NN";
                changed++;
            }
        }
        int main = verbAfterRelativeClause(words, tags);
        if (main >= 0) {
            tags[main] = "VBD";
            changed++;
        }
        int v = firstUnmarkedParticiple(words, tags);
        if (v >= 0) {
            tags[v] = "VBD";
            changed++;
        }
        return changed;
    }

    /** Present-tense verbs that may stand before a participle: "has fled", "is expected", "gets paid". */
    private static final Set<String> VBZ_AUXILIARIES = Set.of("has", "is", "does", "gets", "'s", "seems", "remains",
        "becomes", "looks", "sounds", "feels", "stays", "appears");

    /** Words that open a relative clause after a comma. */
    private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "where", "whom");

    /**
     * "The Muslim Brotherhood, which says the toll is far higher, called/VBN on Egyptians to ...": the first word
     * after a relative clause set off by commas, tagged a participle with no auxiliary, when nothing before the
     * relative clause is finite, is the subject's past-tense verb.
     */
    private static int verbAfterRelativeClause(String[] words, String[] tags) {
        int from = datelineEnd(words);
        int open = -1;
        for (int i = from + 1; i + 1 < tags.length; i++) {
            String w = words[i].toLowerCase();
            if (open < 0) {
                if (FINITE.contains(tags[i]) || tags[i].startsWith("VB")) {
                    return -1;
                }
                if (RELATIVES.contains(w) && tags[i - 1].equals(",")) {
                    open = i;
                }
                continue;
            }
            if (tags[i].equals(",") && tags[i + 1].equals("VBN") && i + 2 < tags.length
                && OBJECT_START.contains(tags[i + 2]) || tags[i].equals(",") && tags[i + 1].equals("VBN")
                && i + 2 < tags.length && tags[i + 2].equals("IN")) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The first word after a dateline ("KABUL, May 31 (Reuters) - "), or 0. */
    private static int datelineEnd(String[] words) {
        int end = 0;
        for (int i = 0; i < Math.min(words.length, 16); i++) {
            if (words[i].equals("-") || words[i].equals("--") || words[i].equals("\u2014") || words[i].equals("\u2013")) {
                end = i + 1;
            }
        }
        return end;
    }

    /** An article or possessive before {@code i}, with only adjectives, names or numbers between. */
    private static boolean afterDeterminer(String[] words, String[] tags, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String t = tags[j];
            if (t.equals("PRP$") || t.equals("POS") || t.equals("DT") && ARTICLES.contains(words[j].toLowerCase())) {
                return true;
            }
            // "the rich are", "The three have", "The Houthis have": an adjective, number or name after an
            // article may be the subject of a present-tense verb; only a base form is surely a noun there, and
            // only after adjectives, a nationality ("a Malian drone") or a name ("the U.S. move": a base form
            // cannot agree with a singular name as its subject)
            boolean between = tags[i].equals("VB") && (t.equals("JJ") || t.equals("HYPH") || t.equals("NNP"));
            if (!between) {
                return false;
            }
        }
        return false;
    }

    /**
     * The first participle of a sentence whose clause has no finite verb yet, after a noun and before the
     * start of an object, with no finite verb after it in its clause (up to the next comma).
     */
    private static int firstUnmarkedParticiple(String[] words, String[] tags) {
        boolean sawNoun = false;
        // "The Afghan government, a number of parties and the Taliban on Thursday condemned": commas may part
        // a list of subjects, when an "and" closes the list before the participle
        boolean listOpen = false;
        int from = datelineEnd(words);
        if (from + 1 < tags.length && tags[from].equals("IN")) {
            // "On Tuesday the courts awarded ...": a day may open the clause; any other opener ("At his
            // neat Osaka detached house") leaves no clear subject
            if (!WEEKDAYS.contains(words[from + 1].toLowerCase())) {
                return -1;
            }
            from += 2;
        }
        for (int i = from; i < tags.length; i++) {
            String t = tags[i];
            String w = words[i].toLowerCase();
            if (t.equals(",") && sawNoun && i + 1 < tags.length && !tags[i + 1].startsWith("VB")) {
                listOpen = true;
                continue;
            }
            if (t.equals("CC") && listOpen) {
                listOpen = false;
            }
            if (FINITE.contains(t) || t.equals(",") || t.equals(":") || AUXILIARIES.contains(w)
                || w.equals("than") || w.equals("as") || t.equals("WDT") || t.equals("WP")) {
                return -1;
            }
            if (t.startsWith("NN") || t.equals("PRP")) {
                sawNoun = !(i == from + 1 && WEEKDAYS.contains(w)) || sawNoun;
            }
            if (!t.equals("VBN")) {
                continue;
            }
            if (!sawNoun || listOpen || i == 0 || !tags[i - 1].startsWith("NN") || i + 1 >= tags.length
                || !OBJECT_START.contains(tags[i + 1])) {
                return -1;
            }
            for (int k = i + 1; k < tags.length && !tags[k].equals(","); k++) {
                if (FINITE.contains(tags[k]) && !(tags[k].equals("VBD") && words[k - 1].equalsIgnoreCase("and"))) {
                    // a past tense after "and" is the participle's conjunct: "seized/VBN power and placed/VBD ..."
                    return -1;
                }
            }
            return i;
        }
        return -1;
    }
}
