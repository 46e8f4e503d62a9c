package org.parley.attribution;

import org.parley.coding.Frame;
import org.parley.model.Attribution;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who says an event happened, and through whom: the speaker (the subject of the reporting verb that
 * governs the event: "..., a source close to the Taliban negotiators told a newspaper"; the object of
 * "according to"), the outlet or channel ("told Reuters", "told a newspaper", "in a televised
 * address"), whether the speaker is unnamed, the cue ("said", "told", "according to", "reportedly"),
 * and the chain speaker → outlet → the article's own outlet. Hedges ("reportedly", "allegedly", "it is
 * believed") lower the event's confidence. Starts from the coder's {@link Frame} and finds what it
 * missed (a reporting verb in parataxis, "according to" anywhere on the event's path).
 * Stateless and thread-safe.
 */
public final class AttributionResolver {
    /** Lemmas of verbs that report speech or claims. */
    static final Set<String> SPEECH = Set.of("say", "tell", "claim", "state", "report", "add", "confirm", "allege",
        "announce", "note", "write", "quote", "insist", "disclose", "reveal", "declare", "acknowledge", "admit",
        "assert", "maintain", "testify", "tweet", "post", "explain", "describe", "recount", "indicate");
    static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "purportedly", "supposedly", "apparently",
        "seemingly", "possibly", "probably");
    static final Set<String> BELIEF = Set.of("believe", "think", "understand", "say", "report", "rumour", "rumor",
        "suspect", "allege");
    static final Set<String> ANONYMOUS = Set.of("source", "official", "people", "person", "diplomat", "officer",
        "member", "resident", "witness", "aide", "insider", "observer", "spokesman", "spokeswoman",
        "spokesperson", "participant", "activist", "negotiator", "commander", "lawmaker", "security", "medic",
        "doctor", "monitor", "analyst", "worker", "employee", "envoy", "someone", "one", "lawyer", "relative");

    /** The attribution of an event and the factor its confidence is multiplied by. */
    public record Result(Attribution attribution, double confidenceFactor) { }

    /**
     * @param pred   the predicate token
     * @param anchor the token that carries the event
     * @param frame  the coder's analysis of what governs the event
     * @param outlet the article's own outlet, or null
     */
    public Result resolve(Sentence s, int pred, int anchor, Frame frame, String outlet) {
        boolean hedged = frame.hedged() || hedged(s, pred, anchor);
        double factor = hedged ? 0.8 : 1.0;
        int speech = frame.speech();
        int speaker = frame.speaker();
        int via = frame.via();
        String cue = frame.cue();
        int[] found = s.parsed() ? findSpeech(s, pred, anchor) : null;
        if (found != null && (found[1] >= 0 || speech < 0 || speaker < 0)) {
            {
                speech = found[0];
                speaker = found[1];
                via = found[2];
                cue = found[3] == 1 ? "according to" : s.token(speech).lowerWord();
            }
        }
        if (speech >= 0 && s.parsed() && passiveModifier(s, speech) && !"according to".equals(cue)) {
            speech = -1; // "the attack, claimed by al Shabaab": a participle on a noun, not a report
            speaker = -1;
            via = -1;
            cue = null;
        }
        String speakerText = speaker >= 0 ? phrase(s, speaker) : null;
        // ", a party spokesman said." closing the event's clause: the words between the comma and the verb are
        // the speaker, whatever subject the parse gave the verb (it often takes a noun of the act's own clause)
        int[] tail = trailingReporter(s, pred, anchor);
        if (tail != null && (speech < 0 || speech == tail[0] || speaker < 0 || speech > tail[0]
            || s.dominates(speaker, pred) || s.dominates(speaker, anchor) || speaker == pred || speaker == anchor)) {
            if (speech != tail[0]) {
                via = listener(s, tail[0]);
                cue = s.token(tail[0]).lowerWord();
            }
            speech = tail[0];
            speaker = tail[1];
            speakerText = s.span(tail[2], tail[3]);
        }
        String viaText = via >= 0 ? phrase(s, via) : speech >= 0 ? channel(s, speech) : null;
        boolean anonymous = speaker >= 0 && anonymous(s, speaker);
        if (speakerText == null && viaText == null) {
            if (hedged) {
                List<String> chain = outlet == null ? List.of() : List.of(outlet);
                return new Result(new Attribution(null, outlet, true, hedgeWord(s, pred, anchor), chain), factor);
            }
            return new Result(null, factor);
        }
        if (anonymous) {
            factor *= 0.9;
        }
        List<String> chain = new ArrayList<>(3);
        if (speakerText != null) {
            chain.add(speakerText);
        }
        if (viaText != null && !viaText.equals(speakerText)) {
            chain.add(viaText);
        }
        if (outlet != null && !chain.contains(outlet)) {
            chain.add(outlet);
        }
        return new Result(new Attribution(speakerText, viaText, anonymous, cue, chain), factor);
    }

    /** A reporting verb or "according to" governing the event: {speech, speaker, via, isAccording}. */
    private static int[] findSpeech(Sentence s, int pred, int anchor) {
        List<Integer> path = new ArrayList<>();
        for (int cur = anchor >= 0 ? anchor : pred, d = 0; cur >= 0 && d < 12; cur = s.token(cur).head(), d++) {
            path.add(cur);
        }
        if (!path.contains(pred)) {
            for (int cur = pred, d = 0; cur >= 0 && d < 12; cur = s.token(cur).head(), d++) {
                path.add(cur);
            }
        }
        // "according to X" attached on the path
        for (int node : path) {
            for (Token c : s.children(node)) {
                if (hasCase(s, c.index(), "according")) {
                    return new int[] {c.index(), c.index(), -1, 1};
                }
            }
        }
        // a reporting verb governing the path (ccomp) or hanging from it (parataxis, ", officials said")
        for (int k = 1; k < path.size(); k++) {
            Token v = s.token(path.get(k));
            String rel = s.token(path.get(k - 1)).baseRel();
            Token prev = s.token(path.get(k - 1));
            boolean participle = "advcl".equals(rel) && prev.pos().equals("VBG") && prev.index() > v.index()
                && prev.index() > 0 && s.token(prev.index() - 1).word().equals(",");
            if (isSpeech(v) && ("ccomp".equals(rel) || "parataxis".equals(rel) || "xcomp".equals(rel) || participle)) {
                return new int[] {v.index(), subject(s, v.index()), listener(s, v.index()), 0};
            }
        }
        List<Integer> around = new ArrayList<>(path);
        for (int node : path) {
            for (Token c : s.children(node)) {
                if ("conj".equals(c.deprel())) {
                    around.add(c.index());
                }
            }
        }
        int first = Math.min(pred, anchor >= 0 ? anchor : pred);
        for (int node : around) {
            for (Token c : s.children(node)) {
                if (c.index() < first && coordinatedAfter(s, path, c.index(), first)) {
                    continue; // "detained two men, officials said, and soldiers later stormed the village"
                }
                if (isSpeech(c) && ("parataxis".equals(c.deprel()) || "dep".equals(c.deprel())
                    || "advcl".equals(c.deprel()) && subject(s, c.index()) >= 0)) {
                    return new int[] {c.index(), subject(s, c.index()), listener(s, c.index()), 0};
                }
            }
        }
        // a trailing ", three officials said" that the parse hung elsewhere: a reporting verb after the act,
        // with a noun subject, not inside the act's own phrase
        int from = Math.max(pred, anchor);
        for (int i = s.size() - 1; i > from; i--) {
            Token v = s.token(i);
            String rel = v.deprel() == null ? "" : v.deprel();
            boolean loose = rel.equals("parataxis") || rel.equals("conj") || rel.equals("dep") || rel.equals("root");
            if (!isSpeech(v) || !loose && (s.dominates(anchor, i) || s.dominates(pred, i)) || passiveModifier(s, i)) {
                continue;
            }
            int subj = subject(s, i);
            if (subj >= 0 && !s.token(subj).isPronoun() && subj > from) {
                return new int[] {i, subj, listener(s, i), 0};
            }
        }
        return null;
    }

    /** Lemmas that report a finding only when they close a sentence (", an investigation found."). */
    private static final Set<String> CLOSING_ONLY = Set.of("find");
    private static final Set<String> NP_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS",
        "PRP$", "CD", "HYPH", "``", "''", "NNP$");
    private static final Set<String> NP_PREPS = Set.of("of", "for", "in", "at", "from", "with", "on");

    /**
     * A reporting clause closing the stretch that holds the event: ", a party spokesman said." / ", rights
     * groups said, adding ..." / ", sources told Reuters on Sunday": a comma, a noun phrase, a reporting verb
     * taking no clause after it. The event must lie before that comma. {verb, head, from, to} or null.
     */
    static int[] trailingReporter(Sentence s, int pred, int anchor) {
        int event = Math.max(pred, anchor);
        if (event < 0) {
            return null;
        }
        for (int v = event + 2; v < s.size(); v++) {
            Token t = s.token(v);
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if (!(t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("VBN"))
                || !(SPEECH.contains(lemma) || CLOSING_ONLY.contains(lemma))) {
                continue;
            }
            // nothing after the verb in its own stretch takes a clause: "said it would", "said that" are not closing
            boolean closes = true;
            for (int k = v + 1; k < s.size() && !s.token(k).word().equals(","); k++) {
                Token a = s.token(k);
                if (a.isVerb() || a.pos().equals("MD") || a.lowerWord().equals("that") || a.word().equals("\"")
                    || a.word().equals("``") || a.word().equals(":")) {
                    closes = false;
                    break;
                }
            }
            if (!closes || t.pos().equals("VBN") && !(v > 0 && s.token(v - 1).lemma().equalsIgnoreCase("have"))) {
                continue; // "the attack, claimed by ..." is no report
            }
            int end = v - 1;
            while (end > event && (s.token(end).lemma().equalsIgnoreCase("have") || s.token(end).pos().equals("RB"))) {
                end--;
            }
            if (end > event + 2 && s.token(end).word().equals(",")) {
                end--; // ", the command's spokesman, SP Abdullahi Kiyawa, said": the name set off last
            }
            int from = end;
            while (from > event && !s.token(from - 1).word().equals(",") && end - from < 12) {
                from--;
            }
            if (from <= event + 1 || !s.token(from - 1).word().equals(",") || from > end) {
                continue;
            }
            // the head: the last noun before a preposition or "and" ("a spokesman for the insurgents", "lawyers and
            // witnesses"); every word must fit a noun phrase
            int head = -1;
            boolean ok = true;
            boolean closed = false;
            for (int k = from; k <= end && ok; k++) {
                Token a = s.token(k);
                String pos = a.pos();
                if (NP_TAGS.contains(pos)) {
                    if (a.isNoun() && !closed) {
                        head = k;
                    }
                } else if (k > from && (pos.equals("IN") && NP_PREPS.contains(a.lowerWord()) || pos.equals("CC"))) {
                    closed = head >= 0;
                } else if (k > from && k < end && (pos.equals("VBN") || pos.equals("VBG"))) {
                    continue; // "a Saudi-led coalition spokesman", "the ruling party"
                } else {
                    ok = false;
                }
            }
            if (!ok || head < 0 || s.token(from).pos().equals("IN")) {
                continue;
            }
            return new int[] {v, head, from, end};
        }
        return null;
    }

    /** "the attack, claimed by al Shabaab": a bare participle with no auxiliary modifies a noun; no one reports. */
    private static boolean passiveModifier(Sentence s, int v) {
        if (!s.token(v).pos().equals("VBN") || !s.token(v).isVerb()) {
            return false;
        }
        for (Token c : s.children(v)) {
            if (c.deprel() != null && c.deprel().startsWith("aux")) {
                return false;
            }
        }
        return true;
    }

    /** A conjunct of the event's path begins with "and"/"but" between the reporting verb and the event. */
    private static boolean coordinatedAfter(Sentence s, List<Integer> path, int speech, int event) {
        for (int node : path) {
            if (!"conj".equals(s.token(node).deprel())) {
                continue;
            }
            for (Token c : s.children(node)) {
                if ("cc".equals(c.deprel()) && c.index() > speech && c.index() < event) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSpeech(Token t) {
        return t.isVerb() && SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** A preposition or subordinator introducing token {@code i}: "according to", "as" in "as they said". */
    private static boolean hasCase(Sentence s, int i, String word) {
        if (s.hasCase(i, word)) {
            return true;
        }
        for (Token c : s.children(i, "mark")) {
            if (c.lowerWord().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static int subject(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if ("nsubj".equals(c.deprel()) || "nsubj:pass".equals(c.deprel())) {
                return c.isPronoun() && c.lowerWord().equals("it") ? -1 : c.index();
            }
        }
        // "denied striking a shopping centre, saying Russian forces had hit a depot": the participle's speaker is
        // the subject of the verb it hangs from
        Token vt = s.token(v);
        for (int d = 0; d < 3 && vt.pos().equals("VBG") && vt.head() >= 0 && s.token(vt.head()).isVerb()
            && Set.of("advcl", "xcomp", "conj", "dep").contains(vt.deprel()); d++) {
            for (Token c : s.children(vt.head())) {
                if ("nsubj".equals(c.deprel()) && !(c.isPronoun() && c.lowerWord().equals("it"))) {
                    return c.index();
                }
            }
            vt = s.token(vt.head()); // "denied shelling the market, saying ...": up through the bare participle
        }
        // a misparse leaves "..., a senior official said" without a subject: take the noun just before
        if (v > 0) {
            Token prev = s.token(v - 1);
            if (prev.isNoun() && !"compound".equals(prev.deprel())
                && ("appos".equals(prev.deprel()) || "dep".equals(prev.deprel()) || "conj".equals(prev.deprel())
                || prev.deprel().startsWith("obl") || prev.deprel().startsWith("nmod"))) {
                return prev.index();
            }
        }
        return -1;
    }

    private static int listener(Sentence s, int v) {
        String l = s.token(v).lemma().toLowerCase(Locale.ROOT);
        for (Token c : s.children(v)) {
            if (l.equals("tell") && ("obj".equals(c.deprel()) || "iobj".equals(c.deprel()))) {
                return c.index();
            }
            if ((l.equals("say") || l.equals("write") || l.equals("state")) && c.baseRel().equals("obl")
                && hasCase(s, c.index(), "to")) {
                return c.index();
            }
        }
        return -1;
    }

    /** "said in a televised address", "wrote on Twitter". */
    private static String channel(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if (c.baseRel().equals("obl") && (hasCase(s, c.index(), "in") || hasCase(s, c.index(), "on"))
                && Set.of("address", "statement", "interview", "speech", "post", "broadcast", "tweet", "briefing",
                "twitter", "x", "telegram", "facebook", "television").contains(c.lemma().toLowerCase(Locale.ROOT))) {
                return phrase(s, c.index());
            }
        }
        return null;
    }

    private static boolean anonymous(Sentence s, int head) {
        Token h = s.token(head);
        if (h.isProperNoun() || "PERSON".equals(h.ner())) {
            return false;
        }
        for (Token c : s.children(head)) {
            if (("compound".equals(c.deprel()) || "flat".equals(c.deprel()) || "appos".equals(c.deprel()))
                && "PERSON".equals(c.ner())) {
                return false;
            }
        }
        return ANONYMOUS.contains(h.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean hedged(Sentence s, int pred, int anchor) {
        for (Token t : s.tokens()) {
            if (HEDGES.contains(t.lowerWord())) {
                return true;
            }
            // "it is believed", "is said to", "are thought to have"
            if (t.isVerb() && t.pos().equals("VBN") && BELIEF.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                for (Token c : s.children(t.index())) {
                    if ("aux:pass".equals(c.deprel())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String hedgeWord(Sentence s, int pred, int anchor) {
        for (Token t : s.tokens()) {
            if (HEDGES.contains(t.lowerWord())) {
                return t.lowerWord();
            }
        }
        return "it is believed";
    }

    /** The words of the phrase headed by {@code head}, without appositions, relative clauses or punctuation. */
    static String phrase(Sentence s, int head) {
        boolean[] in = new boolean[s.size()];
        in[head] = true;
        int from = head;
        int to = head;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Token t : s.tokens()) {
                if (!in[t.index()] && t.head() >= 0 && in[t.head()] && !"punct".equals(t.deprel())
                    && !t.deprel().startsWith("acl:relcl") && !"appos".equals(t.deprel())
                    && !"parataxis".equals(t.deprel()) && !"conj".equals(t.deprel()) && !"cc".equals(t.deprel())
                    && !(t.deprel().startsWith("acl") && t.isVerb())) {
                    in[t.index()] = true;
                    grew = true;
                }
            }
        }
        // contiguous span around the head
        while (from > 0 && in[from - 1]) {
            from--;
        }
        while (to + 1 < s.size() && in[to + 1]) {
            to++;
        }
        while (from < head && (s.token(from).pos().equals("IN") || s.token(from).pos().equals("TO"))) {
            from++;
        }
        if (to - from > 14) {
            from = Math.max(from, head - 7);
            to = Math.min(to, head + 7);
        }
        return s.span(from, to);
    }
}
