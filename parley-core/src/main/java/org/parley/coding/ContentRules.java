package org.parley.coding;

import org.parley.model.EventType;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.List;
import java.util.Set;


/**
 * Decides when a trigger is no event of its own: the content of another event word or of a governing
 * cue ("condemned the attack", "threatened to strike"), background or reason of the clause ("amid
 * clashes", "in response to the invasion"), a span of time or a past date. Stateless and thread-safe.
 */
final class ContentRules {
    private static final Set<String> BACKGROUND_PREPS = Set.of("since", "before", "despite",
        "amid", "throughout", "like", "unlike", "including", "over", "until", "ahead", "under");

    /** Adjectives that equate one act with another: "tantamount to a declaration of war". */
    private static final Set<String> EQUATING = Set.of("tantamount", "equivalent", "akin", "equal", "comparable");

    /** Verbs that end what they take: the state they end is background, not a new act. */
    private static final Set<String> ENDING = Set.of("end", "conclude", "close");

    private final Lexicon lex;

    ContentRules(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * When a trigger is the argument of another event word it is that event's content, not an event of
     * its own: "condemned the attack", "accused X of shelling", "met to discuss a ceasefire", "peace talks"
     * (a compound of another trigger).
     *
     * @return why the trigger is content or background, for the trace; null when it is an event of its own
     */
    String contentOf(Sentence s, Trigger t, List<Trigger> all) {
        int node = t.anchor();
        Token self = s.token(node);
        Token p = s.parent(node);
        if (p == null) {
            return null;
        }
        String rel = self.baseRel();
        if (t.nominal() && t.light() == null && "appos".equals(s.token(node).deprel())) {
            // "..., the first such trip by an Indian leader": an apposition restates the news
            return "apposition";
        }
        if (t.nominal() && t.light() == null) {
            String bg = backgroundPath(s, node);
            if (bg != null) {
                return bg;
            }
            int phrase = TriggerFinder.carrier(lex, s, node);
            Token ender = s.parent(phrase);
            if (ender != null && ender.isVerb() && "obj".equals(s.token(phrase).baseRel())
                && ENDING.contains(Syntax.lemma(ender)) && t.sense().type().quadClass() == 4) {
                // "signed a declaration ending two decades of hostility": what ends was going on before
                return "ended by '" + ender.word() + "'";
            }
            if (!t.sense().has(Sense.Flag.RECIP) && "during".equals(s.caseOf(node))) {
                return "background phrase 'during'";
            }
            if ("to".equals(s.caseOf(node)) && (p.isVerb() && "amount".equals(Syntax.lemma(p))
                || EQUATING.contains(p.lowerWord()))) {
                // "the deal amounted to Armenia's capitulation", "would be tantamount to a declaration of war": a
                // verdict on another act, not an act
                return "a verdict on another act ('" + p.word() + " to')";
            }
            if (node != t.token() && lex.nounIs(Syntax.lemma(s.token(node)), "measure")
                && Roles.nounTarget(s, t.token(), t.sense()) < 0) {
                String prep = s.caseOf(node);
                if ("after".equals(prep) || "during".equals(prep) || "over".equals(prep) || "for".equals(prep)) {
                    // "after four months of fighting": a span of time, not a new act
                    return "duration phrase '" + prep + "'";
                }
            }
            for (Token c : s.children(t.token())) {
                String r = c.deprel();
                if ((r.equals("nummod") || r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")
                    || r.equals("nmod"))
                    && c.word().matches("(1[89]|20)\\d\\d('s)?")) {
                    return "dated in the past ('" + c.word() + "')";
                }
            }
        }
        String history = pastRelative(s, node);
        if (history != null) {
            return history;
        }
        int dead = deathSubject(s);
        if (dead >= 0 && (node == dead || s.dominates(dead, node))) {
            // "Pinochet, who seized power in a 1973 coup and whose regime killed 3,000 opponents, died on Sunday": the
            // life of the dead is biography
            return "life of the dead '" + s.token(dead).word() + "'";
        }
        if (!t.nominal() && self.pos().equals("VBN") && "acl".equals(self.deprel()) && p.isNoun()
            && node > 0 && s.token(node - 1).pos().equals(",") && s.children(node).stream()
                .noneMatch(c -> c.baseRel().equals("obl") && (s.hasCase(c.index(), "by") || Syntax.isTimeWord(c)))) {
            // "Glas, convicted of corruption, was a fugitive": a participle set off by commas describes the person;
            // with a doer or a day ("Glas, convicted on Monday by a court") it tells news
            return "descriptive participle on '" + p.word() + "'";
        }
        if (!t.nominal() && self.pos().equals("VBG")) {
            for (Token c : s.children(node)) {
                if (("mark".equals(c.deprel()) || "case".equals(c.deprel()))
                    && (c.lowerWord().equals("of") || c.lowerWord().equals("for"))) {
                    // "accused X of shelling", "arrested for attacking": an allegation or a reason
                    return "gerund after '" + c.word() + "'";
                }
                if (("mark".equals(c.deprel()) || "case".equals(c.deprel())) && c.lowerWord().equals("by")
                    && p.pos().equals("VBG") && s.children(p.index()).stream().anyMatch(d -> ("mark".equals(d.deprel())
                        || "case".equals(d.deprel())) && (d.lowerWord().equals("of") || d.lowerWord().equals("for")))) {
                    // "accusing Moscow of violating the pact by deploying a banned missile": the means of the alleged act
                    return "means of an alleged act";
                }
            }
        }
        if (governingCue(s, node) == p.index()) {
            return null;
        }
        if (t.light() != null && t.light().received() && self.pos().equals("VBG")) {
            // "signed the law, drawing condemnation from the UN": others' reaction, not the act's content
            return null;
        }
        if (t.nominal() && rel.equals("nsubj") && "xcomp".equals(p.deprel()) && s.parent(p.index()) != null) {
            int caller = s.parent(p.index()).index();
            for (Trigger o : all) {
                if (o != t && o.token() == caller && !o.nominal()) {
                    // "calling the allegations baseless": the charge is what the call is about
                    return o.sense().label() + " @" + o.token() + " (small clause)";
                }
            }
        }
        for (Trigger o : all) {
            if (o == t) {
                continue;
            }
            if (o.token() == p.index() || o.anchor() == p.index() && o.light() != null) {
                boolean argument = rel.equals("obj") || rel.equals("xcomp") || rel.equals("ccomp")
                    || rel.equals("compound") || rel.equals("nsubj:pass")
                    || (rel.equals("obl") || rel.equals("nmod")) && (FrameAnalyzer.complementCase(s, node)
                        || o.sense().targets().stream().anyMatch(x -> s.hasCase(node, x)))
                    || rel.equals("advcl") && hasMarkOf(s, node);
                if (!argument) {
                    continue;
                }
                EventType ot = o.sense().type();
                boolean verbal = ot.quadClass() == 1 || ot.quadClass() == 3;
                if (verbal || rel.equals("compound") || t.nominal() && t.light() == null) {
                    return o.sense().label() + " @" + o.token();
                }
            }
        }
        return null;
    }

    /**
     * A nominal event that only gives the background or the reason of the clause: "since the 2001
     * invasion", "amid clashes", "in response to the invasion of Ukraine", "over the crackdown".
     */
    private String backgroundPath(Sentence s, int n) {
        int cur = n;
        for (int k = 0; k < 4; k++) {
            Token t = s.token(cur);
            String prep = s.caseOf(cur);
            if (prep != null && BACKGROUND_PREPS.contains(prep)) {
                return "background phrase '" + prep + "'";
            }
            Token p = s.parent(cur);
            if (p == null || p.isVerb()) {
                return null;
            }
            if (k > 0 || t.index() != n) {
                if (lex.nounIs(Syntax.lemma(t), "framing")) {
                    return "framed by '" + t.word() + "'";
                }
            }
            if (lex.nounIs(Syntax.lemma(p), "framing") && (t.deprel().startsWith("nmod"))) {
                return "framed by '" + p.word() + "'";
            }
            cur = p.index();
        }
        return null;
    }

    /**
     * An act told in a relative clause on something past: "the 2005 truck bombing that killed Hariri", "25 years
     * since the genocide, in which militias slaughtered 800,000", "Pinochet, who seized power in a 1973 coup and
     * whose regime killed 3,000 opponents". The clause describes history, not the news.
     */
    private static String pastRelative(Sentence s, int node) {
        int cur = node;
        if ("conj".equals(s.token(cur).deprel()) && s.parent(cur) != null) {
            cur = s.parent(cur).index();
        }
        String rel = s.token(cur).deprel();
        Token noun = s.parent(cur);
        if (rel == null || !rel.startsWith("acl:relcl") || noun == null) {
            return null;
        }
        // (the clause may hang on the phrase's head: "the fate of the 2015 nuclear deal, under which Iran agreed")
        String year = yearIn(s, noun.index(), 2, cur);
        if (year == null) {
            year = yearIn(s, cur, 2, -1);
        }
        if (year != null) {
            return "relative clause on a past act ('" + year + "')";
        }
        if ("since".equals(s.caseOf(noun.index())) && !toldAsRecent(s, noun.index())) {
            // (but not "since the attempted coup on Friday night, in which rogue soldiers bombed parliament")
            return "relative clause on what an anniversary marks";
        }
        return null;
    }

    /** Words that date an act to the last few days: "on Friday night", "last week". */
    private static final Set<String> RECENT = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "night", "morning", "evening", "weekend", "yesterday", "week");

    /** Whether noun {@code n} is dated to the last few days ("the attempted coup on Friday night"). */
    private static boolean toldAsRecent(Sentence s, int n) {
        for (Token c : s.children(n)) {
            if ((c.deprel().startsWith("nmod") || c.deprel().startsWith("obl")) && RECENT.contains(c.lowerWord())
                || s.children(c.index()).stream().anyMatch(d -> d.deprel().equals("compound")
                    && RECENT.contains(d.lowerWord()))) {
                return true;
            }
        }
        return false;
    }

    /** A year among the dependents of {@code i}, down to {@code depth} levels, skipping the subtree of {@code skip}. */
    private static String yearIn(Sentence s, int i, int depth, int skip) {
        for (Token c : s.children(i)) {
            if (c.index() == skip) {
                continue;
            }
            if (c.word().matches("(1[89]|20)\\d\\d") && !c.deprel().equals("obl:tmod")
                && !s.token(i).word().matches("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?")) {
                // (a full date, "on March 3, 2024", dates the clause's own act, which may be news)
                return c.word();
            }
            if (depth > 1) {
                String y = yearIn(s, c.index(), depth - 1, skip);
                if (y != null) {
                    return y;
                }
            }
        }
        return null;
    }

    private static boolean hasMarkOf(Sentence s, int i) {
        for (Token c : s.children(i)) {
            if ("mark".equals(c.deprel()) && Set.of("of", "for", "over", "about").contains(c.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue word directly governing {@code node} ("threatened" in "threatened to attack", "offered" in
     * "offered to withdraw") when it changes the act (not a reporting verb), else -1.
     */
    int governingCue(Sentence s, int node) {
        Token self = s.token(node);
        Token p = s.parent(node);
        if (p == null) {
            return -1;
        }
        String rel = self.baseRel();
        if (!(rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj") || rel.equals("obl"))) {
            return -1;
        }
        if (rel.equals("obl") && !FrameAnalyzer.complementCase(s, node)) {
            return -1;
        }
        for (Cue c : lex.cues(Syntax.lemma(p))) {
            if ((c.particle() == null || Syntax.hasParticle(s, p.index(), c.particle()))
                && c.effect() != Cue.Effect.SPEECH && c.effect() != Cue.Effect.ATTEMPT) {
                return p.index();
            }
        }
        return -1;
    }

    /** A noun that is the object of a demand, offer, refusal or threat is coded even if bare. */
    boolean governedByCue(Sentence s, int n) {
        Token p = s.parent(n);
        if (p == null || !p.isVerb()) {
            return false;
        }
        String rel = s.token(n).baseRel();
        if (!rel.equals("obj") && !rel.equals("obl")) {
            return false;
        }
        for (Cue c : lex.cues(Syntax.lemma(p))) {
            if ((c.particle() == null || Syntax.hasParticle(s, p.index(), c.particle()))
                && c.effect() != Cue.Effect.SPEECH && c.effect() != Cue.Effect.ATTEMPT) {
                return true;
            }
        }
        return false;
    }

    /** "clashes erupted", "an air strike killed", "fighting in Helmand": a bare event noun as main news. */
    static boolean bareEventPosition(Sentence s, int n) {
        String rel = s.token(n).deprel();
        return rel.equals("root") || rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("obj")
            || rel.equals("conj") && bareEventPosition(s, s.token(n).head());
    }

    /** The subject of a sentence whose main verb is a death ("X, who ..., died on Sunday"), or -1. */
    private static int deathSubject(Sentence s) {
        for (Token t : s.tokens()) {
            if ("root".equals(t.deprel()) && t.isVerb() && Syntax.lemma(t).equals("die")) {
                Token subj = Syntax.child(s, t.index(), "nsubj");
                return subj == null ? -1 : subj.index();
            }
        }
        return -1;
    }
}
