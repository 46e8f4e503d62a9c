package org.parley.coding;

import org.parley.model.Modality;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.util.Locale;
import java.util.Set;

/**
 * Walks up the dependency tree from an event's anchor word to find negation, modal verbs,
 * conditionals, governing cue words (offer, promise, demand, refuse, deny, threaten) and reporting
 * verbs. Stateless and thread-safe.
 */
final class FrameAnalyzer {
    /** Verbs of giving and sending, whose "to" infinitive tells what the thing given is for. */
    private static final Set<String> PROVIDING = Set.of("provide", "send", "deliver", "deploy", "give", "supply",
        "ship", "donate", "dispatch", "sell", "use", "spend", "allocate", "transfer", "lend");

    /** Verbs of seeming: "appears ready to", "seems set to". */
    private static final Set<String> SEEMING = Set.of("appear", "seem", "look");

    /** Verbs of causing, whose caused act happened: "prompting Taipei to sever ties". */
    private static final Set<String> RESULTATIVE = Set.of("prompt", "spur", "trigger", "provoke");

    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no", "neither", "nor", "without");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "should", "can", "must",
        "would", "'d");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether", "lest");
    private static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "apparently", "purportedly",
        "supposedly", "possibly", "probably", "likely", "perhaps", "seemingly");
    private static final Set<String> GOVERNING_RELS = Set.of("xcomp", "ccomp", "obj", "obl", "nmod", "csubj",
        "advcl");
    private static final int MAX_LEVELS = 6;

    private final Lexicon lex;

    FrameAnalyzer(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The act of an "until" clause is still awaited when it is in the present tense ("until she quits") or when the
     * clause it bounds is future, conditional or negated ("would keep fighting until", "will not leave until"); after
     * a past deed ("fought on until the rebels surrendered") it happened.
     */
    private static boolean pendingUntil(Sentence s, int anchor) {
        String pos = s.token(anchor).pos();
        if (pos.equals("VBZ") || pos.equals("VBP")) {
            return true;
        }
        Token main = s.parent(anchor);
        if (main == null) {
            return false;
        }
        for (Token c : s.children(main.index())) {
            String w = c.lowerWord();
            if (c.deprel().startsWith("aux") && (FUTURE_AUX.contains(w) || HYPOTHETICAL_AUX.contains(w))
                || (c.deprel().equals("advmod") && NEGATORS.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** Marks of a concessive clause, asserted in its own right: "although the military said ...". */
    private static final Set<String> CONCESSIVE_MARKS = Set.of("although", "though", "whereas", "while");

    /** Marks of a clause that tells when its governor happens. */
    private static final Set<String> TEMPORAL_MARKS = Set.of("when", "once", "after", "before", "as");

    /** Nouns of a pact whose infinitive tells its terms: "an agreement to reopen the border". */
    private static final Set<String> PACTS = Set.of("agreement", "accord", "deal", "pact", "treaty", "memorandum",
        "understanding");

    /**
     * Whether verb {@code v} tells a pact's terms: a future act with "under the pact" or "under the terms of the
     * deal" before it ("Under the deal, the rebels will hand over their weapons"; but "withdrew under the ceasefire
     * deal" was done, and "said it would pull out under the agreement" announces it).
     */
    private static boolean underPact(Sentence s, int v) {
        boolean future = s.children(v).stream().anyMatch(c -> c.deprel().startsWith("aux")
            && (FUTURE_AUX.contains(c.lowerWord()) || c.lowerWord().equals("would")));
        for (Token c : s.children(v)) {
            if (future && c.index() < v && c.deprel().startsWith("obl") && s.hasCase(c.index(), "under")) {
                String l = Syntax.lemma(c);
                if (PACTS.contains(l) || l.equals("term") && s.children(c.index()).stream()
                    .anyMatch(m -> m.deprel().startsWith("nmod") && PACTS.contains(Syntax.lemma(m)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the verb governing {@code anchor}'s clause is future ("will end", "is to end"). */
    private static boolean futureGovernor(Sentence s, int anchor) {
        Token main = s.parent(anchor);
        return main != null && s.children(main.index()).stream().anyMatch(c -> c.deprel().startsWith("aux")
            && FUTURE_AUX.contains(c.lowerWord()));
    }

    /** Whether everything between verb {@code v} and its later dependent {@code g} is {@code g}'s subject phrase. */
    private static boolean subjectBetween(Sentence s, int v, int g) {
        Token subj = Syntax.child(s, g, "nsubj");
        if (subj == null || subj.index() < v || subj.index() > g) {
            return false;
        }
        for (int i = v + 1; i < g; i++) {
            if (i != subj.index() && !s.dominates(subj.index(), i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The frame of an act named by {@code noun} and carried by the verb {@code anchor} ("made no arrests"): the
     * verb's frame, denied when the noun's determiner is "no".
     */
    Frame analyze(Sentence s, int anchor, int noun) {
        Frame f = analyze(s, anchor);
        if (noun == anchor || f.negated() || s.children(noun).stream()
                .noneMatch(d -> d.deprel().equals("det") && d.lowerWord().equals("no"))) {
            return f;
        }
        return new Frame(Modality.DENIED, true, f.effect(), f.cueToken(), f.speech(), f.speaker(), f.via(), f.cue(),
            f.hedged(), f.path() + " < " + s.token(noun).word() + "[negation]");
    }

    /** The mark of a content clause on a noun: "the claim that ...". */
    private static final Set<String> CONTENT_MARKS = Set.of("that");

    /** Whether the act at {@code anchor} is what a charge or claim says: "Moscow's claim that advisers were ...". */
    private boolean claimContent(Sentence s, int anchor) {
        Token cur = s.token(anchor);
        for (int k = 0; k < 4 && cur != null; k++) {
            Token p = s.parent(cur.index());
            if (p == null) {
                return false;
            }
            if (cur.isVerb() && ("ccomp".equals(cur.deprel()) || "acl".equals(cur.deprel()))
                && hasMark(s, cur.index(), CONTENT_MARKS) && p.isNoun() && lex.nounIs(p, "allegation")) {
                // (with "that": "a charge Kinshasa brushed aside" is a relative clause on the charge)
                return true;
            }
            if (cur.isVerb() && !"conj".equals(cur.deprel())) {
                return false;
            }
            cur = p;
        }
        return false;
    }

    Frame analyze(Sentence s, int anchor) {
        Modality modality = Modality.ASSERTED;
        boolean negated = false;
        boolean wouldPending = false;
        boolean conditional = false;
        Cue.Effect effect = null;
        int cueToken = -1;
        int speech = -1;
        int speaker = -1;
        int via = -1;
        String cueWord = null;
        boolean hedged = false;
        // "must"/"should" on the act itself: told by a speaker, an obligation laid on the clause's subject
        boolean obligation = s.children(anchor).stream().anyMatch(c -> c.deprel().startsWith("aux")
            && (c.lowerWord().equals("must") || c.lowerWord().equals("should")));
        StringBuilder path = new StringBuilder(s.token(anchor).word());

        // the anchor's own clause
        for (Token c : s.children(anchor)) {
            String rel = c.deprel();
            String l = Syntax.lemma(c);
            String w = c.lowerWord();
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.equals("cc:preconj"))
                && NEGATORS.contains(w)) {
                negated = true;
            } else if (rel.startsWith("aux") && FUTURE_AUX.contains(w)) {
                if (modality == Modality.ASSERTED) {
                    modality = Modality.INTENDED;
                }
            } else if (rel.startsWith("aux") && (w.equals("would") || w.equals("'d"))) {
                wouldPending = true;
            } else if (rel.startsWith("aux") && HYPOTHETICAL_AUX.contains(w)) {
                modality = Modality.HYPOTHETICAL;
            } else if ((rel.equals("mark") || rel.equals("case") && s.token(anchor).pos().equals("VBG"))
                && w.equals("without")) {
                // "adjourned without agreeing"; "held talks without reaching a deal", where the parser takes
                // "without" for the gerund's preposition
                negated = true;
            } else if (rel.equals("mark") && CONDITIONAL_MARKS.contains(l)) {
                conditional = true;
            } else if ((rel.equals("mark") || rel.equals("advmod") && c.pos().equals("WRB")) && TEMPORAL_MARKS.contains(w)
                && "advcl".equals(s.token(anchor).deprel())
                && futureGovernor(s, anchor)) {
                // "a mission that will end when the TPLF leaders are arrested": the arrest is as awaited as the end
                if (modality == Modality.ASSERTED) {
                    modality = Modality.INTENDED;
                }
            } else if (rel.equals("mark") && (w.equals("until") || w.equals("till")) && pendingUntil(s, anchor)) {
                // "would stay until she quits", "would not end the protest until parliament scrapped the laws": the
                // act a wait is for has not happened
                modality = Modality.HYPOTHETICAL;
            } else if (rel.equals("advmod") && HEDGES.contains(w)) {
                hedged = true;
            } else if (rel.equals("advcl") && hasMark(s, c.index(), CONDITIONAL_MARKS) && wouldPending) {
                conditional = true;
            }
        }
        int clause = anchor;
        while (!underPact(s, clause) && "conj".equals(s.token(clause).deprel()) && s.parent(clause) != null
            && s.parent(clause).isVerb()) {
            // "... will hand over 840 weapons, and Jakarta will withdraw ... and grant an amnesty": conjoined terms
            clause = s.parent(clause).index();
        }
        if (underPact(s, clause)) {
            // "Under the pact signed in Helsinki, the rebels will hand over 840 weapons": the pact's terms, coded as
            // the pact
            modality = Modality.HYPOTHETICAL;
            path.append(" [terms]");
        }
        if (s.token(anchor).isNoun() && "nsubj".equals(s.token(anchor).deprel()) && s.parent(anchor) != null
            && s.parent(anchor).pos().startsWith("JJ") && Syntax.child(s, s.parent(anchor).index(), "cop") != null
            && hasNegation(s, s.parent(anchor).index())) {
            // "talks with Washington were not smart": a verdict on such talks, not talks held
            negated = true;
        }
        int nominal = anchor;
        if (s.token(nominal).isNoun() && "conj".equals(s.token(nominal).deprel()) && s.parent(nominal) != null
            && s.parent(nominal).isNoun()) {
            nominal = s.parent(nominal).index();
        }
        if (s.token(nominal).isNoun() && s.token(nominal).deprel() != null && s.token(nominal).deprel().startsWith("nsubj")
            && s.parent(nominal) != null && s.children(s.parent(nominal).index()).stream()
                .anyMatch(c -> c.deprel().startsWith("aux") && (HYPOTHETICAL_AUX.contains(c.lowerWord())))) {
            // "a Chinese naval blockade or attack on Taiwan could constitute a survival-threatening situation"
            modality = Modality.HYPOTHETICAL;
        }
        if (s.token(nominal).isNoun() && "obj".equals(s.token(nominal).deprel()) && s.parent(nominal) != null
            && s.parent(nominal).isVerb()) {
            // "warnings that it would trigger U.S. sanctions", "could spark clashes": what a pending act would bring
            for (Token c : s.children(s.parent(nominal).index())) {
                if (c.deprel().startsWith("aux") && HYPOTHETICAL_AUX.contains(c.lowerWord())) {
                    modality = Modality.HYPOTHETICAL;
                } else if (c.deprel().startsWith("aux") && FUTURE_AUX.contains(c.lowerWord())
                    && modality == Modality.ASSERTED) {
                    modality = Modality.INTENDED;
                }
            }
        }
        for (Token c : s.children(anchor)) {
            if (c.deprel().equals("discourse") && c.lowerWord().equals("no") && c.index() + 1 < s.size()
                && !s.token(c.index() + 1).pos().equals(",")) {
                // "saying no/UH Russian aircraft had carried out combat missions", with "no" read as an interjection
                negated = true;
            }
            if (c.deprel().startsWith("nsubj") && s.children(c.index()).stream().anyMatch(d -> d.deprel().equals("det")
                && (d.lowerWord().equals("no") || d.lowerWord().equals("neither")))) {
                // "no Russian aircraft had carried out combat missions": nobody did it
                negated = true;
            }
        }
        // "would halt strikes and allow ships in": a conjoined verb without its own auxiliary shares its head's
        Token conjHead = "conj".equals(s.token(anchor).deprel()) ? s.parent(anchor) : null;
        if (conjHead != null && conjHead.isVerb() && s.children(anchor).stream().noneMatch(c -> c.deprel().startsWith("aux"))) {
            if (s.children(anchor).stream().anyMatch(c -> c.deprel().equals("cc")
                && (c.lowerWord().equals("or") || c.lowerWord().equals("nor"))) && hasNegation(s, conjHead.index())) {
                // "police did not fire on the crowd or detain anyone": the negation spans the alternatives
                negated = true;
            }
            for (Token c : s.children(conjHead.index())) {
                String w = c.lowerWord();
                if (c.deprel().startsWith("aux") && FUTURE_AUX.contains(w) && modality == Modality.ASSERTED) {
                    modality = Modality.INTENDED;
                } else if (c.deprel().startsWith("aux") && (w.equals("would") || w.equals("'d"))) {
                    wouldPending = true;
                } else if (c.deprel().startsWith("aux") && HYPOTHETICAL_AUX.contains(w)) {
                    modality = Modality.HYPOTHETICAL;
                }
            }
        }
        // "going to attack", "is set to meet", "is due to visit"
        Token p0 = s.parent(anchor);
        if (p0 != null && "xcomp".equals(s.token(anchor).deprel())) {
            String pl = Syntax.lemma(p0);
            if ((pl.equals("go") && p0.pos().equals("VBG")) || pl.equals("set") || pl.equals("due")
                || pl.equals("poised") || pl.equals("scheduled") || pl.equals("expected")) {
                if (modality == Modality.ASSERTED) {
                    modality = Modality.INTENDED;
                }
            }
        }

        int cur = anchor;
        for (int level = 0; level < MAX_LEVELS; level++) {
            Token ct = s.token(cur);
            Token p = s.parent(cur);
            if (p == null) {
                break;
            }
            String rel = ct.baseRel();
            if (ct.pos().equals("VBG") && p.isVerb() && Syntax.lemma(p).equals("stop") && cur > p.index()
                && (rel.equals("dep") || rel.equals("xcomp") || rel.equals("advcl"))
                && (subjectBetween(s, p.index(), cur) || hasMark(s, cur, Set.of("from")))) {
                // "to stop Gaddafi's forces attacking civilians", "stopped protesters from marching": kept from it
                negated = true;
                path.append(" < ").append(p.word()).append("[negation]");
                cur = p.index();
                continue;
            }
            if (rel.equals("dep") && ct.pos().equals("VBG") && p.isVerb() && cueFor(s, p.index()) != null
                && (cur == p.index() + 1 || subjectBetween(s, p.index(), cur))) {
                // "denied backing the rebels", "refused handing over", with the gerund left as a loose dependent
                // ("to stop Gaddafi's forces attacking civilians", with the forces read as its subject)
                rel = "xcomp";
            }
            if (rel.equals("conj") && p.isVerb() && hasMark(s, cur, Set.of("to")) && cueFor(s, p.index()) != null) {
                // "agreed to a ceasefire and to withdraw their forces", with the second infinitive read as a
                // conjunct of the cue verb: its complement
                rel = "xcomp";
            }
            Token pact = rel.equals("acl") && p.isNoun() ? p
                : rel.equals("xcomp") && p.isVerb() ? Syntax.child(s, p.index(), "obj") : null;
            if (pact != null && PACTS.contains(Syntax.lemma(pact)) && hasMark(s, cur, Set.of("to"))
                && s.token(cur).isVerb()) {
                // "signed an agreement to establish relations and reopen their border" (the infinitive hung on the
                // pact or on the verb that signs it): what a pact provides for is its terms, still to be done and
                // coded as the pact, not as acts of their own
                modality = Modality.HYPOTHETICAL;
                path.append(" < ").append(pact.word()).append("[agreed]");
                break;
            }
            if (rel.equals("conj") || rel.equals("acl") && p.isNoun()) {
                // conjoined clauses share their governor; a participle inherits nothing, but the content of
                // "reports that", "claims that" is told by the report
                if (rel.equals("acl")) {
                    Cue nounCue = p.isNoun() && hasMark(s, cur, Set.of("that")) ? cueFor(s, p.index()) : null;
                    if (nounCue == null) {
                        break;
                    }
                    path.append(" < ").append(p.word()).append("[report]");
                }
                cur = p.index();
                continue;
            }
            if (rel.equals("advcl") && hasMark(s, cur, Set.of("to")) && p.isVerb() && cueFor(s, p.index()) != null
                && !PROVIDING.contains(Syntax.lemma(p))) {
                // "decided on Thursday to ease sanctions", with the infinitive hung as an adverbial clause: the
                // cue verb's complement
                rel = "xcomp";
            }
            if ((rel.equals("advcl") || rel.equals("xcomp") && PROVIDING.contains(Syntax.lemma(p)))
                && hasMark(s, cur, Set.of("to")) && s.token(cur).isVerb()
                && !(cur == anchor && rel.equals("advcl") && lex.verbSenses(Syntax.lemma(s.token(cur))).stream()
                    .anyMatch(v -> v.type() == org.parley.model.EventType.PROTEST))) {
                // (but "drove tractors into Brussels to protest against cheap imports" protests as it goes)
                // ("provide radar systems to help the navy", with the purpose parsed as a complement)
                // "delivered weapons to help them fight": a purpose is not a deed
                modality = Modality.HYPOTHETICAL;
                path.append(" < ").append(p.word()).append("[purpose]");
                break;
            }
            if (!GOVERNING_RELS.contains(rel)
                || rel.equals("advcl") && hasMark(s, cur, CONCESSIVE_MARKS)) {
                // "have observed a ceasefire agreed in Minsk, although the military said rebels had fired on its
                // positions": a concession is asserted in its own right
                break;
            }
            if ((rel.equals("obl") || rel.equals("nmod")) && !complementCase(s, cur)) {
                if (cur == anchor && rel.equals("obl") && "for".equals(s.caseOf(cur)) && p.isVerb()
                    && modality == Modality.ASSERTED) {
                    // "he would send his foreign minister to Washington for talks": the talks an errand is for are as
                    // real as the errand
                    for (Token c : s.children(p.index())) {
                        String w = c.lowerWord();
                        if (c.deprel().startsWith("aux") && (FUTURE_AUX.contains(w) || w.equals("would") || w.equals("'d"))) {
                            modality = Modality.INTENDED;
                        } else if (c.deprel().startsWith("aux") && HYPOTHETICAL_AUX.contains(w)) {
                            modality = Modality.HYPOTHETICAL;
                        }
                    }
                    if (hasNegation(s, p.index())) {
                        negated = true;
                    }
                }
                // "during two days of talks" is when, not what was offered
                break;
            }
            if (rel.equals("ccomp") && cueFor(s, p.index()) == null) {
                // "marched on Sunday demanding that Lukashenko step down", with "demanding" hung on "Sunday":
                // the cue verb right before the clause's "that" governs it
                int mark = -1;
                for (Token c : s.children(cur)) {
                    if ("mark".equals(c.deprel()) && c.lowerWord().equals("that")) {
                        mark = c.index();
                    }
                }
                if (mark > 0 && s.token(mark - 1).isVerb() && cueFor(s, mark - 1) != null) {
                    p = s.token(mark - 1);
                }
            }
            Cue cue = cueFor(s, p.index());
            if (cue == null) {
                if (p.isVerb() && rel.equals("xcomp") && RESULTATIVE.contains(Syntax.lemma(p))
                    && Syntax.child(s, p.index(), "obj") != null) {
                    // "voted to switch recognition, prompting Taipei to sever ties": what a cause brought about
                    // happened, whatever the cause's own modality
                    path.append(" < ").append(p.word()).append("[result]");
                    break;
                }
                // "helped to", "began to", "continued to": transparent verbs pass governance through
                if (p.isVerb() && (rel.equals("xcomp") || rel.equals("ccomp"))) {
                    path.append(" < ").append(p.word());
                    if (rel.equals("xcomp")) {
                        // "should help to fund", "did not try to stop": the governing verb's modal and
                        // negation reach its infinitive
                        for (Token c : s.children(p.index())) {
                            String cr = c.deprel();
                            if ((cr.equals("advmod") || cr.equals("neg")) && NEGATORS.contains(c.lowerWord())) {
                                negated = true;
                            } else if (cr.startsWith("aux") && (c.lowerWord().equals("would")
                                || c.lowerWord().equals("'d"))) {
                                // "the truce would allow the two sides to exchange prisoners": as pending as its
                                // governor
                                wouldPending = true;
                            } else if (cr.startsWith("aux") && HYPOTHETICAL_AUX.contains(c.lowerWord())) {
                                modality = Modality.HYPOTHETICAL;
                            } else if (cr.startsWith("aux") && FUTURE_AUX.contains(c.lowerWord())
                                && modality == Modality.ASSERTED) {
                                modality = Modality.INTENDED;
                            }
                        }
                    }
                    cur = p.index();
                    continue;
                }
                break;
            }
            boolean cueNegated = hasNegation(s, p.index());
            Cue.Effect cueEffect = cue.effect();
            if (cueEffect == Cue.Effect.DENIED && cur == anchor && rel.equals("obj")
                && lex.nounIs(s.token(cur), "plan")) {
                // "dismissed Russia's offer of a ceasefire as hypocrisy": an offer is not denied but refused
                cueEffect = Cue.Effect.REFUSED;
            }
            path.append(" < ").append(p.word()).append('[').append(cueEffect.name().toLowerCase(Locale.ROOT))
                .append(']');
            switch (cueEffect) {
                case SPEECH -> {
                    if (obligation && effect == null && speech < 0 && rel.equals("ccomp") && !negated
                        && Syntax.child(s, cur, "nsubj") != null) {
                        // "Assad said Turkey must mediate the talks": the speaker demands it of Turkey
                        effect = Cue.Effect.REQUESTED;
                        cueToken = p.index();
                        modality = Modality.ASSERTED;
                        path.append("[obligation]");
                    }
                    if (speech < 0) {
                        speech = p.index();
                        cueWord = p.word().toLowerCase(Locale.ROOT);
                        speaker = subjectOf(s, p.index());
                        via = listenerOf(s, p.index());
                    }
                    if (wouldPending) {
                        wouldPending = false;
                        if (modality == Modality.ASSERTED) {
                            modality = Modality.INTENDED;
                        }
                    }
                }
                case PROPOSED, INTENDED -> {
                    if (rel.equals("ccomp")) {
                        // "agreed that", "suggested that": an opinion or a report, not a commitment
                        if (speech < 0) {
                            speech = p.index();
                            cueWord = p.word().toLowerCase(Locale.ROOT);
                            speaker = subjectOf(s, p.index());
                            via = listenerOf(s, p.index());
                        }
                        break;
                    }
                    if (wouldPending) {
                        wouldPending = false;
                    }
                    if (modality == Modality.ASSERTED || modality == Modality.INTENDED) {
                        modality = cue.effect() == Cue.Effect.PROPOSED ? Modality.PROPOSED : Modality.INTENDED;
                    }
                    if (p.pos().startsWith("JJ") && s.parent(p.index()) != null
                        && SEEMING.contains(Syntax.lemma(s.parent(p.index())))) {
                        // "North Korea appears ready to conduct a nuclear test": others' reading of an intention
                        modality = Modality.HYPOTHETICAL;
                    }
                    if (cueNegated) {
                        negated = true;
                    }
                }
                case REQUESTED, REFUSED, THREAT -> {
                    wouldPending = false;
                    if (effect == null) {
                        effect = cueEffect;
                        cueToken = p.index();
                        if (cueNegated) {
                            negated = true;
                        }
                    }
                }
                case DENIED, NEGATION -> negated = true;
                case HYPOTHETICAL -> modality = Modality.HYPOTHETICAL;
                case ATTEMPT -> { }
                default -> { }
            }
            cur = p.index();
        }
        // "..., officials said" (parataxis) and "according to X"
        if (speech < 0) {
            int top = cur;
            for (int node : new int[] {anchor, top}) {
                for (Token c : s.children(node)) {
                    if (("parataxis".equals(c.deprel()) || "dep".equals(c.deprel())) && c.isVerb()) {
                        Cue cue = cueFor(s, c.index());
                        if (cue != null && cue.effect() == Cue.Effect.SPEECH) {
                            speech = c.index();
                            cueWord = c.word().toLowerCase(Locale.ROOT);
                            speaker = subjectOf(s, c.index());
                            via = listenerOf(s, c.index());
                            break;
                        }
                    }
                    if (c.baseRel().equals("obl") && "according".equals(s.caseOf(c.index()))) {
                        speech = c.index();
                        cueWord = "according to";
                        speaker = c.index();
                        break;
                    }
                }
                if (speech >= 0) {
                    break;
                }
            }
        }
        for (int a = s.token(anchor).head(), k = 0; a >= 0 && k < 8 && !conditional; a = s.token(a).head(), k++) {
            // "if Obama goes ahead with a planned meeting": a condition anywhere above the act
            Token at = s.token(a);
            if ("advcl".equals(at.deprel()) && hasMark(s, a, CONDITIONAL_MARKS)) {
                conditional = true;
            }
        }
        if ("advcl".equals(s.token(anchor).deprel()) && hasMark(s, anchor, CONDITIONAL_MARKS)) {
            conditional = true;
        }
        Token up = s.parent(anchor);
        if (up != null && CONDITIONAL_MARKS.contains(up.lowerWord())) {
            // "a dilemma over whether to arrest him", with "whether" read as the act's head
            conditional = true;
        }
        if (up != null && "xcomp".equals(s.token(anchor).deprel()) && up.isVerb()
            && s.children(up.index()).stream().anyMatch(o -> o.deprel().equals("obj") && s.children(o.index()).stream()
                .anyMatch(d -> d.deprel().equals("det") && d.lowerWord().equals("no")))) {
            // "made no attempt to arrest him", "took no steps to stop": nothing done
            negated = true;
        }
        if (!negated && modality == Modality.ASSERTED && claimContent(s, anchor)) {
            // "rejected Moscow's claim that American advisers were directing Ukrainian artillery fire": what a claim
            // says happened is the claimant's charge, not a deed the news reports
            modality = Modality.HYPOTHETICAL;
            path.append(" [claim]");
        }
        if (negated) {
            modality = Modality.DENIED;
        } else if (conditional) {
            modality = Modality.HYPOTHETICAL;
        } else if (wouldPending && modality == Modality.ASSERTED) {
            // "would hold talks with Abbas next month": a plan told in the past; otherwise a hypothesis
            modality = futureTime(s, anchor) ? Modality.INTENDED : Modality.HYPOTHETICAL;
        }
        return new Frame(modality, negated, effect, cueToken, speech, speaker, via, cueWord, hedged, path.toString());
    }

    /** Clause {@code v} (or the clause it is conjoined to) is dated ahead: "next month", "tomorrow", "later this year". */
    private static boolean futureTime(Sentence s, int v) {
        int[] heads = "conj".equals(s.token(v).deprel()) ? new int[] {v, s.token(v).head()} : new int[] {v};
        for (int h : heads) {
            for (Token c : s.children(h)) {
                if (!c.deprel().startsWith("obl") && !c.deprel().equals("advmod")) {
                    continue;
                }
                if (c.lowerWord().equals("tomorrow") || c.lowerWord().equals("later")) {
                    return true;
                }
                for (Token m : s.children(c.index())) {
                    if (m.lowerWord().equals("next") || m.lowerWord().equals("coming")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Prepositions that introduce the content of a cue: "agreed on", "called for", "insisted on". */
    static boolean complementCase(Sentence s, int i) {
        for (String p : new String[] {"to", "on", "for", "of", "about"}) {
            if (s.hasCase(i, p)) {
                return true;
            }
        }
        return false;
    }

    private Cue cueFor(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isVerb() && !t.isNoun() && !t.pos().startsWith("JJ")) {
            return null;
        }
        for (Cue c : lex.cues(Syntax.lemma(t))) {
            if (c.particle() == null || Syntax.hasParticle(s, i, c.particle())
                && !("to".equals(c.particle()) && setAblaze(s, i))) {
                return c;
            }
        }
        return null;
    }

    /** "set fire to a police post", "set the building ablaze": an act done, not "set to" do one. */
    private static boolean setAblaze(Sentence s, int i) {
        return s.children(i).stream().anyMatch(c -> c.deprel().equals("obj") && c.lowerWord().equals("fire")
            || c.lowerWord().equals("ablaze") || c.lowerWord().equals("alight"));
    }

    private static boolean hasMark(Sentence s, int i, Set<String> marks) {
        for (Token c : s.children(i)) {
            if ("mark".equals(c.deprel()) && marks.contains(c.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    static boolean hasNegation(Sentence s, int i) {
        for (Token c : s.children(i)) {
            String rel = c.deprel();
            if ((rel.equals("advmod") || rel.equals("neg")) && NEGATORS.contains(c.lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /** Subject of a reporting verb, following a relative pronoun to its antecedent. */
    static int subjectOf(Sentence s, int v) {
        for (Token c : s.children(v)) {
            if ("nsubj".equals(c.deprel()) || "nsubj:pass".equals(c.deprel())) {
                return c.index();
            }
        }
        Token first = s.parent(v);
        if ("conj".equals(s.token(v).deprel()) && first != null && first.isVerb() && first.index() < v) {
            // "Londono apologised to the victims and said the FARC would lay down its weapons": the conjoined verb
            // shares the first one's subject
            return subjectOf(s, first.index());
        }
        return -1;
    }

    /** The listener or outlet of "told a newspaper", "told Reuters". */
    static int listenerOf(Sentence s, int v) {
        if (!Syntax.lemma(s.token(v)).equals("tell")) {
            for (Token c : s.children(v)) {
                if (c.baseRel().equals("obl") && "to".equals(s.caseOf(c.index()))) {
                    return c.index();
                }
            }
            return -1;
        }
        for (Token c : s.children(v)) {
            if ("iobj".equals(c.deprel()) || "obj".equals(c.deprel())) {
                return c.index();
            }
        }
        return -1;
    }
}
