package org.parley.nlp.corenlp;

import java.util.Locale;
import java.util.Set;

/**
 * Repairs one attachment the dependency parser gets wrong in long news sentences, after parsing and
 * before the sentence leaves the adapter.
 *
 * <p>A main verb read as an auxiliary of its infinitive: in "Syrian insurgent groups, including Ahrar
 * al-Sham, threatened to shell the bases" the parser makes "threatened" an {@code aux} of "shell", as if
 * it were "ought to". A past or present tense verb is never an auxiliary before "to" in English, so the
 * verb takes the infinitive's place in the tree, with the infinitive as its {@code xcomp}, and takes over
 * the dependents on its left (its subject, a time phrase, punctuation).
 *
 * <p>An amount read as the object of a bounding word: in "provided over $3.5 million in funding to Lebanon"
 * the parser makes "over" an adverb of the verb and hangs the amount under it as {@code dep}. The amount is
 * the verb's object, and "over" bounds it.
 *
 * <p>A reduced relative read as the clause's verb: in "Gunmen armed with rocket launchers stormed the airport"
 * the parser makes "armed" the root, with "Gunmen" its subject, and hangs "stormed" under it as {@code dep}
 * (and so in a subordinate clause: "after militants linked to Islamic State rampaged through Marawi"). A
 * past-tense verb after the participle's phrase, with no subject of its own, is the clause's verb: it takes the
 * participle's place, its subject and its marker, and the participle modifies the subject ({@code acl}).
 *
 * <p>A reduced relative on the object read as a small clause: in "removed the sanctions on Rusal and other
 * companies linked to Deripaska" the parser makes "the sanctions" the subject of "linked" and hangs "linked"
 * under the verb as {@code dep}, leaving the verb with no object. A participle with no auxiliary cannot have a
 * subject of its own there: the noun is the verb's object, and the participle modifies the noun right before
 * it ({@code acl}).
 *
 * <p>A resultative adjective read as an object: in "troops shot dead 52 Palestinians" the parser makes both
 * "dead" and "Palestinians" objects of "shot". The adjective is the verb's small-clause predicate
 * ({@code xcomp}); the noun stays the object.
 *
 * <p>A relative clause read as an adjective: in "Kinshasa, which severed diplomatic relations with Kigali,
 * accused Rwanda" the parser makes "which" a determiner and "severed" an adjective of "relations", the whole an
 * apposition of "Kinshasa". A tensed verb after "which" or "who" is the verb of a relative clause on the noun
 * the phrase is hung on; the pronoun is its subject and the noun its object, with the noun's modifiers its
 * obliques.
 *
 * <p>A main clause read as the subject of a later copula: in "Erdogan spoke by phone with Putin and told him Ankara
 * was ready to host talks" the parser makes "spoke" a clausal subject of "ready". A tensed verb with a subject of
 * its own and no complementiser cannot be a clausal subject: it is the root, and the copular clause is the
 * complement of the last verb before it, whose object right before the copula is the clause's subject.
 *
 * <p>A second act read as what a later speaker said: in "Erdogan spoke by phone with Putin and urged a ceasefire,
 * his office said" the parser makes "urged" the complement of "said". A verb opened by "and" with no subject of
 * its own, before a reporting verb that hangs on an earlier verb, is that earlier verb's conjunct: it shares its
 * subject, and the reporting verb still reports both.
 *
 * <p>A finite verb read as a conjunct of a gerund: in "accused Pakistan of harbouring the militants and demanded
 * action" the parser makes "demanded" a conjunct of "harbouring". A past or present tense verb is no gerund's
 * conjunct: it is the conjunct of the finite verb that governs the gerund.
 *
 * <p>Stateless; works in place on 0-based heads (-1 for the root) and relation labels.
 */
final class DepRepair {
    /** Verbs that are auxiliaries or quasi-modals before "to" ("has to", "is to", "used to", "ought to"). */
    private static final Set<String> QUASI_MODALS = Set.of("have", "has", "had", "having", "be", "is", "are", "was",
        "were", "been", "being", "am", "'s", "'re", "used", "ought", "got", "going", "gon", "need", "needs",
        "needed", "do", "does", "did");
    private static final Set<String> TENSED = Set.of("VBD", "VBZ", "VBP", "VBN");
    /** Tags of a verb that carries its own tense and person (no participle). */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private DepRepair() {
    }

    /** Rewrites {@code heads} and {@code rels} in place; returns the number of verbs re-attached. */
    static int repair(String[] words, String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int v = 0; v + 2 < words.length; v++) {
            int inf = heads[v];
            if (!"aux".equals(rels[v]) || !TENSED.contains(tags[v]) || inf <= v + 1
                || QUASI_MODALS.contains(words[v].toLowerCase(Locale.ROOT))
                || !"TO".equals(tags[v + 1]) || heads[v + 1] != inf || !"VB".equals(tags[inf])) {
                continue;
            }
            heads[v] = heads[inf];
            rels[v] = rels[inf];
            heads[inf] = v;
            rels[inf] = "xcomp";
            for (int c = 0; c < v; c++) {
                if (heads[c] == inf) {
                    heads[c] = v;
                }
            }
            changed++;
        }
        for (int b = 0; b + 1 < words.length; b++) {
            int verb = heads[b];
            if (!"advmod".equals(rels[b]) || verb < 0 || !tags[verb].startsWith("VB")
                || !BOUNDS.contains(words[b].toLowerCase(Locale.ROOT)) || hasObject(heads, rels, verb)) {
                continue;
            }
            int amount = b + 1;
            if (heads[amount] != b || !("$".equals(tags[amount]) || "CD".equals(tags[amount]))) {
                continue;
            }
            heads[amount] = verb;
            rels[amount] = "obj";
            heads[b] = amount;
            rels[b] = "advmod";
            changed++;
        }
        changed += reducedRelative(tags, heads, rels);
        changed += objectsReducedRelative(tags, heads, rels);
        changed += resultativeAdjective(tags, heads, rels);
        changed += relativeReadAsModifier(tags, heads, rels);
        changed += clauseReadAsSubject(tags, heads, rels);
        changed += conjunctReadAsReport(tags, heads, rels);
        changed += finiteConjunctOfGerund(tags, heads, rels);
        changed += participleReadAsAdjective(words, tags, heads, rels);
        changed += timeReadAsSubject(words, tags, heads, rels);
        changed += relativeReadAsSecondSubject(words, tags, heads, rels);
        changed += verbSwallowedByRelativeClause(words, tags, heads, rels);
        changed += reportReadAsClausalSubject(words, tags, heads, rels);
        changed += reportedSubjectReadAsObject(words, tags, heads, rels);
        changed += trailingReportTookObject(words, tags, heads, rels);
        changed += conjunctSwallowedByRelativeClause(words, tags, heads, rels);
        changed += namedAndNameReadAsCompound(words, tags, heads, rels);
        changed += rebuttalReadAsClause(words, tags, heads, rels);
        changed += toldClauseReadAsParataxis(words, tags, heads, rels);
        changed += orderedDoneReadAsRelative(words, tags, heads, rels);
        changed += coordinationReadAsCompound(tags, heads, rels);
        return changed;
    }

    /**
     * "Colombia's government and FARC rebels signed a peace deal", parsed as "[government and FARC] rebels": a
     * compound noun with a possessor of its own is a noun phrase, the first of two conjoined parties, not a modifier;
     * the second conjunct's words ("FARC") modify the noun after them ("rebels").
     */
    private static int coordinationReadAsCompound(String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int m = 0; m < heads.length; m++) {
            int head = heads[m];
            if (!"compound".equals(rels[m]) || head <= m || !tags[m].startsWith("NN") || !tags[head].startsWith("NN")
                || !hasChild(heads, rels, m, "nmod:poss")) {
                continue;
            }
            int conj = -1;
            int cc = -1;
            for (int i = m + 1; i < head; i++) {
                if (heads[i] == m && "conj".equals(rels[i])) {
                    conj = i;
                }
            }
            for (int i = m + 1; i < head && conj >= 0; i++) {
                if ((heads[i] == conj || heads[i] == m) && "cc".equals(rels[i])) {
                    cc = i;
                }
            }
            if (conj < 0 || conj + 1 != head && !allCompoundsOf(heads, rels, conj + 1, head)) {
                continue;
            }
            heads[m] = heads[head];
            rels[m] = rels[head];
            heads[head] = m;
            rels[head] = "conj";
            heads[conj] = head;
            rels[conj] = "compound";
            if (cc >= 0) {
                heads[cc] = head;
                rels[cc] = "cc";
            }
            changed++;
        }
        return changed;
    }

    /** Whether every word from {@code from} up to (not including) {@code head} hangs on {@code head}. */
    private static boolean allCompoundsOf(int[] heads, String[] rels, int from, int head) {
        for (int i = from; i < head; i++) {
            if (heads[i] != head) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of command, in the forms they take: "ordered the leader arrested". */
    private static final Set<String> COMMANDS = Set.of("order", "orders", "ordered", "ordering");

    /**
     * "A court ordered the opposition leader arrested on Sunday", with "arrested" read as a reduced relative on the
     * object: after a verb of command the participle says what is to be done to the object (xcomp, the object its
     * subject), as in the parse of the shorter "ordered the opposition leader arrested".
     */
    private static int orderedDoneReadAsRelative(String[] words, String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int p = 2; p < heads.length; p++) {
            int noun = heads[p];
            if (!"VBN".equals(tags[p]) || !"acl".equals(rels[p]) || noun < 0 || noun >= p || !"obj".equals(rels[noun])
                || heads[noun] < 0 || !COMMANDS.contains(words[heads[noun]].toLowerCase(Locale.ROOT))
                || hasChild(heads, rels, p, "obl:agent") || hasChild(heads, rels, p, "aux")) {
                continue;
            }
            boolean laterVerb = false;
            for (int i = p + 1; i < heads.length; i++) {
                // "ordered the journalists detained in Goma freed": the participle is the object's, the order later
                laterVerb |= heads[i] == p && tags[i].startsWith("VB");
            }
            if (laterVerb) {
                continue;
            }
            int verb = heads[noun];
            heads[p] = verb;
            rels[p] = "xcomp";
            heads[noun] = p;
            rels[noun] = "nsubj";
            changed++;
        }
        return changed;
    }

    /** Plural nouns that modify another as compounds: "arms dealers", "rights groups", "sports officials". */
    private static final Set<String> PLURAL_MODIFIERS = Set.of("arms", "rights", "sports", "goods", "customs",
        "savings", "affairs", "news", "operations", "communications", "systems", "securities", "forces", "troops");

    /** Verbs that give a name: "called the leaders criminals", "branded them traitors". */
    private static final Set<String> NAMING = Set.of("call", "called", "calls", "calling", "brand", "branded",
        "brands", "branding", "dub", "dubbed", "dubs", "label", "labelled", "labeled", "labels");

    /**
     * "called the U.S., French and British leaders criminals", with "leaders" read as a compound of "criminals": after
     * a verb that gives a name, a plural noun right before a plural head is the party named (the indirect object,
     * as in "called the leaders a gang") and the head the name, unless it is a noun that modifies as a plural
     * ("arms dealers").
     */
    private static int namedAndNameReadAsCompound(String[] words, String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int h = 2; h < heads.length; h++) {
            int verb = heads[h];
            // (a name may be quoted: "called the leaders \"criminals\"")
            int m = "``".equals(tags[h - 1]) || "''".equals(tags[h - 1]) ? h - 2 : h - 1;
            if (!"obj".equals(rels[h]) || verb < 0 || !NAMING.contains(words[verb].toLowerCase(Locale.ROOT))
                || !"NNS".equals(tags[h]) || heads[m] != h || !"compound".equals(rels[m])
                || PLURAL_MODIFIERS.contains(words[m].toLowerCase(Locale.ROOT))
                || !("NNS".equals(tags[m]) || "NNPS".equals(tags[m])) || hasChild(heads, rels, verb, "iobj")) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                if (heads[i] == h) {
                    heads[i] = m;
                }
            }
            heads[m] = verb;
            rels[m] = "iobj";
            changed++;
        }
        return changed;
    }

    /**
     * "Police fired tear gas at protesters who had blocked roads, and arrested more than 150 people", with
     * "arrested" read as a conjunct of the relative clause: a tensed verb with no subject after ", and" that the
     * parser joined to a relative clause is a conjunct of the verb the clause's noun depends on.
     */
    private static int conjunctSwallowedByRelativeClause(String[] words, String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int v = 2; v < heads.length; v++) {
            int clause = heads[v];
            if (!"conj".equals(rels[v]) || !FINITE.contains(tags[v]) || clause < 0
                || !"acl:relcl".equals(rels[clause]) || !"and".equalsIgnoreCase(words[v - 1])
                || !",".equals(words[v - 2]) || hasChild(heads, rels, v, "nsubj")) {
                continue;
            }
            int verb = heads[clause] < 0 ? -1 : heads[heads[clause]];
            while (verb >= 0 && !tags[verb].startsWith("VB")) {
                verb = heads[verb];
            }
            if (verb < 0 || verb > v) {
                continue;
            }
            heads[v] = verb;
            changed++;
        }
        return changed;
    }


    /**
     * "... and declared a month-long state of emergency, the health ministry and state media said", with "state" read
     * as the subject of "said" (the speakers as its apposition) and "said" hung on "declared": a verb of saying at the
     * end whose subject starts right after a verb with no object, and whose speaker follows that subject after a comma
     * with no comma before "said", is the root; the noun is the verb's object and the apposition the speaker.
     */
    private static int trailingReportTookObject(String[] words, String[] tags, int[] heads, String[] rels) {
        for (int say = heads.length - 1; say > 0; say--) {
            if (!REPORTS.contains(words[say].toLowerCase(Locale.ROOT)) || !TENSED.contains(tags[say])
                || heads[say] < 0 || ",".equals(words[say - 1])) {
                continue;
            }
            int verb = heads[say];
            int noun = -1;
            for (int i = 0; i < say; i++) {
                if (heads[i] == say && rels[i].startsWith("nsubj")) {
                    noun = i;
                }
            }
            if (noun < 0 || !tags[verb].startsWith("VB") || !tags[noun].startsWith("NN")
                || leftEdge(heads, noun) != verb + 1 || hasObject(heads, rels, verb)) {
                return 0;
            }
            int comma = -1;
            for (int i = say - 1; i > noun; i--) {
                if (",".equals(words[i])) {
                    comma = i;
                    break;
                }
            }
            int speaker = -1;
            for (int i = comma + 1; comma > 0 && i < say; i++) {
                if (heads[i] == noun && ("appos".equals(rels[i]) || "conj".equals(rels[i]))) {
                    speaker = i;
                    break;
                }
            }
            if (speaker < 0) {
                return 0;
            }
            int root = root(heads);
            heads[say] = -1;
            rels[say] = "root";
            if (root != say) {
                heads[root] = say;
                rels[root] = "ccomp";
            }
            heads[noun] = verb;
            rels[noun] = "obj";
            heads[speaker] = say;
            rels[speaker] = "nsubj";
            heads[comma] = say;
            rels[comma] = "punct";
            return 1;
        }
        return 0;
    }

    /** Verbs that tell someone something: "told reporters ...", "warned the West ...", "assured Kyiv ...". */
    private static final Set<String> TELLING = Set.of("told", "tells", "tell", "warned", "warns", "assured",
        "assures", "informed", "informs", "reminded", "reminds");

    /**
     * "Kiir told the ceremony he would release all political prisoners", with the clause hung on "told" as
     * {@code parataxis}: a tensed clause right after the listener of a verb of telling, with no punctuation between,
     * is what was told ({@code ccomp}), as "told reporters that he would ..." parses.
     */
    private static int toldClauseReadAsParataxis(String[] words, String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int c = 0; c < words.length; c++) {
            int v = heads[c];
            if (!"parataxis".equals(rels[c]) || v < 0 || v >= c || !TELLING.contains(words[v].toLowerCase(Locale.ROOT))
                || !tags[c].startsWith("VB")) {
                continue;
            }
            boolean plain = true;
            for (int i = v + 1; i < c; i++) {
                if (!Character.isLetterOrDigit(words[i].charAt(0))) {
                    plain = false;
                }
            }
            boolean subject = false;
            for (int i = v + 1; i < c; i++) {
                if (heads[i] == c && rels[i].startsWith("nsubj")) {
                    subject = true;
                }
            }
            if (plain && subject) {
                rels[c] = "ccomp";
                changed++;
            }
        }
        return changed;
    }

    /** Nouns for a charge that a party answers in an apposition: "..., a charge the army denied". */
    private static final Set<String> CHARGES = Set.of("charge", "claim", "accusation", "allegation", "assertion");

    /** Verbs of rebuttal, in the forms they take after a charge. */
    private static final Set<String> REBUTTALS = Set.of("denied", "denies", "deny", "rejected", "rejects", "reject",
        "dismissed", "dismisses", "dismiss", "disputed", "disputes", "dispute");

    /**
     * "..., a charge the army denied" and "..., a charge Asmara has denied" at the end of a sentence (or before a
     * participle: "..., a charge New Delhi denied, blaming the shortages on ..."), parsed with the
     * charge as the object of "denied" (the clause hung on an earlier noun) or as its subject (the party its
     * apposition): the charge is an apposition of the clause before the comma, the rebuttal a relative clause on
     * the charge, and the noun phrase between them its subject, as "..., a claim Moscow rejected" parses.
     */
    private static int rebuttalReadAsClause(String[] words, String[] tags, int[] heads, String[] rels) {
        int n = words.length;
        int v = n - 1;
        while (v > 0 && !Character.isLetterOrDigit(words[v].charAt(0))) {
            v--;
        }
        int end0 = v;
        int participle = -1;
        for (int i = 2; i < v; i++) {
            if (",".equals(words[i - 1]) && "VBG".equals(tags[i])
                && REBUTTALS.contains(words[i - 2].toLowerCase(Locale.ROOT))) {
                // "..., a charge New Delhi denied, blaming the shortages on Madhesi groups"
                participle = i;
                v = i - 2;
                break;
            }
        }
        if (v < 4 || !REBUTTALS.contains(words[v].toLowerCase(Locale.ROOT)) || !tags[v].startsWith("VB")) {
            return 0;
        }
        int aux = -1;
        int end = v;
        if (Set.of("has", "have", "had").contains(words[v - 1].toLowerCase(Locale.ROOT))) {
            aux = v - 1;
            end = v - 1;
        } else if (!FINITE.contains(tags[v])) {
            return 0;
        }
        int subj = end - 1;
        int start = subj;
        while (start - 1 >= 0 && Set.of("DT", "NNP", "NNPS", "NN", "NNS", "JJ").contains(tags[start - 1])
            && !CHARGES.contains(words[start - 1].toLowerCase(Locale.ROOT))) {
            start--;
        }
        int charge = start - 1;
        if (!tags[subj].startsWith("NN") || charge < 2 || !CHARGES.contains(words[charge].toLowerCase(Locale.ROOT))
            || !Set.of("a", "an").contains(words[charge - 1].toLowerCase(Locale.ROOT)) || !",".equals(words[charge - 2])
            || subj - start > 3) {
            return 0;
        }
        if ("acl:relcl".equals(rels[v]) && heads[v] == charge && heads[subj] == v) {
            return 0;
        }
        int root = root(heads);
        if (root < 0 || root >= charge - 2) {
            return 0;
        }
        heads[charge] = root;
        rels[charge] = "appos";
        heads[charge - 1] = charge;
        rels[charge - 1] = "det";
        heads[v] = charge;
        rels[v] = "acl:relcl";
        heads[subj] = v;
        rels[subj] = "nsubj";
        for (int i = start; i < subj; i++) {
            heads[i] = subj;
            rels[i] = "DT".equals(tags[i]) ? "det" : "JJ".equals(tags[i]) ? "amod" : "compound";
        }
        if (aux >= 0) {
            heads[aux] = v;
            rels[aux] = "aux";
        }
        if (participle >= 0) {
            heads[participle - 1] = v;
            rels[participle - 1] = "punct";
            heads[participle] = v;
            rels[participle] = "advcl";
        }
        for (int i = end0 + 1; i < n; i++) {
            heads[i] = root;
            rels[i] = "punct";
        }
        return 1;
    }

    /** The first word of the phrase {@code head} heads. */
    private static int leftEdge(int[] heads, int head) {
        int edge = head;
        for (int i = 0; i < head; i++) {
            if (descends(heads, i, head)) {
                return i;
            }
        }
        return edge;
    }

    /**
     * "but said cooperation with U.S. agencies would continue", with "cooperation" read as the object of "said" and
     * "continue" hung on "said" as a loose dependent with no subject: the noun is the reported clause's subject.
     */
    private static int reportedSubjectReadAsObject(String[] words, String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int v = 0; v < heads.length; v++) {
            if (!REPORTS.contains(words[v].toLowerCase(Locale.ROOT)) || !TENSED.contains(tags[v])) {
                continue;
            }
            int object = -1;
            int clause = -1;
            for (int i = v + 1; i < heads.length; i++) {
                if (heads[i] == v && "obj".equals(rels[i]) && tags[i].startsWith("NN") && object < 0) {
                    object = i;
                } else if (heads[i] == v && object >= 0 && tags[i].startsWith("VB")
                    && ("dep".equals(rels[i]) || "ccomp".equals(rels[i]) || "parataxis".equals(rels[i]))
                    && hasChild(heads, rels, i, "aux") && !hasChild(heads, rels, i, "nsubj")) {
                    clause = i;
                    break;
                }
            }
            if (object < 0 || clause < 0) {
                continue;
            }
            heads[object] = clause;
            rels[object] = "nsubj";
            rels[clause] = "ccomp";
            changed++;
        }
        return changed;
    }

    /** Verbs of saying that take a bare clause: "said sanctions would remain". */
    private static final Set<String> REPORTS = Set.of("said", "says", "say", "added", "stated", "insisted",
        "believes", "believed", "expects", "expected");

    /**
     * "Officials said sanctions against Iran would remain in place", with "said" read as the clausal subject of
     * "remain" and "sanctions" as its object: a verb of saying with a subject of its own is no clausal subject. It
     * is the root, the later verb (which has an auxiliary) its complement, and its object the complement's subject.
     */
    private static int reportReadAsClausalSubject(String[] words, String[] tags, int[] heads, String[] rels) {
        int root = root(heads);
        if (root < 0 || !tags[root].startsWith("VB") || !hasChild(heads, rels, root, "aux")) {
            return 0;
        }
        int verb = -1;
        for (int i = 0; i < root; i++) {
            if (heads[i] == root && "csubj".equals(rels[i]) && TENSED.contains(tags[i])
                && REPORTS.contains(words[i].toLowerCase(Locale.ROOT))) {
                verb = i;
            }
        }
        if (verb < 0 || !hasChild(heads, rels, verb, "nsubj") || hasChild(heads, rels, verb, "mark")) {
            return 0;
        }
        int object = -1;
        for (int i = verb + 1; i < root; i++) {
            if (heads[i] == verb && "obj".equals(rels[i]) && tags[i].startsWith("NN")) {
                object = i;
            }
        }
        if (object < 0) {
            return 0;
        }
        heads[verb] = -1;
        rels[verb] = "root";
        heads[root] = verb;
        rels[root] = "ccomp";
        heads[object] = root;
        rels[object] = "nsubj";
        return 1;
    }

    /**
     * "The Muslim Brotherhood, which says the toll is far higher, called on Egyptians to ...", with the noun as the
     * root and "called" hung inside the relative clause: a tensed verb with no subject, right after the comma that
     * closes a relative clause on a root noun, is the sentence's verb and the noun its subject.
     */
    private static int verbSwallowedByRelativeClause(String[] words, String[] tags, int[] heads, String[] rels) {
        int root = root(heads);
        if (root < 0 || !tags[root].startsWith("NN")) {
            return 0;
        }
        int relcl = -1;
        for (int i = root + 1; i < heads.length; i++) {
            if (heads[i] == root && "acl:relcl".equals(rels[i])) {
                relcl = i;
                break;
            }
        }
        if (relcl < 0) {
            return 0;
        }
        for (int v = relcl + 1; v < heads.length; v++) {
            if (!",".equals(words[v - 1]) || !("VBD".equals(tags[v]) || "VBZ".equals(tags[v]))
                || !descends(heads, v, relcl) || hasChild(heads, rels, v, "nsubj")) {
                continue;
            }
            heads[v] = -1;
            rels[v] = "root";
            heads[root] = v;
            rels[root] = "nsubj";
            heads[v - 1] = v;
            return 1;
        }
        return 0;
    }

    /**
     * "said Turkish troops would monitor the ceasefire, a claim Moscow rejected", with "a claim" read as a first
     * subject of "rejected": a noun after a comma and an article, right before a verb's own subject, with the verb
     * taking no object, is the noun a relative clause modifies; the noun keeps the verb's place in the tree.
     */
    private static int relativeReadAsSecondSubject(String[] words, String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int n = 2; n + 2 < heads.length; n++) {
            int verb = heads[n];
            int det = n - 1;
            if (!"nsubj".equals(rels[n]) || verb <= n + 1 || !tags[n].startsWith("NN") || !"DT".equals(tags[det])
                || heads[det] != n || !",".equals(words[det - 1]) || !TENSED.contains(tags[verb])
                || hasChild(heads, rels, verb, "obj")) {
                continue;
            }
            int second = -1;
            for (int o = n + 1; o < verb; o++) {
                if (heads[o] == verb && "nsubj".equals(rels[o])) {
                    second = o;
                }
            }
            boolean phrase = second > n;
            for (int o = n + 1; o < verb && phrase; o++) {
                phrase = o == second || descends(heads, o, second);
            }
            if (!phrase) {
                continue;
            }
            heads[n] = heads[verb];
            rels[n] = heads[verb] < 0 ? "root" : "appos";
            heads[verb] = n;
            rels[verb] = "acl:relcl";
            for (int c = 0; c < heads.length; c++) {
                if (heads[c] == verb && c < n && "punct".equals(rels[c])) {
                    // the comma before the noun goes with the noun
                    heads[c] = n;
                }
            }
            changed++;
        }
        return changed;
    }

    /**
     * "said it was ending its accords with France, accusing French forces of violating its airspace", with
     * "accusing" read as an adjective of "forces" and "forces" as a second object of "ending": a participle after a
     * comma, on a noun that is its verb's second object, is the verb's adverbial clause and the noun its object; the
     * noun's "of" phrase after it is the participle's.
     */
    private static int participleReadAsAdjective(String[] words, String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int p = 1; p < heads.length; p++) {
            int noun = heads[p];
            if (!"VBG".equals(tags[p]) || !"amod".equals(rels[p]) || !",".equals(words[p - 1]) || noun <= p
                || !tags[noun].startsWith("NN") || !"obj".equals(rels[noun])) {
                continue;
            }
            int verb = heads[noun];
            boolean firstObject = false;
            for (int o = 0; o < p; o++) {
                firstObject |= heads[o] == verb && "obj".equals(rels[o]);
            }
            if (verb < 0 || verb > p || !tags[verb].startsWith("VB") || !firstObject) {
                continue;
            }
            heads[p] = verb;
            rels[p] = "advcl";
            heads[noun] = p;
            for (int c = noun + 1; c < heads.length; c++) {
                if (heads[c] == noun && rels[c].startsWith("nmod")) {
                    // "of violating its airspace": what the participle charges, not a part of the noun
                    heads[c] = p;
                    rels[c] = "obl";
                }
            }
            changed++;
        }
        return changed;
    }

    /** Nouns of a span of time: "hours later", "days after". */
    private static final Set<String> SPANS = Set.of("hours", "days", "weeks", "months", "years", "minutes", "moments");

    /**
     * "Hours later it expelled 10 aid agencies", with "Hours" read as a second subject: a span of time with
     * "later" or "earlier" before a verb with a subject of its own is when the act was done.
     */
    private static int timeReadAsSubject(String[] words, String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int t = 0; t + 1 < heads.length; t++) {
            int verb = heads[t];
            String next = words[t + 1].toLowerCase(Locale.ROOT);
            if (!"nsubj".equals(rels[t]) || verb < 0 || !SPANS.contains(words[t].toLowerCase(Locale.ROOT))
                || !(next.equals("later") || next.equals("earlier"))) {
                continue;
            }
            boolean otherSubject = false;
            for (int o = 0; o < heads.length; o++) {
                otherSubject |= o != t && heads[o] == verb && "nsubj".equals(rels[o]);
            }
            if (otherSubject) {
                rels[t] = "obl:tmod";
                changed++;
            }
        }
        return changed;
    }

    private static int conjunctReadAsReport(String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int v = 0; v < heads.length; v++) {
            int say = heads[v];
            if (!"ccomp".equals(rels[v]) || !"VBD".equals(tags[v]) && !"VBZ".equals(tags[v]) || say <= v
                || !"parataxis".equals(rels[say]) || heads[say] < 0 || heads[say] >= v
                || !tags[heads[say]].startsWith("VB") || hasChild(heads, rels, v, "nsubj")
                || hasChild(heads, rels, v, "mark")) {
                continue;
            }
            boolean opened = false;
            for (int c = 0; c < v; c++) {
                opened |= heads[c] == v && "cc".equals(rels[c]);
            }
            if (!opened) {
                continue;
            }
            heads[v] = heads[say];
            rels[v] = "conj";
            changed++;
        }
        return changed;
    }

    private static int finiteConjunctOfGerund(String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int v = 0; v < heads.length; v++) {
            int gerund = heads[v];
            if (!"conj".equals(rels[v]) || !"VBD".equals(tags[v]) && !"VBZ".equals(tags[v]) || gerund < 0
                || !"VBG".equals(tags[gerund]) || hasChild(heads, rels, v, "nsubj")) {
                continue;
            }
            int governor = heads[gerund];
            if (governor < 0 || governor > gerund || !("VBD".equals(tags[governor]) || "VBZ".equals(tags[governor])
                || "VBP".equals(tags[governor])) || !("obl".equals(rels[gerund]) || "advcl".equals(rels[gerund]))) {
                continue;
            }
            heads[v] = governor;
            changed++;
        }
        return changed;
    }

    private static int reducedRelative(String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int part = 0; part < heads.length; part++) {
            if (!"VBN".equals(tags[part])) {
                continue;
            }
            int subj = -1;
            int verb = -1;
            boolean aux = hasChild(heads, rels, part, "aux");
            for (int i = 0; i < heads.length; i++) {
                if (heads[i] != part) {
                    continue;
                }
                if ("nsubj".equals(rels[i]) && i < part) {
                    subj = i;
                }
                if (verb < 0 && i > part && "VBD".equals(tags[i]) && ("dep".equals(rels[i]) || "parataxis".equals(rels[i]))) {
                    verb = i;
                }
            }
            if (aux || subj < 0 || verb < 0) {
                continue;
            }
            if (hasChild(heads, rels, verb, "nsubj")) {
                continue;
            }
            heads[verb] = heads[part];
            rels[verb] = rels[part];
            heads[subj] = verb;
            heads[part] = subj;
            rels[part] = "acl";
            for (int i = 0; i < heads.length; i++) {
                if (heads[i] == part && (i > verb || "mark".equals(rels[i]) || "punct".equals(rels[i]) && i < subj)) {
                    // the clause's marker ("after"), and what follows the verb, go with the verb
                    heads[i] = verb;
                }
            }
            changed++;
        }
        return changed;
    }

    private static int objectsReducedRelative(String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int p = 2; p < heads.length; p++) {
            int verb = heads[p];
            if (!"VBN".equals(tags[p]) || !"dep".equals(rels[p]) || verb < 0 || verb >= p
                || !tags[verb].startsWith("VB") || hasObject(heads, rels, verb)) {
                continue;
            }
            int subj = -1;
            boolean aux = hasChild(heads, rels, p, "aux");
            for (int i = 0; i < heads.length; i++) {
                if (heads[i] != p) {
                    continue;
                }
                if (rels[i].startsWith("nsubj") && i > verb && i < p && tags[i].startsWith("NN")) {
                    subj = i;
                }
            }
            if (aux || subj < 0 || !tags[p - 1].startsWith("NN")) {
                continue;
            }
            heads[subj] = verb;
            rels[subj] = "obj";
            heads[p] = p - 1;
            rels[p] = "acl";
            changed++;
        }
        return changed;
    }

    private static int resultativeAdjective(String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int a = 0; a + 1 < heads.length; a++) {
            int verb = heads[a];
            if (!"JJ".equals(tags[a]) || !"obj".equals(rels[a]) || verb < 0 || verb > a) {
                continue;
            }
            for (int o = a + 1; o < heads.length; o++) {
                if (heads[o] == verb && "obj".equals(rels[o])) {
                    rels[a] = "xcomp";
                    changed++;
                    break;
                }
            }
        }
        return changed;
    }

    private static int relativeReadAsModifier(String[] tags, int[] heads, String[] rels) {
        int changed = 0;
        for (int v = 1; v + 1 < heads.length; v++) {
            int noun = heads[v];
            if (!"VBD".equals(tags[v]) && !"VBZ".equals(tags[v]) || !"amod".equals(rels[v]) || noun <= v
                || !"WDT".equals(tags[v - 1]) && !"WP".equals(tags[v - 1]) || heads[v - 1] != noun
                || !tags[noun].startsWith("NN")) {
                continue;
            }
            int antecedent = heads[noun];
            if (antecedent < 0 || antecedent >= v - 1 || !"appos".equals(rels[noun]) && !"dep".equals(rels[noun])) {
                continue;
            }
            heads[v] = antecedent;
            rels[v] = "acl:relcl";
            heads[v - 1] = v;
            rels[v - 1] = "nsubj";
            heads[noun] = v;
            rels[noun] = "obj";
            for (int i = noun + 1; i < heads.length; i++) {
                if (heads[i] == noun && rels[i].startsWith("nmod")) {
                    heads[i] = v;
                    rels[i] = "obl";
                }
            }
            changed++;
        }
        return changed;
    }

    private static int clauseReadAsSubject(String[] tags, int[] heads, String[] rels) {
        int root = root(heads);
        if (root < 0 || tags[root].startsWith("VB")) {
            return 0;
        }
        int cop = -1;
        int verb = -1;
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == root && "cop".equals(rels[i]) && i < root) {
                cop = i;
            }
            if (heads[i] == root && "csubj".equals(rels[i]) && i < root
                && ("VBD".equals(tags[i]) || "VBZ".equals(tags[i]) || "VBP".equals(tags[i]))) {
                verb = i;
            }
        }
        if (cop < 0 || verb < 0) {
            return 0;
        }
        boolean subject = false;
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == verb && "mark".equals(rels[i])) {
                return 0;
            }
            subject |= heads[i] == verb && rels[i].startsWith("nsubj");
        }
        int governor = -1;
        for (int w = cop - 1; w > verb && governor < 0; w--) {
            if (tags[w].startsWith("VB") && !rels[w].startsWith("aux") && !"cop".equals(rels[w])
                && descends(heads, w, verb)) {
                governor = w;
            }
        }
        if (!subject || governor < 0) {
            return 0;
        }
        heads[verb] = -1;
        rels[verb] = "root";
        heads[root] = governor;
        rels[root] = "ccomp";
        int before = cop - 1;
        if (heads[before] == governor && "obj".equals(rels[before]) && tags[before].startsWith("NN")) {
            heads[before] = root;
            rels[before] = "nsubj";
        }
        return 1;
    }

    /** The sentence's root (the last word with no head), or -1. */
    private static int root(int[] heads) {
        int root = -1;
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == -1) {
                root = i;
            }
        }
        return root;
    }

    /** Whether a dependent of {@code parent} has a relation starting with {@code rel}. */
    private static boolean hasChild(int[] heads, String[] rels, int parent, String rel) {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == parent && rels[i].startsWith(rel)) {
                return true;
            }
        }
        return false;
    }

    private static boolean descends(int[] heads, int i, int ancestor) {
        for (int k = 0, cur = i; k < heads.length && cur >= 0; k++, cur = heads[cur]) {
            if (cur == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Words that bound an amount: "over $3 million", "nearly 500 tonnes". */
    private static final Set<String> BOUNDS = Set.of("over", "under", "about", "around", "nearly", "almost",
        "approximately", "roughly", "some");

    private static boolean hasObject(int[] heads, String[] rels, int verb) {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == verb && ("obj".equals(rels[i]) || "iobj".equals(rels[i]))) {
                return true;
            }
        }
        return false;
    }
}
