package org.parley.coding;

import org.parley.model.Actor;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per-article state of the coder: the article date and the actors recently named, for pronouns.
 * Created for one article and used by one thread.
 */
public final class CodingContext {
    /** Pronouns reach back at most this many sentences. */
    private static final int PRONOUN_REACH = 2;
    /** A generic name for an armed group ("the insurgents") reaches back this many sentences. */
    private static final int ARMED_REACH = 6;

    private final LocalDate date;
    private final boolean sport;
    private final boolean softNews;
    private final String homeCountry;
    private Actor lastPerson;
    private Actor lastGroup;
    private int lastPersonSentence = -100;
    private int lastGroupSentence = -100;
    private Actor lastPatient;
    private int lastPatientSentence = -100;
    private Actor lastDoer;
    private Actor lastArmed;
    private int lastArmedSentence = -100;
    private int lastDoerSentence = -100;
    private int sentence;
    /** Full names told in earlier sentences: the people a bare surname may be. */
    private final List<FullName> fullNames = new ArrayList<>();
    /** Full names already resolved for a surname, by the name's head token. */
    private final java.util.Map<FullName, Actor> resolvedNames = new java.util.HashMap<>();

    /** A person named in full: the sentence and the name's head token. */
    record FullName(Sentence sentence, int head) { }

    public CodingContext(LocalDate date) {
        this(date, false, null);
    }

    /**
     * @param sport       the article reads as a sports report: countries and clubs are teams, not states
     * @param homeCountry the country the article is about (dateline, places), or null: "police" and
     *                    "the government" with no country of their own belong to it
     */
    public CodingContext(LocalDate date, boolean sport, String homeCountry) {
        this(date, sport, false, homeCountry);
    }

    /**
     * @param softNews the article reads as an entertainment or technology report: "the government" or
     *                 "police" alone do not make an event political there
     */
    public CodingContext(LocalDate date, boolean sport, boolean softNews, String homeCountry) {
        this.date = date;
        this.sport = sport;
        this.softNews = softNews;
        this.homeCountry = homeCountry;
    }

    public boolean softNews() {
        return softNews;
    }

    public String homeCountry() {
        return homeCountry;
    }

    public boolean sport() {
        return sport;
    }

    void atSentence(int index) {
        this.sentence = index;
    }

    public LocalDate date() {
        return date;
    }

    Actor lastPerson() {
        return sentence - lastPersonSentence <= PRONOUN_REACH ? lastPerson : null;
    }

    Actor lastGroup() {
        return sentence - lastGroupSentence <= PRONOUN_REACH ? lastGroup : null;
    }

    /** The last group or person an event was done to: "them" in "expelled 45 diplomats, accusing them". */
    Actor lastPatient() {
        return sentence - lastPatientSentence <= PRONOUN_REACH ? lastPatient : null;
    }

    /** The source of the last realized event: whom a later condemnation or demand answers. */
    Actor lastDoer() {
        return sentence - lastDoerSentence <= PRONOUN_REACH ? lastDoer : null;
    }

    /** Notes a realized event's parties: its target as the last patient, its source as the last doer. */
    void rememberEvent(Actor source, Actor target) {
        if (target != null && target.isResolved()) {
            lastPatient = target;
            lastPatientSentence = sentence;
        }
        if (source != null && source.isResolved()) {
            lastDoer = source;
            lastDoerSentence = sentence;
        }
    }

    /** The non-state armed group named last in the article: "the insurgents", "the rebel group" later on. */
    Actor lastArmedGroup() {
        return sentence - lastArmedSentence <= ARMED_REACH ? lastArmed : null;
    }

    void remember(Actor a) {
        if (a == null || !a.isResolved()) {
            return;
        }
        if (a.id() != null && a.sector() != null && ActorFinder.NON_STATE_ARMED.contains(a.sector())) {
            lastArmed = a;
            lastArmedSentence = sentence;
        }
        if (a.id() != null && a.id().startsWith("PER:")) {
            lastPerson = a;
            lastPersonSentence = sentence;
        } else {
            lastGroup = a;
            lastGroupSentence = sentence;
        }
    }

    /**
     * Notes the people a sentence names in full ("interim Prime Minister Claude Joseph"), so that a later bare
     * surname ("Joseph declared a state of siege") can be read as them; nothing is resolved until one asks.
     */
    void noteFullNames(Sentence s) {
        for (Token t : s.tokens()) {
            String rel = t.deprel();
            if (rel == null || !t.isProperNoun() || !"PERSON".equals(t.ner()) || rel.equals("compound")
                || rel.equals("flat")) {
                continue;
            }
            boolean full = s.children(t.index()).stream().anyMatch(c -> (c.deprel().equals("compound")
                || c.deprel().equals("flat")) && "PERSON".equals(c.ner()));
            if (full) {
                fullNames.add(new FullName(s, t.index()));
            }
        }
    }

    /** The actor a full name resolved to, resolving it once with {@code resolve}. */
    Actor fullNameActor(FullName n, java.util.function.Function<FullName, Actor> resolve) {
        Actor a = resolvedNames.get(n);
        if (a == null) {
            // not computeIfAbsent: resolving may look up another surname
            a = resolve.apply(n);
            resolvedNames.put(n, a);
        }
        return a;
    }

    /** Earlier full names whose last word is {@code surname}, latest first. */
    List<FullName> fullNames(String surname) {
        List<FullName> out = new ArrayList<>();
        String want = surname.toLowerCase(Locale.ROOT);
        for (int k = fullNames.size() - 1; k >= 0; k--) {
            FullName n = fullNames.get(k);
            if (n.sentence().token(n.head()).lowerWord().equals(want)) {
                out.add(n);
            }
        }
        return out;
    }
}
