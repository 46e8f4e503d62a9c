package org.parley.coding;

import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the source and target words of a predicate in a dependency tree. Stateless. */
final class Roles {
    /** Verbs whose object is the understood subject of their infinitive ("urged Israel to halt"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "order", "force", "persuade", "press",
        "pressure", "push", "invite", "tell", "allow", "encourage", "help", "call", "compel", "request", "implore",
        "beg", "instruct", "warn", "permit", "authorize", "authorise", "direct", "lead", "prompt", "get", "convince");

    private Roles() {
    }

    /** Source word of verb {@code v}: its subject, passive agent, or a controller up the tree; -1 if none. */
    /** Prepositions the parser may take for a clause marker before a misread subject (not "for": "for X to go"). */
    private static final Set<String> MISREAD_MARKS = Set.of("on", "with", "in", "at", "during");

    /**
     * Infinitive {@code v} is marked by a preposition standing before its subject {@code subj} ("on Thursday
     * to ease"), which no infinitive takes.
     */
    private static boolean prepositionMarked(Sentence s, int v, int subj) {
        return markedBefore(s, v, subj, MISREAD_MARKS) && s.children(v).stream()
            .anyMatch(c -> "mark".equals(c.deprel()) && c.index() > subj && c.lowerWord().equals("to"));
    }

    /** Clause {@code v} has a marker among {@code words} before word {@code i}. */
    private static boolean markedBefore(Sentence s, int v, int i, Set<String> words) {
        return s.children(v).stream().anyMatch(c -> "mark".equals(c.deprel()) && c.index() < i
            && words.contains(c.lowerWord()));
    }

    /** Verbs whose "with" phrase names the partner of the act they govern ("agreed with X to observe"). */
    private static final Set<String> PARTNERING = Set.of("agree", "work", "cooperate", "coordinate", "team",
        "join", "sign", "reach");

    /**
     * The partner of an act governed by a verb of agreeing: "agreed with Pakistan's military to observe the
     * ceasefire" (also when the parser made the partner the infinitive's subject); -1 when none.
     */
    static int agreementPartner(Sentence s, int v) {
        Token self = s.token(v);
        Token p = s.parent(v);
        if (p == null || !PARTNERING.contains(Syntax.lemma(p))
            || !(self.deprel().equals("xcomp") || self.deprel().equals("advcl"))) {
            return -1;
        }
        Token subj = Syntax.child(s, v, "nsubj");
        if (subj != null && markedBefore(s, v, subj.index(), Set.of("with"))) {
            return subj.index();
        }
        return prepDependent(s, p.index(), "with", "obl");
    }

    /**
     * The main verb the parser hung on a reduced relative it read as the clause ("Iraqi forces backed/VBN by air
     * strikes launched an offensive", "schoolboys abducted by gunmen ... have been freed"): the finite verb
     * left as its loose dependent, or -1 when {@code v} is no such participle.
     */
    static int mainVerbAfterReducedRelative(Sentence s, int v) {
        Token self = s.token(v);
        if (!self.pos().equals("VBN") || Syntax.child(s, v, "nsubj") == null || byAgent(s, v) < 0
            || s.children(v).stream().anyMatch(c -> c.deprel().startsWith("aux"))) {
            return -1;
        }
        Token up = s.parent(v);
        if (self.deprel().startsWith("csubj") && up != null && up.index() > v && up.isVerb()) {
            // "schoolboys abducted by gunmen ... have been freed", with the participle as the clausal subject
            return up.index();
        }
        for (Token c : s.children(v)) {
            if (c.index() > v && (c.deprel().equals("dep") || c.deprel().equals("parataxis"))
                && (FINITE_TAGS.contains(c.pos()) || c.pos().equals("VBN")
                    && s.children(c.index()).stream().anyMatch(a -> a.deprel().startsWith("aux")))) {
                return c.index();
            }
        }
        return -1;
    }

    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");

    /** The participle {@code v} is the main verb of a misread reduced relative: its noun, else -1. */
    private static int reducedRelativeNoun(Sentence s, int v) {
        Token p = s.parent(v);
        if (p != null && mainVerbAfterReducedRelative(s, p.index()) == v) {
            return Syntax.child(s, p.index(), "nsubj").index();
        }
        for (Token c : s.children(v)) {
            if (c.deprel().startsWith("csubj") && mainVerbAfterReducedRelative(s, c.index()) == v) {
                return Syntax.child(s, c.index(), "nsubj").index();
            }
        }
        return -1;
    }

    /** The participle is the last clause of the sentence: no other comma-led clause follows it. */
    private static int lastWordBeforeEnd(Sentence s, int v) {
        for (int i = v + 1; i < s.size(); i++) {
            if (s.token(i).pos().equals(",") && i + 1 < s.size() && s.token(i + 1).isVerb()) {
                return -1;
            }
        }
        return v;
    }

    /**
     * The verb that reports or answers the clause of {@code verb}: "denied [that its jets had struck]", "dismissed
     * demands [that troops leave]"; -1 when the clause is the sentence's own.
     */
    private static int reportingVerb(Sentence s, int verb) {
        Token cur = s.token(verb);
        for (int k = 0; k < 3; k++) {
            Token p = s.parent(cur.index());
            if (p == null) {
                return -1;
            }
            String rel = cur.deprel();
            if (rel.equals("ccomp") && p.isVerb() && Syntax.child(s, cur.index(), "mark") != null) {
                return p.index();
            }
            if ((rel.equals("acl") || rel.equals("ccomp")) && p.isNoun() && "obj".equals(p.deprel())
                && s.parent(p.index()) != null && s.parent(p.index()).isVerb()) {
                return s.parent(p.index()).index();
            }
            if (!rel.equals("conj")) {
                return -1;
            }
            cur = p;
        }
        return -1;
    }

    static int verbSubject(Sentence s, int v, int depth) {
        if (depth > 4) {
            return -1;
        }
        if (mainVerbAfterReducedRelative(s, v) >= 0) {
            // "forces backed by air strikes launched ...": "backed" is done by its "by" phrase
            return byAgent(s, v);
        }
        Token me = s.token(v);
        if (me.pos().equals("VBN") && "acl".equals(me.deprel()) && me.head() >= 0
            && s.token(me.head()).deprel().startsWith("nsubj")) {
            // "Rebels backed by Turkey attacked the town": a passive participle on the clause's subject is done by
            // its "by" phrase
            int by = byAgent(s, v);
            if (by >= 0) {
                return by;
            }
        }
        boolean passive = Syntax.isPassive(s, v);
        int misread = reducedRelativeNoun(s, v);
        if (misread >= 0 && !passive) {
            // "... launched an offensive": the noun the relative modifies is the subject
            return misread;
        }
        for (Token c : s.children(v)) {
            if ("nsubj".equals(c.deprel()) && !passive) {
                Token up = s.parent(v);
                if (up != null && up.isVerb() && prepositionMarked(s, v, c.index())) {
                    // "decided on Thursday to ease sanctions", "agreed with Pakistan's military to observe the
                    // ceasefire": the parser read a prepositional phrase as the infinitive's subject
                    return verbSubject(s, up.index(), depth + 1);
                }
                return antecedent(s, v, c);
            }
        }
        if (passive) {
            return byAgent(s, v);
        }
        int stranded = strandedSubject(s, v);
        if (stranded < 0) {
            stranded = relativeClauseSubject(s, v);
        }
        if (stranded >= 0) {
            return stranded;
        }
        Token self = s.token(v);
        Token p = s.parent(v);
        if (p == null) {
            return -1;
        }
        String rel = self.deprel();
        if (rel.equals("xcomp")) {
            if (OBJECT_CONTROL.contains(Syntax.lemma(p))) {
                Token obj = Syntax.child(s, p.index(), "obj");
                if (obj != null) {
                    return obj.index();
                }
                for (Token c : s.children(p.index())) {
                    if (c.baseRel().equals("obl") && s.hasCase(c.index(), "on")) {
                        return c.index();
                    }
                }
            }
            return p.isVerb() || p.pos().startsWith("JJ") ? verbSubject(s, p.index(), depth + 1) : -1;
        }
        if (rel.equals("conj") && p.isVerb()) {
            Token patient = Syntax.isPassive(s, p.index()) ? Syntax.child(s, p.index(), "nsubj:pass") : null;
            if (patient != null && !Syntax.RELATIVE_PRONOUNS.contains(patient.lowerWord())) {
                // "Boluarte was sworn in as president and called for a political truce": the passive's subject acts
                return patient.index();
            }
            return verbSubject(s, p.index(), depth + 1);
        }
        if (rel.equals("ccomp") && self.pos().equals("VB") && BARE_CAUSATIVES.contains(Syntax.lemma(p))
            && Syntax.child(s, p.index(), "obj") == null && v > p.index()) {
            // "Egypt finally let free the activist", "helped establish a government": no one between the
            // verbs, so the one who lets or helps does it
            return verbSubject(s, p.index(), depth + 1);
        }
        if ((rel.equals("advcl") || rel.equals("dep") || rel.equals("xcomp") || rel.equals("parataxis"))
            && self.pos().equals("VBG") && p.isVerb()) {
            for (Token sib : s.children(p.index())) {
                if (sib.deprel().equals("parataxis") && sib.isVerb() && sib.index() > p.index() && sib.index() < v
                    && v > 0 && s.token(v - 1).pos().equals(",")) {
                    // "agents detained Marrero, Guaido said, calling it a kidnapping": the speaker's words
                    return verbSubject(s, sib.index(), depth + 1);
                }
            }
            if (v > 0 && s.token(v - 1).pos().equals(",") && v == lastWordBeforeEnd(s, v)) {
                int reporter = reportingVerb(s, p.index());
                if (reporter >= 0) {
                    // "denied that its jets had struck targets, calling the allegations baseless", "dismissed U.S.
                    // demands that Eritrean troops leave, calling them baseless": a closing participle after a reported
                    // clause goes with the one who reports it
                    return verbSubject(s, reporter, depth + 1);
                }
            }
            // "stormed the school, killing 132 children"
            return verbSubject(s, p.index(), depth + 1);
        }
        if (gerundReadAsModifier(s, v)) {
            // "established relations with China after cutting ties with Taiwan": the clause's subject
            int clause = objectGovernor(s, p.index());
            return clause >= 0 ? verbSubject(s, clause, depth + 1) : -1;
        }
        if ((rel.equals("amod") || rel.equals("acl")) && self.pos().equals("VBG") && Syntax.isTimeWord(p)
            && s.parent(p.index()) != null && s.parent(p.index()).isVerb()) {
            // "marched on Sunday demanding ...", with the participle hung on the day
            return verbSubject(s, p.head(), depth + 1);
        }
        if (rel.equals("acl") && self.pos().equals("VBG") && p.isNoun()) {
            int issuer = documentIssuer(s, p, depth);
            if (issuer >= 0) {
                // "issued a statement condemning", "adopted a resolution demanding": the one who issued it
                return issuer;
            }
            int clause = v > 0 && s.token(v - 1).pos().equals(",") ? objectGovernor(s, p.index()) : -1;
            if (clause >= 0) {
                // "an explosion damaged the bridge linking Crimea to Russia, killing three people": after a
                // comma the participle tells the clause's outcome, though the parser hung it on the object
                return verbSubject(s, clause, depth + 1);
            }
            Token gov = s.parent(p.index());
            if (MOTIONS.contains(Syntax.lemma(p)) && gov != null && gov.isVerb() && UNADOPTED.contains(Syntax.lemma(gov))) {
                // "vetoed a U.N. Security Council resolution demanding a ceasefire": a text never adopted demands
                // nothing
                return -1;
            }
            return p.index();
        }
        if (rel.equals("advcl") && p.isVerb() && hasMark(s, v, "to")) {
            // "gathered outside the university to demand": a purpose clause shares its subject
            return verbSubject(s, p.index(), depth + 1);
        }
        return -1;
    }

    /** Texts that speak only once adopted: motions, bills, draft resolutions. */
    private static final Set<String> MOTIONS = Set.of("resolution", "motion", "bill", "draft", "legislation", "law",
        "amendment", "measure", "proposal");

    /** Verbs that keep a motion from being adopted: "vetoed", "blocked", "voted down". */
    private static final Set<String> UNADOPTED = Set.of("veto", "block", "reject", "defeat", "scuttle", "torpedo",
        "kill", "oppose", "stall", "shelve", "draft", "propose", "debate", "consider");

    /** Verbs whose bare infinitive, with no object between, is done by their own subject. */
    private static final Set<String> BARE_CAUSATIVES = Set.of("let", "help");

    /** Nouns for what an actor issues, files or publishes, speaking through it. */
    private static final Set<String> DOCUMENTS = Set.of("statement", "report", "resolution", "letter", "communique",
        "communiqué", "declaration", "memo", "memorandum", "complaint", "motion", "bill", "petition", "decree",
        "message", "tweet", "post", "editorial", "dossier", "lawsuit", "suit", "indictment", "speech", "video",
        "note", "notice", "document", "paper", "op-ed", "column", "broadcast", "appeal", "order", "law",
        "legislation", "directive", "regulation", "decision", "ruling", "verdict", "proclamation");

    /** Verbs whose subject authors the document they take: "issued", "adopted", "said in". */
    private static final Set<String> ISSUING = Set.of("issue", "release", "publish", "adopt", "pass", "approve",
        "put", "send", "file", "submit", "table", "present", "post", "write", "unveil", "draft", "circulate", "make",
        "deliver", "give", "lodge", "bring", "sign", "say", "tell", "add", "note", "broadcast", "air", "state",
        "declare", "announce", "distribute", "upload", "tweet", "introduce", "sponsor");

    /**
     * The issuer of a document noun that an act hangs on: "the ministry issued a statement condemning",
     * "Amnesty put out a report accusing", "said in a letter accusing". The subject of the verb that takes
     * the document as its object, or that it is the means of ("in a statement"); -1 otherwise.
     */
    private static int documentIssuer(Sentence s, Token doc, int depth) {
        if (!DOCUMENTS.contains(Syntax.lemma(doc))) {
            return -1;
        }
        Token gov = s.parent(doc.index());
        if (gov == null || !gov.isVerb() || !ISSUING.contains(Syntax.lemma(gov))) {
            // "vetoed a resolution demanding a ceasefire": the one who vetoes it does not demand
            return -1;
        }
        String r = doc.deprel();
        boolean means = r.startsWith("obl") && (s.hasCase(doc.index(), "in") || s.hasCase(doc.index(), "through"));
        if (!r.equals("obj") && !means) {
            return -1;
        }
        return verbSubject(s, gov.index(), depth + 1);
    }

    /** Relations under which the parser leaves a misattached finite verb. */
    private static final Set<String> LOOSE_RELS = Set.of("acl", "dep", "conj", "parataxis", "root");

    /**
     * "..., hitting targets near Homs, and Washington accused Moscow": a finite verb the parser left without
     * a subject, right after a coordinated noun phrase it hung elsewhere. The noun phrase (after "and" or a
     * comma, before the verb and its own time or place phrases) is the subject.
     */
    /** Prepositions the parser may take a subordinate clause's subject for the object of. */
    private static final Set<String> SUBORDINATING = Set.of("after", "before", "since", "until", "as");

    /**
     * "after the junta that seized power in July demanded their departure", parsed as "after the junta" with
     * "demanded" left loose: the noun whose relative clause ends right before the verb is its subject.
     */
    static int relativeClauseSubject(Sentence s, int v) {
        Token self = s.token(v);
        if (!(self.pos().equals("VBD") || self.pos().equals("VBZ") || self.pos().equals("VBP"))
            || !LOOSE_RELS.contains(self.deprel()) || v < 1) {
            return -1;
        }
        int cur = v - 1;
        for (int k = 0; k < 6 && cur >= 0 && cur != v; k++) {
            Token t = s.token(cur);
            if ("acl:relcl".equals(t.deprel())) {
                int n = t.head();
                return n >= 0 && n < v && s.token(n).isNoun() && SUBORDINATING.contains(String.valueOf(s.caseOf(n)))
                    ? n : -1;
            }
            cur = t.head();
        }
        return -1;
    }

    static int strandedSubject(Sentence s, int v) {
        Token self = s.token(v);
        if (!(self.pos().equals("VBD") || self.pos().equals("VBZ") || self.pos().equals("VBP"))
            || !LOOSE_RELS.contains(self.deprel())) {
            return -1;
        }
        int j = v - 1;
        while (j >= 0 && (dominates(s, v, j) || s.token(j).pos().equals("RB"))) {
            j--;
        }
        if (j < 1 || dominates(s, v, j)) {
            return -1;
        }
        Token n = s.token(j);
        if (!(n.pos().startsWith("NN") || n.pos().equals("PRP")) || n.head() == v) {
            return -1;
        }
        int left = j;
        for (Token c : s.children(j)) {
            if (c.index() < left && (c.deprel().equals("compound") || c.deprel().equals("amod")
                || c.deprel().equals("det") || c.deprel().equals("nmod:poss") || c.deprel().equals("case"))) {
                left = c.index();
            }
        }
        if (left < 1) {
            return -1;
        }
        String before = s.token(left - 1).lowerWord();
        return before.equals("and") || before.equals("but") || before.equals("while") ? j : -1;
    }

    /**
     * "India struck nine sites in Pakistan" parsed with "sites" hung elsewhere: the noun phrase right after
     * an object-less active verb (determiners, numbers and modifiers allowed between) is its object, unless
     * it is the verb's own subject or a time word.
     */
    static int linearObject(Sentence s, int v) {
        Token self = s.token(v);
        if (Syntax.child(s, v, "ccomp") != null || self.deprel().equals("amod") || self.deprel().equals("compound")
            || !(self.pos().equals("VBD") || self.pos().equals("VBZ") || self.pos().equals("VBP"))) {
            return -1;
        }
        for (int j = v + 1; j < s.size() && j <= v + 5; j++) {
            Token w = s.token(j);
            String p = w.pos();
            if (p.equals("DT") || p.equals("CD") || p.startsWith("JJ") || p.equals("PRP$")) {
                continue;
            }
            if (!p.startsWith("NN") || w.head() == v || Syntax.isTimeWord(w)) {
                return -1;
            }
            // the head of the noun phrase: the last noun of the run
            int h = j;
            while (h + 1 < s.size() && s.token(h + 1).pos().startsWith("NN")) {
                h++;
            }
            Token head = s.token(h);
            if (head.head() == v || self.head() == h || Syntax.isTimeWord(head) || head.deprel().equals("compound")) {
                return -1;
            }
            return h;
        }
        return -1;
    }

    /** Token {@code d} lies in the subtree of {@code h} (itself excluded). */
    private static boolean dominates(Sentence s, int h, int d) {
        int cur = s.token(d).head();
        for (int k = 0; k < 40 && cur >= 0; k++) {
            if (cur == h) {
                return true;
            }
            cur = s.token(cur).head();
        }
        return false;
    }

    /** Prepositions that take a gerund clause of the main clause's subject ("of", "for", "without" do not). */
    private static final Set<String> TIME_OR_MEANS = Set.of("after", "before", "by", "since", "upon", "while");

    /**
     * A gerund right after a preposition that the parser hung on the noun after it as a modifier: "after
     * cutting ties", "by imposing sanctions", "before signing the deal". The noun is its object.
     */
    /**
     * Whether verb {@code v} heads a relative clause on its object with no pronoun: "a charge the army denied", "a
     * claim Moscow rejected" (its subject is its own, the noun it modifies is what it acts on).
     */
    static boolean objectRelative(Sentence s, int v) {
        Token self = s.token(v);
        Token subj = Syntax.child(s, v, "nsubj");
        boolean finite = FINITE_TAGS.contains(self.pos())
            || self.pos().equals("VBN") && s.children(v).stream().anyMatch(c -> c.deprel().equals("aux"));
        // (not "Derek Chauvin, the officer charged with killing George Floyd": a participle with no auxiliary)
        return finite && "acl:relcl".equals(self.deprel()) && self.head() >= 0 && self.head() < v && subj != null
            && !Syntax.RELATIVE_PRONOUNS.contains(subj.lowerWord()) && Syntax.child(s, v, "obj") == null
            && s.children(v).stream().noneMatch(c -> Syntax.RELATIVE_PRONOUNS.contains(c.lowerWord()));
    }

    static boolean gerundReadAsModifier(Sentence s, int v) {
        Token self = s.token(v);
        return self.pos().equals("VBG") && "amod".equals(self.deprel()) && v > 0 && self.head() > v
            && TIME_OR_MEANS.contains(s.token(v - 1).lowerWord()) && s.token(v - 1).head() == self.head();
    }

    /**
     * A participle right after a verb that the parser made that verb's dependent, as the tagger read an
     * adjective ("imposed sweeping/VBG new sanctions") as a verb.
     */
    static boolean participleAfterVerb(Sentence s, Token p) {
        Token gp = s.parent(p.index());
        return p.pos().equals("VBG") && gp != null && gp.isVerb() && p.index() == gp.index() + 1
            && (p.deprel().equals("dep") || p.deprel().equals("xcomp") || p.deprel().equals("ccomp"));
    }

    /** Relations by which a noun is the object (or prepositional object) of what governs it. */
    private static final Set<String> OBJECT_RELS = Set.of("obj", "obl", "nmod", "iobj");

    /** The verb whose object (or prepositional object, possibly nested) noun {@code n} is, or -1. */
    static int objectGovernor(Sentence s, int n) {
        return governingVerb(s, n, 3, OBJECT_RELS);
    }

    /**
     * The nearest verb above word {@code n} within {@code hops} steps, climbing only through {@code rels}
     * (any relation when null), or -1.
     */
    static int governingVerb(Sentence s, int n, int hops, Set<String> rels) {
        int i = n;
        for (int k = 0; k < hops; k++) {
            Token t = s.token(i);
            if (rels != null && !rels.contains(t.baseRel()) || t.head() < 0) {
                return -1;
            }
            Token h = s.parent(i);
            if (h.isVerb()) {
                return h.index();
            }
            i = h.index();
        }
        return -1;
    }

    static boolean hasMark(Sentence s, int v, String mark) {
        for (Token c : s.children(v)) {
            if ("mark".equals(c.deprel()) && c.lowerWord().equals(mark)) {
                return true;
            }
        }
        return false;
    }

    /** Passive agent: the "by" phrase of {@code v}. */
    static int byAgent(Sentence s, int v) {
        for (Token c : s.children(v)) {
            String rel = c.deprel();
            if ((rel.startsWith("obl") || rel.startsWith("nmod")) && s.hasCase(c.index(), "by")) {
                return c.index();
            }
        }
        return -1;
    }

    /** A relative pronoun subject stands for the noun its clause modifies. */
    static int antecedent(Sentence s, int v, Token subj) {
        if (Syntax.RELATIVE_PRONOUNS.contains(subj.lowerWord())) {
            Token self = s.token(v);
            if (self.deprel() != null && self.deprel().startsWith("acl") && self.head() >= 0) {
                return self.head();
            }
            return -1;
        }
        return subj.index();
    }

    /** First target word of verb {@code v} by the sense's preference list; -1 when none. */
    static int verbTarget(Sentence s, int v, Sense sense) {
        boolean passive = Syntax.isPassive(s, v);
        Token self = s.token(v);
        for (String role : sense.targets()) {
            int t = -1;
            if (role.equals("obj")) {
                if (mainVerbAfterReducedRelative(s, v) >= 0) {
                    // "schoolboys abducted by gunmen ... have been freed": the noun is what was done to
                    t = Syntax.child(s, v, "nsubj").index();
                } else if (passive) {
                    Token sp = Syntax.child(s, v, "nsubj:pass");
                    if (sp == null) {
                        // "fishermen, held captive for 100 days, have been freed": the parser labels the subject
                        // of a passive it marks with "been" as active
                        sp = Syntax.child(s, v, "nsubj");
                    }
                    t = sp == null ? reducedRelativeNoun(s, v) : antecedent(s, v, sp);
                    if (t < 0 && "acl".equals(self.deprel()) && self.pos().equals("VBN") && self.head() >= 0) {
                        t = self.head();
                    }
                } else if ("acl".equals(self.deprel()) && self.pos().equals("VBN") && self.head() >= 0) {
                    // "the soldiers killed in the attack": a passive participle modifies its patient
                    t = self.head();
                } else if (gerundReadAsModifier(s, v)) {
                    // "after cutting ties with Taiwan", parsed as if "cutting" described the ties
                    t = self.head();
                } else {
                    Token o = Syntax.child(s, v, "obj");
                    if (o == null && !sense.targets().contains("iobj") && Syntax.child(s, v, "xcomp") == null) {
                        // "freed the activist Mohamed Soltan", parsed as if the activist received the name
                        o = Syntax.child(s, v, "iobj");
                    }
                    if (o == null && objectRelative(s, v)) {
                        // "a charge the army denied": the noun an object relative clause modifies
                        t = self.head();
                    } else {
                        t = o == null ? linearObject(s, v) : o.index();
                    }
                    if (t < 0) {
                        t = complementSubject(s, v);
                    }
                }
            } else if (role.equals("iobj")) {
                Token o = Syntax.child(s, v, "iobj");
                t = o == null ? -1 : o.index();
            } else {
                t = prepDependent(s, v, role, "obl");
                if (t < 0 && role.equals(sense.particle())) {
                    // "called on the United Nations to": the particle's object may parse as the verb's
                    Token o = Syntax.child(s, v, "obj");
                    t = o == null ? -1 : o.index();
                }
                if (t < 0 && role.equals(sense.particle())) {
                    // "called on government forces to hand over": or the particle as the clause's marker
                    t = markedClauseSubject(s, v, role);
                }
                if (t < 0) {
                    // "fired tear gas at the crowds", "provided an additional $2 million in assistance to Fiji":
                    // the phrase may hang on the object, or deeper inside the object's phrase
                    Token o = Syntax.child(s, v, "obj");
                    if (o != null) {
                        t = prepInside(s, o.index(), role, 0);
                    } else if (gerundReadAsModifier(s, v)) {
                        t = prepInside(s, self.head(), role, 0);
                    }
                }
            }
            if (t >= 0 && !Syntax.isTimeWord(s.token(t))) {
                return t;
            }
        }
        return -1;
    }

    /**
     * "helped Israel intercept the drones", "to help the government fight insurgents": the object of a verb
     * with a bare-infinitive complement, which the parser makes the complement's subject.
     */
    static int complementSubject(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if ((c.deprel().equals("ccomp") || c.deprel().equals("xcomp")) && c.pos().equals("VB") && c.index() > v
                && Syntax.child(s, c.index(), "aux") == null && Syntax.child(s, c.index(), "mark") == null) {
                Token subj = Syntax.child(s, c.index(), "nsubj");
                if (subj != null && subj.index() > v && subj.index() < c.index()) {
                    return subj.index();
                }
            }
        }
        return -1;
    }

    /** The subject of a clause under {@code v} that the parser marked with {@code word} ("on X to V"). */
    static int markedClauseSubject(Sentence s, int v, String word) {
        for (Token c : s.children(v)) {
            if ((c.deprel().equals("advcl") || c.deprel().equals("ccomp") || c.deprel().equals("xcomp"))
                && s.children(c.index()).stream().anyMatch(m -> m.deprel().equals("mark") && m.lowerWord().equals(word))) {
                Token subj = Syntax.child(s, c.index(), "nsubj");
                if (subj != null && subj.index() < c.index()) {
                    return subj.index();
                }
            }
        }
        return -1;
    }

    /** An "nmod" introduced by {@code prep} in the phrase of noun {@code n}, searched three levels down. */
    private static int prepInside(Sentence s, int n, String prep, int depth) {
        int t = prepDependent(s, n, prep, "nmod");
        if (t >= 0 || depth >= 2) {
            return t;
        }
        for (Token c : s.children(n)) {
            String r = c.deprel();
            if (r.equals("amod") || r.equals("dep") || r.equals("nummod") || r.equals("compound") || r.equals("nmod")) {
                int d = prepInside(s, c.index(), prep, depth + 1);
                if (d >= 0) {
                    return d;
                }
            }
        }
        return -1;
    }

    /** A dependent of {@code head} with relation {@code relPrefix} introduced by preposition {@code prep}. */
    static int prepDependent(Sentence s, int head, String prep, String relPrefix) {
        for (Token c : s.children(head)) {
            if (c.deprel().startsWith(relPrefix) && s.hasCase(c.index(), prep)
                && !Syntax.isTimeWord(c)) {
                return c.index();
            }
        }
        return -1;
    }

    /** Agent of a nominal predicate: possessor, "by" phrase, or an actor-naming modifier. */
    static int nounAgent(Sentence s, int n) {
        for (Token c : s.children(n)) {
            if ("nmod:poss".equals(c.deprel()) && !c.isPronoun()) {
                return c.index();
            }
        }
        for (Token c : s.children(n)) {
            if (c.deprel().startsWith("nmod") && s.hasCase(c.index(), "by")) {
                return c.index();
            }
        }
        return -1;
    }

    /**
     * The thing a free relative names as the verb's object: "struck what New Delhi called a training camp" (the
     * naming verb's second object), "struck what the army said were Hezbollah depots" (the copular clause's noun);
     * -1 when the verb has no such object.
     */
    static int freeRelativeObject(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if (!c.deprel().equals("ccomp")) {
                continue;
            }
            if (c.isVerb()) {
                Token what = Syntax.child(s, c.index(), "obj");
                if (what == null || !what.lowerWord().equals("what") || what.index() > c.index()) {
                    continue;
                }
                for (Token o : s.children(c.index())) {
                    if ((o.deprel().equals("obj") || o.deprel().equals("xcomp")) && o.index() > c.index() && o.isNoun()) {
                        return o.index();
                    }
                }
            } else if (c.isNoun()) {
                for (Token cs : s.children(c.index())) {
                    Token what = cs.deprel().equals("csubj") ? Syntax.child(s, cs.index(), "obj") : null;
                    if (what != null && what.lowerWord().equals("what")) {
                        return c.index();
                    }
                }
            }
        }
        return -1;
    }

    /**
     * The first of the sides named after "between" on {@code n} ("the army" in "fighting between the army and Fano
     * militiamen"), when there are two or more; -1 otherwise.
     */
    static int betweenSides(Sentence s, int n) {
        int b = prepDependent(s, n, "between", "nmod");
        if (b < 0) {
            b = prepDependent(s, n, "between", "obl");
        }
        return b >= 0 && !s.children(b, "conj").isEmpty() ? b : -1;
    }

    /** Target of a nominal predicate: a dependent introduced by one of the sense's prepositions. */
    static int nounTarget(Sentence s, int n, Sense sense) {
        for (String role : sense.targets()) {
            if (role.equals("obj") || role.equals("iobj")) {
                continue;
            }
            int t = prepDependent(s, n, role, "nmod");
            if (t >= 0) {
                return t;
            }
        }
        return -1;
    }

    /**
     * A party hanging on the verb's object, or on a conjunct of it, by one of {@code preps}: "Taiwan" in
     * "halted imports of citrus fruit and some fish from Taiwan"; -1 when none.
     */
    static int objectModifier(Sentence s, int v, java.util.Collection<String> preps) {
        Token o = Syntax.child(s, v, "obj");
        if (o == null) {
            return -1;
        }
        List<Token> heads = new ArrayList<>();
        heads.add(o);
        heads.addAll(s.children(o.index(), "conj"));
        for (Token h : heads) {
            for (Token c : s.children(h.index())) {
                String prep = s.caseOf(c.index());
                if (c.deprel().startsWith("nmod") && prep != null && preps.contains(prep)) {
                    return c.index();
                }
            }
        }
        return -1;
    }
}
