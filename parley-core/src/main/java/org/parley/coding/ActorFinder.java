package org.parley.coding;

import org.parley.actors.ActorResolver;
import org.parley.model.Actor;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Says who a word stands for: resolves a mention to an actor (through pronouns, counted phrases and the
 * article's home country), finds the actor behind an act or inside an unresolved phrase, and decides
 * which actors are political. Reads, but never changes, the {@link CodingContext}. Stateless and
 * thread-safe.
 */
final class ActorFinder {
    /** Pronouns that may stand for the last named person or group. */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they");

    /** Listeners who are told news, not party to it: "told reporters they would withdraw". */
    private static final Set<String> PRESS = Set.of("reporters", "journalists", "correspondents", "media", "audiences",
        "viewers", "listeners", "readers");
    /** Adjectives of "made it clear (that) it will": their clause is told by the subject of "made". */
    private static final Set<String> CLEAR = Set.of("clear", "plain", "known");
    private static final Set<String> WEAK_SECTORS = Set.of("CVL", "REF", "LAB", "EDU", "REL", "HLH", "MED", "BUS",
        "CRM", "ELI");
    /** Sectors whose protests are popular protests. */
    static final Set<String> POPULAR_SECTORS = Set.of("OPP", "CVL", "LAB", "EDU", "REL", "REF", "HLH");
    private static final java.util.regex.Pattern REGIONAL = java.util.regex.Pattern.compile(
        "\\b(western|arab|european|african|asian|southeast asian|gulf|nordic|baltic|latin american|west african|"
            + "east african|world|international|g7|g20|nato|eu|muslim|islamic|allied)\\b");
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "INS", "UAF", "IGO");
    private static final Set<String> SPORT_SAFE_SECTORS = Set.of("MIL", "COP", "REB", "INS", "UAF", "IGO", "SPY");
    /** Sectors whose bare mentions ("police", "the government") belong to the article's country. */
    private static final Set<String> DOMESTIC_SECTORS = Set.of("COP", "JUD", "LEG", "PTY", "OPP", "CVL");
    /** A country-less government or army named as the state's own: "government forces", "the army". */
    private static final java.util.regex.Pattern STATE_FORCES = java.util.regex.Pattern.compile(
        "^(the )?(government|army|military|armed forces|security forces|cabinet|interior ministry|defen[cs]e ministry)"
            + "( forces| troops| soldiers| officials)?$");
    /** Modifiers that say an actor is not the article's own: "foreign governments", "Western diplomats". */
    private static final Set<String> NOT_HOME = Set.of("foreign", "western", "international", "other", "outside",
        "overseas", "regional", "global", "european", "arab", "african", "asian", "neighbouring", "neighboring");

    private final Lexicon lex;
    private final ActorResolver actors;

    ActorFinder(Lexicon lex, ActorResolver actors) {
        this.lex = lex;
        this.actors = actors;
    }

    /** Heads that, owned by a pronoun, stand for the owner's state: "his country", "their government". */
    private static final Set<String> OWN_STATE = Set.of("country", "nation", "government", "state", "administration",
        "cabinet");
    /** Of those, the heads that stand for the owner's government itself: "his administration". */
    private static final Set<String> OWN_GOVERNMENT = Set.of("government", "administration", "cabinet");

    /** How deep one reading of an actor may go through the words it stands for (pronouns, owners, patrons). */
    private static final int MAX_DEPTH = 12;
    /** The depth of the reading under way on each thread. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * The actor word {@code i} stands for; never null, unresolved when nothing is known. A reading that goes through
     * too many words it stands for (a pronoun read through a phrase read through a pronoun ...) stops at the name
     * itself.
     */
    Actor actor(Sentence s, int i, CodingContext ctx) {
        int[] d = depth.get();
        if (d[0] >= MAX_DEPTH) {
            return home(actors.resolve(s, i, ctx.date()), ctx);
        }
        d[0]++;
        try {
            return read(s, i, ctx);
        } finally {
            d[0]--;
        }
    }

    private Actor read(Sentence s, int i, CodingContext ctx) {
        Token t = s.token(i);
        if (t.pos().equals("CD") || t.isNoun()) {
            // "15 of them": the pronoun inside a counted phrase
            for (Token c : s.children(i)) {
                if (c.isPronoun() && c.deprel().startsWith("nmod") && s.hasCase(c.index(), "of")) {
                    Actor inner = actor(s, c.index(), ctx);
                    if (inner.isResolved()) {
                        return new Actor(s.span(Math.min(i, c.index()), Math.max(i, c.index())), inner.name(),
                            inner.id(), inner.country(), inner.sector(), inner.members());
                    }
                }
            }
        }
        String w = t.lowerWord();
        Token clause = s.parent(i);
        if (Syntax.RELATIVE_PRONOUNS.contains(w) && !w.equals("whose") && clause != null
            && "acl:relcl".equals(clause.deprel()) && clause.head() >= 0 && clause.head() != i
            && !s.token(clause.head()).isPronoun()) {
            // "the Chinese consulate in Houston, which U.S. officials accused of spying": the noun the clause modifies
            return actor(s, clause.head(), ctx);
        }
        if (t.isPronoun()) {
            Actor ante = null;
            int named = (w.equals("him") || w.equals("her") && t.pos().equals("PRP")) ? personBefore(s, i)
                : (w.equals("it") || w.equals("them")) && !t.deprel().startsWith("nsubj") && !t.deprel().equals("expl")
                    && !subjectOfNext(s, i) ? partyBefore(s, i, w.equals("them"), ctx) : -1;
            if (named >= 0) {
                ante = actor(s, named, ctx);
            } else if (PERSON_PRONOUNS.contains(w) || w.equals("him") || w.equals("her")) {
                ante = ctx.lastPerson();
            } else if (w.equals("them") && ctx.lastPatient() != null && !ctx.lastPatient().flatten().stream()
                .allMatch(a -> a.id() != null && a.id().startsWith("PER:"))) {
                // "expelled 45 Russian diplomats, accusing them of spying": the last ones acted upon
                ante = ctx.lastPatient();
            } else if (w.equals("them") || GROUP_PRONOUNS.contains(w)) {
                ante = ctx.lastGroup();
            }
            if (ante != null && named < 0 && (w.equals("it") || w.equals("them")) && !t.deprel().startsWith("nsubj")) {
                // "the militants ... threatened to kill them": an object pronoun is not its own clause's subject
                int own = ownSubject(s, i);
                if (own >= 0 && own != i && sameActor(actor(s, own, ctx), ante)) {
                    ante = null;
                }
            }
            if (ante == null) {
                return Actor.simple(t.word(), null, null, null, null);
            }
            // the pronoun as written, standing for its antecedent (named by it when the KB has no name)
            return new Actor(t.word(), ante.name() != null ? ante.name() : ante.text(), ante.id(), ante.country(),
                ante.sector(), ante.members());
        }
        Actor a = home(actors.resolve(s, i, ctx.date()), ctx);
        if (t.isNoun() && !t.isProperNoun()) {
            for (Token c : s.children(i)) {
                if ((c.deprel().equals("dep") || c.deprel().equals("appos")) && c.isProperNoun()
                    && "PERSON".equals(c.ner()) && c.index() > i && c.index() <= i + 3) {
                    // "his Chinese counterpart Wang Yi", with the name hung loose on the title: the person named
                    Actor named = actor(s, c.index(), ctx);
                    String text = s.span(Math.min(i, firstOfPhrase(s, i)), c.index());
                    return named.id() != null
                        ? new Actor(text, named.name(), named.id(), named.country(), named.sector(), named.members())
                        : new Actor(text, a.name(), a.id(), a.country(), a.sector(), a.members());
                }
            }
            if (a.id() == null && a.name() == null && a.members().isEmpty()) {
                for (Token c : s.children(i)) {
                    if (c.deprel().equals("appos") && c.index() > i && c.isProperNoun() && "PERSON".equals(c.ner())) {
                        // "His daughter, Vice President Sara Duterte, called the arrest a kidnapping": the one the
                        // apposition names
                        Actor named = actor(s, c.index(), ctx);
                        if (named.isResolved()) {
                            return new Actor(named.text(), named.name(), named.id(), named.country(), named.sector(),
                                named.members());
                        }
                    }
                }
            }
        }
        if (!a.isResolved() && t.isProperNoun() && s.children(i).stream()
            .noneMatch(c -> c.deprel().equals("compound") || c.deprel().equals("flat"))) {
            // "Joseph declared a state of siege" after "interim Prime Minister Claude Joseph said": the person named
            // in full before, whatever the tagger makes of the bare surname ("Sogavare" is no PERSON to it alone)
            for (CodingContext.FullName named : ctx.fullNames(t.word())) {
                if (named.sentence() == s && named.head() == i) {
                    continue;
                }
                Actor full = ctx.fullNameActor(named, n -> actor(n.sentence(), n.head(), ctx));
                if (full.isResolved()) {
                    return new Actor(a.text(), full.name() != null ? full.name() : full.text(), full.id(), full.country(),
                        full.sector(), full.members());
                }
            }
        }
        Token poss = Syntax.child(s, i, "nmod:poss");
        if ((!a.isResolved() || a.country() == null) && poss != null && poss.isPronoun()
            && OWN_STATE.contains(Syntax.lemma(t))) {
            // "Putin said his country will not lift the ban", "Biden warned that his administration was considering
            // sanctions": the state of the nearest subject named before
            int ante = subjectBefore(s, poss.index(), false);
            Actor owner = ante >= 0 ? actor(s, ante, ctx) : null;
            if (owner != null && owner.country() != null && !owner.isCompound()) {
                return Actor.simple(a.text(), null, null, owner.country(),
                    OWN_GOVERNMENT.contains(Syntax.lemma(t)) ? "GOV" : null);
            }
        }
        if (a.id() == null && poss != null && poss.isPronoun() && (poss.lowerWord().equals("its")
            || poss.lowerWord().equals("their")) && lex.nounIs(t, "armed-member")) {
            // "Al Shabaab said in a statement that its fighters had killed several Somali soldiers": the group's own
            int ante = subjectBefore(s, poss.index(), false);
            Actor owner = ante >= 0 ? actor(s, ante, ctx) : null;
            if (owner != null && owner.id() != null && owner.sector() != null && NON_STATE_ARMED.contains(owner.sector())
                && !owner.isCompound()) {
                return standingFor(a.text(), owner);
            }
        }
        Token det = Syntax.child(s, i, "det");
        if (a.id() == null && det != null && det.lowerWord().equals("the") && lex.nounIs(t, "armed-member")
            && ctx.lastArmedGroup() != null && genericallyArmed(s, i)) {
            // "Taliban fighters entered Kabul ... The insurgents had earlier seized Jalalabad": the group named before
            return standingFor(a.text(), ctx.lastArmedGroup());
        }
        if (a.id() == null && a.country() == null && SPOKES.contains(Syntax.lemma(t))) {
            for (Token c : s.children(i)) {
                if (c.deprel().startsWith("nmod") && s.hasCase(c.index(), "for") && c.index() > i) {
                    // "a spokesman for the group said ...": the side he speaks for
                    Actor side = actor(s, c.index(), ctx);
                    if (side.id() != null || side.country() != null) {
                        return standingFor(a.text(), side);
                    }
                }
            }
        }
        int patron = a.id() == null && a.country() == null && t.isNoun() ? patronOf(s, i) : -1;
        Actor p = patron >= 0 ? actor(s, patron, ctx) : null;
        if (p != null && (p.id() != null || p.country() != null) && !p.isCompound()) {
            // "hackers linked to the Iranian government", "fighters loyal to Haftar", "militias backed by Iran": the
            // side they act for (named by it only when it is an organisation)
            boolean org = p.id() != null && p.id().startsWith("ORG:");
            return new Actor(a.text(), org ? p.name() : null, org ? p.id() : null, p.country(),
                a.sector() != null ? a.sector() : p.sector(), List.of());
        }
        if (!a.isResolved() && PAIR.matcher(s.token(i).lowerWord()).matches()) {
            Actor pair = pairBefore(s, i, ctx);
            if (pair != null) {
                return new Actor(a.text(), pair.text(), null, null, null, pair.members());
            }
        }
        return a;
    }

    /** A phrase as written that stands for {@code who}: "its fighters" for al-Shabaab, "the insurgents" for the Taliban. */
    private static Actor standingFor(String text, Actor who) {
        return new Actor(text, who.name(), who.id(), who.country(), who.sector(), List.of());
    }

    /** Participles of tie: "linked to", "affiliated with". */
    private static final Set<String> TIES = Set.of("link", "affiliate", "ally", "align", "tie", "connect", "associate");
    /** Participles of patronage: "backed by", "sponsored by". */
    private static final Set<String> PATRONAGE = Set.of("back", "support", "sponsor", "fund", "arm", "finance");

    /** The side a phrase is said to act for: "loyal to Haftar", "linked to the Iranian government", "backed by Iran". */
    private static int patronOf(Sentence s, int head) {
        for (Token c : s.children(head)) {
            String l = Syntax.lemma(c);
            if (c.deprel().equals("amod") && l.equals("loyal")) {
                int to = Roles.prepDependent(s, c.index(), "to", "obl");
                return to >= 0 ? to : Roles.prepDependent(s, c.index(), "to", "nmod");
            }
            if (c.deprel().equals("acl") && c.pos().equals("VBN") && TIES.contains(l)) {
                int to = Roles.prepDependent(s, c.index(), "to", "obl");
                return to >= 0 ? to : Roles.prepDependent(s, c.index(), "with", "obl");
            }
            if (c.deprel().equals("acl") && c.pos().equals("VBN") && PATRONAGE.contains(l)) {
                return Roles.prepDependent(s, c.index(), "by", "obl");
            }
        }
        return -1;
    }

    /** Modifiers that keep "group" armed: "the rebel group", "the militant group". */
    private static final Set<String> ARMED_MODIFIERS = Set.of("rebel", "militant", "armed", "jihadist", "islamist",
        "insurgent", "extremist", "terrorist", "separatist", "guerrilla", "guerilla", "paramilitary");

    /**
     * The phrase headed by {@code i} names an armed group by kind only: "the insurgents", "the group", "the rebel
     * group", not "the Kurdish fighters" (another group) or "the rights group" (no armed group at all).
     */
    private static boolean genericallyArmed(Sentence s, int i) {
        for (Token c : s.children(i)) {
            if (!c.deprel().equals("compound") && !c.deprel().equals("amod")) {
                continue;
            }
            if (c.isProperNoun() || c.ner() != null && !c.ner().equals("O")
                || Syntax.lemma(s.token(i)).equals("group") && !ARMED_MODIFIERS.contains(c.lowerWord())) {
                return false;
            }
        }
        return true;
    }

    /** Sectors of a non-state armed group. */
    static final Set<String> NON_STATE_ARMED = Set.of("REB", "INS", "UAF");

    /** Heads of a phrase that speaks for another: "a spokesman for the group". */
    static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson");

    /** Head nouns of "the two countries", "both sides", "the two leaders". */
    private static final java.util.regex.Pattern PAIR = java.util.regex.Pattern.compile(
        "countries|nations|sides|governments|leaders|neighbou?rs|rivals|states|presidents");

    /**
     * "Obama said Washington would lift its embargo on Vietnam, and the two countries agreed": the last two
     * distinct countries named before the phrase in the sentence, or else the two states of the last act told.
     */
    private Actor pairBefore(Sentence s, int i, CodingContext ctx) {
        boolean pair = false;
        for (Token c : s.children(i)) {
            String w = c.lowerWord();
            if ((c.deprel().equals("nummod") && w.equals("two")) || (c.deprel().equals("det") && w.equals("both"))) {
                pair = true;
            }
        }
        if (!pair) {
            return null;
        }
        List<Actor> found = new java.util.ArrayList<>();
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (int j = i - 1; j >= 0 && found.size() < 2; j--) {
            Token c = s.token(j);
            if (!c.isProperNoun() || c.deprel().equals("compound")) {
                continue;
            }
            Actor x = home(actors.resolve(s, j, ctx.date()), ctx);
            if (x.country() != null && !x.isCompound() && countries.add(x.country())) {
                found.add(0, x);
            }
        }
        if (found.size() < 2) {
            return lastPair(ctx);
        }
        return group(found);
    }

    /**
     * "Kyrgyz and Tajik border guards clashed ... The two sides agreed to pull back": the parties of the last act
     * told, when they are two states (a two-state source, or a source and a target of different states).
     */
    private static Actor lastPair(CodingContext ctx) {
        Actor doer = ctx.lastDoer();
        if (doer == null) {
            return null;
        }
        if (doer.isCompound() && doer.members().size() == 2 && doer.members().get(0).country() != null
            && doer.members().get(1).country() != null
            && !doer.members().get(0).country().equals(doer.members().get(1).country())) {
            return doer;
        }
        Actor patient = ctx.lastPatient();
        if (patient == null || doer.isCompound() || patient.isCompound() || doer.country() == null
            || patient.country() == null || doer.country().equals(patient.country())) {
            return null;
        }
        return group(List.of(doer, patient));
    }

    /** Several actors as one party: the actor itself when there is one, else a compound "A, B and C". */
    static Actor group(List<Actor> members) {
        if (members.size() == 1) {
            return members.get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                sb.append(i == members.size() - 1 ? " and " : ", ");
            }
            sb.append(members.get(i).text());
        }
        return new Actor(sb.toString(), null, null, null, null, members);
    }

    /** Gives a country-less domestic actor the article's home country. */
    private static Actor home(Actor a, CodingContext ctx) {
        String lower = a.text().toLowerCase(Locale.ROOT);
        for (String w : NOT_HOME) {
            if (lower.startsWith(w + " ") || lower.contains(" " + w + " ")) {
                return a;
            }
        }
        if (ctx.homeCountry() == null || a.country() != null || a.id() != null || a.sector() == null
            || !(DOMESTIC_SECTORS.contains(a.sector()) || STATE_FORCES.matcher(lower).find()
                && (a.sector().equals("GOV") || a.sector().equals("MIL")))) {
            if (a.isCompound()) {
                List<Actor> ms = a.members().stream().map(m -> home(m, ctx)).toList();
                return new Actor(a.text(), a.name(), a.id(), a.country(), a.sector(), ms);
            }
            return a;
        }
        return new Actor(a.text(), a.name(), a.id(), ctx.homeCountry(), a.sector(), a.members());
    }

    /**
     * The person an object pronoun at {@code pron} stands for in its own sentence: the nearest name before it that
     * is not the subject of the pronoun's own verb ("expelled U.S. Ambassador Philip Goldberg, accusing him", "Trump
     * recognised him" after "Juan Guaido declared himself president"), or -1.
     */
    private int personBefore(Sentence s, int pron) {
        Token verb = governingVerb(s, pron);
        Token own = verb == null ? null : Syntax.child(s, verb.index(), "nsubj");
        for (int j = pron - 1; j >= 0; j--) {
            Token c = s.token(j);
            // a name, or an envoy named by office ("recall its ambassador ..., after the junta ordered him to leave")
            boolean person = "PERSON".equals(c.ner()) && c.isProperNoun()
                || c.pos().equals("NN") && lex.nounIs(c, "diplomat");
            if (!person || c.deprel().equals("compound") || c.deprel().equals("flat") || own != null && own.index() == j) {
                continue;
            }
            return j;
        }
        return -1;
    }

    /**
     * The party an object "it" or "them" at {@code pron} stands for in its own sentence: the nearest noun phrase before
     * it, of the pronoun's number, that names a political party and is not the subject of the pronoun's own verb
     * ("cut diplomatic ties with Qatar on Monday, accusing it", "sued U.S. gun manufacturers ..., accusing them"), or
     * -1.
     */
    private int partyBefore(Sentence s, int pron, boolean plural, CodingContext ctx) {
        int own = ownSubject(s, pron);
        Actor owner = own >= 0 ? actor(s, own, ctx) : null;
        for (int j = pron - 1; j >= 0; j--) {
            Token c = s.token(j);
            String rel = c.deprel();
            if (!c.isNoun() || rel.equals("compound") || rel.equals("flat") || j == own
                || c.pos().endsWith("S") != plural || c.isPronoun() || s.dominates(j, pron)
                || s.children(j).stream().anyMatch(Token::isPronoun)) {
                // (not the phrase the pronoun is in, "two of them", nor one that names a pronoun of its own: each
                // would be read through a pronoun again)
                continue;
            }
            Actor a = actor(s, j, ctx);
            // (not the subject named again: "clashed with police ..., and police fired tear gas to disperse them")
            if (political(a, ctx, false) && (own < 0 || !s.token(own).lowerWord().equals(c.lowerWord())
                && !sameActor(owner, a))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The subject of an object pronoun's verb, or of the verb it depends on when it has none ("..., accusing it":
     * the one accusing; "threatened to kill them": the ones threatening), or -1.
     */
    private static int ownSubject(Sentence s, int pron) {
        for (Token v = governingVerb(s, pron); v != null && v.isVerb(); v = s.parent(v.index())) {
            Token subj = Syntax.child(s, v.index(), "nsubj");
            if (subj != null) {
                return subj.index();
            }
        }
        return -1;
    }

    /** The verb an object pronoun's phrase hangs on: "brokered a deal between him and the Kremlin". */
    private static Token governingVerb(Sentence s, int pron) {
        Token verb = s.parent(pron);
        while (verb != null && !verb.isVerb() && s.parent(verb.index()) != null) {
            verb = s.parent(verb.index());
        }
        return verb;
    }

    /** "warned it could withdraw ...", with "it" read as the object: a pronoun right before a verb is its subject. */
    private static boolean subjectOfNext(Sentence s, int i) {
        return i + 1 < s.size() && (s.token(i + 1).pos().equals("MD") || s.token(i + 1).pos().startsWith("VB"));
    }

    /** The nearest subject before word {@code i} that is not a pronoun (and a person's name if asked), or -1. */
    private static int subjectBefore(Sentence s, int i, boolean person) {
        for (int j = i - 1; j >= 0; j--) {
            Token c = s.token(j);
            if (c.deprel().startsWith("nsubj") && !c.isPronoun() && (!person || "PERSON".equals(c.ner()))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "The administration announced it was pulling out": a pronoun subject of a complement clause
     * stands for the subject of the clause that governs it, when that one is a noun phrase.
     */
    int pronounAntecedent(Sentence s, int pron) {
        int a = clauseAntecedent(s, pron);
        if (a == pron && PERSON_PRONOUNS.contains(s.token(pron).lowerWord())) {
            // "a day after President Tsai returned from a trip during which she met McCarthy": the nearest
            // person named as a subject earlier in the sentence
            int person = subjectBefore(s, pron, true);
            if (person >= 0) {
                return person;
            }
        }
        return a;
    }

    private int clauseAntecedent(Sentence s, int pron) {
        String w = s.token(pron).lowerWord();
        if (!PERSON_PRONOUNS.contains(w) && !GROUP_PRONOUNS.contains(w)) {
            return pron;
        }
        int cur = s.token(pron).head();
        for (int k = 0; k < 4 && cur >= 0; k++) {
            Token v = s.token(cur);
            String rel = v.deprel();
            boolean madeClear = rel != null && rel.equals("parataxis") && pron > 0
                && CLEAR.contains(s.token(pron - 1).lowerWord());
            if (rel == null || !(rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("conj") || madeClear)) {
                return pron;
            }
            Token p = s.parent(cur);
            if (p == null) {
                return pron;
            }
            // "has made it clear it will not lift the ban", the clause left beside "made", is told by its subject
            if (!madeClear && rel.equals("ccomp") && (p.index() > pron
                || lex.cues(Syntax.lemma(p)).isEmpty() && !CLEAR.contains(p.lowerWord()))) {
                // "They opened fire ..., police said": a report after the fact is not the pronoun's antecedent
                return pron;
            }
            Token subj = Syntax.child(s, p.index(), "nsubj");
            int listener = toldListener(s, pron);
            if (listener >= 0) {
                return listener;
            }
            if (subj != null && !subj.isPronoun()) {
                boolean person = PERSON_PRONOUNS.contains(w);
                boolean looksPerson = subj.isProperNoun() && "PERSON".equals(subj.ner());
                if (person == looksPerson || !person && !subj.isProperNoun() || person && subj.isProperNoun()) {
                    return subj.index();
                }
                return pron;
            }
            cur = p.index();
        }
        return pron;
    }

    /**
     * The plural that "they" stands for when its clause is told to that plural by one party: "Khamenei had warned
     * opposition leaders they would be held responsible" ("they" cannot be the one who warns); not the press ("told
     * reporters they would withdraw"). -1 when the pronoun is no such subject.
     */
    int toldListener(Sentence s, int pron) {
        Token v = s.parent(pron);
        if (!s.token(pron).lowerWord().equals("they") || v == null || !"ccomp".equals(v.deprel())) {
            return -1;
        }
        Token p = s.parent(v.index());
        Token subj = Syntax.child(s, p.index(), "nsubj");
        Token listener = Syntax.child(s, p.index(), "obj");
        boolean plural = listener != null && listener.pos().startsWith("NN") && listener.pos().endsWith("S");
        if (!plural || listener.index() > pron || PRESS.contains(listener.lowerWord())
            || subj != null && subj.pos().endsWith("S")) {
            return -1;
        }
        return listener.index();
    }

    /** The actor that speaks cue word {@code cue}: its subject (through a pronoun) or, for a noun, its agent. */
    Actor cueSubject(Sentence s, int cue, CodingContext ctx) {
        int subj = Roles.verbSubject(s, cue, 0);
        if (subj >= 0 && s.token(subj).isPronoun()) {
            subj = pronounAntecedent(s, subj);
        }
        if (subj < 0 && s.token(cue).isNoun()) {
            subj = Roles.nounAgent(s, cue);
        }
        return subj >= 0 ? actor(s, subj, ctx) : null;
    }

    /** "Israeli strikes", "Taliban attack", "U.S. sanctions": an actor-naming modifier is the agent. */
    int modifierAgent(Sentence s, int n, CodingContext ctx) {
        for (Token c : s.children(n)) {
            String rel = c.deprel();
            if (rel.equals("amod") || rel.equals("compound")) {
                Actor a = actors.resolve(s, c.index(), ctx.date());
                if (a.isResolved() && (a.country() != null || a.id() != null)) {
                    return c.index();
                }
            }
        }
        return -1;
    }

    /** As {@link #modifierAgent} without a context: countries and known names only. */
    int modifierAgentIndex(Sentence s, int n) {
        for (Token c : s.children(n)) {
            String rel = c.deprel();
            if (rel.equals("amod") || rel.equals("compound")) {
                Actor a = actors.resolve(s, c.index(), null);
                if (a.isResolved() && (a.country() != null || a.id() != null)) {
                    return c.index();
                }
            }
        }
        return -1;
    }

    /**
     * The actor behind an unresolved phrase that names an act or thing of theirs: "the U.S. strike",
     * "Ghani's offer", "a verdict by a Russian court", "the decision of the council".
     */
    Actor agentBehind(Sentence s, int head, CodingContext ctx) {
        Token h = s.token(head);
        if (!h.isNoun() || !(lex.nounIs(Syntax.lemma(h), "verbal") || !lex.nounSenses(Syntax.lemma(h)).isEmpty())) {
            return null;
        }
        int agent = Roles.nounAgent(s, head);
        if (agent < 0) {
            agent = modifierAgent(s, head, ctx);
        }
        if (agent < 0) {
            agent = Roles.prepDependent(s, head, "of", "nmod");
        }
        if (agent < 0 || agent == head) {
            return null;
        }
        Actor a = actor(s, agent, ctx);
        return a.isResolved() ? a : null;
    }

    /** A political actor inside an unresolved phrase, through its prepositional dependents. */
    int nestedActor(Sentence s, int head, CodingContext ctx, int depth) {
        if (depth > 2) {
            return -1;
        }
        for (Token c : s.children(head)) {
            if (!c.deprel().startsWith("nmod") || !c.isNoun()) {
                continue;
            }
            if (s.hasCase(c.index(), "with") || s.hasCase(c.index(), "to")
                || s.hasCase(c.index(), "against") || s.hasCase(c.index(), "on")
                || s.hasCase(c.index(), "between") || s.hasCase(c.index(), "from")) {
                Actor a = actor(s, c.index(), ctx);
                if (political(a, ctx, false)) {
                    return c.index();
                }
                int deeper = nestedActor(s, c.index(), ctx, depth + 1);
                if (deeper >= 0) {
                    return deeper;
                }
            }
        }
        return -1;
    }

    /**
     * A political actor: a state, its organs, armed and political groups, international bodies.
     * Civilians, media, business, clergy and the like are actors too but do not make an event political
     * on their own. In a sports report a bare country is a team, and only security forces, armed groups
     * and international bodies count.
     */
    static boolean political(Actor a, CodingContext ctx, boolean materialConflict) {
        if (a == null || !a.isResolved()) {
            return false;
        }
        if (a.isCompound()) {
            return a.members().stream().anyMatch(m -> political(m, ctx, materialConflict));
        }
        if (a.sector() != null) {
            if (ctx.sport()) {
                return SPORT_SAFE_SECTORS.contains(a.sector());
            }
            if (WEAK_SECTORS.contains(a.sector())) {
                // "Azerbaijani hackers": criminals of a named country may act for it
                return "CRM".equals(a.sector()) && a.country() != null;
            }
            if (REGIONAL.matcher(a.text().toLowerCase(Locale.ROOT)).find()
                && (a.sector().equals("GOV") || a.sector().equals("MIL"))) {
                // "Arab states", "Western allies", "West African leaders": a group of states
                return true;
            }
            if (named(a)) {
                // "the Department of Education", "Junior Doctors Association", "Governor Andrew Cuomo"
                return true;
            }
            // "the government", "police", "officials" with no country and no name are political in hard news;
            // in an entertainment or technology report only when they arrest, attack or sanction
            return a.country() != null || a.id() != null || ARMED_SECTORS.contains(a.sector())
                || materialConflict && !"ELI".equals(a.sector()) || !ctx.softNews() && !"ELI".equals(a.sector());
        }
        if (ctx.sport()) {
            return false;
        }
        return a.country() != null || a.id() != null;
    }

    /** A proper name beyond the sector word itself: "Department of Education", not "Police" or "MPs". */
    private static boolean named(Actor a) {
        int caps = 0;
        for (String w : a.text().split("[\\s-]+")) {
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))) {
                caps++;
            }
        }
        return caps >= 2;
    }

    /** The same actor: the same id, or the same text ignoring case. */
    static boolean sameActor(Actor a, Actor b) {
        if (a.id() != null && a.id().equals(b.id())) {
            return true;
        }
        return a.text().equalsIgnoreCase(b.text());
    }

    /** The first token of the phrase headed by {@code head} that comes before it ("his" in "his Chinese counterpart"). */
    private static int firstOfPhrase(Sentence s, int head) {
        int first = head;
        for (Token c : s.children(head)) {
            if (c.index() < first && !c.deprel().equals("punct") && !c.deprel().startsWith("acl")) {
                first = c.index();
            }
        }
        return first;
    }
}
