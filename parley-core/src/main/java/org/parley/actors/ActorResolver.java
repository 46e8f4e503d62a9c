package org.parley.actors;

import org.parley.model.Actor;
import org.parley.text.Sentence;
import org.parley.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves the noun phrase headed by a token to an {@link Actor}: a named person (through the
 * tenure valid at the article date), organisation, country or capital, a sector noun with its
 * country ("Afghan security forces"), an office title ("the Afghan president"), or a compound of
 * these ("Saudi, Pakistani and Emirati officials").
 *
 * <p>Stateless and thread-safe; one instance per knowledge base.
 */
public final class ActorResolver {
    private static final Set<String> NP_RELS = Set.of("compound", "amod", "nmod:poss", "det", "flat", "fixed",
        "nummod", "det:predet", "compound:prt", "flat:foreign", "case", "cc", "conj", "nmod");
    private static final Set<String> GENERIC_HEADS = Set.of("member", "group", "unit", "convoy", "delegation",
        "team", "contingent", "branch", "wing", "faction", "leadership", "representative", "side", "camp",
        "base", "position", "headquarters", "office", "post", "checkpoint", "patrol", "vehicle", "ship", "plane",
        "supporter", "ally", "affiliate", "loyalist", "remnant", "elements", "element", "leader", "chief", "head",
        "commander", "spokesman", "spokeswoman", "spokesperson", "board", "panel", "body", "personnel", "staff",
        "crew", "operative", "agent", "instructor", "trainer", "source", "vessel", "boat", "aircraft", "jet",
        "helicopter", "truck", "station", "outpost", "barracks", "treasury", "agency", "alliance", "expert",
        "investigator", "monitor", "inspector", "observer", "network", "movement");

    /** Craft that stand for their country's side when a country modifies them: "Chinese surveillance ships". */
    private static final Set<String> CRAFT_HEADS = Set.of("ship", "vessel", "boat", "plane", "aircraft", "jet",
        "helicopter", "convoy", "submarine", "drone");

    /** Heads of a team a state sends to bring relief, and the words that make it one: "Spanish rescue teams". */
    private static final Set<String> RELIEF_TEAM_HEADS = Set.of("team", "unit", "contingent");
    private static final Set<String> RELIEF_WORDS = Set.of("rescue", "search-and-rescue", "medical", "relief",
        "humanitarian", "disaster", "emergency", "health");

    /** Adjectives of a region or bloc that make "countries" a group of states. */
    private static final Set<String> REGIONS = Set.of("european", "western", "arab", "african", "asian", "gulf",
        "nordic", "baltic", "muslim", "islamic", "neighbouring", "neighboring", "member", "donor", "nato",
        "eu", "g7", "g20", "latin", "caribbean", "pacific", "balkan", "scandinavian", "allied", "industrialised",
        "industrialized", "developing", "western-backed", "soviet", "post-soviet", "world", "regional", "major",
        "foreign");

    /** Plural heads that, counted or given a region, are a group of states: "Western nations", "Gulf states". */
    private static final Set<String> STATE_WORDS = Set.of("country", "nation", "state", "republic", "power",
        "neighbour", "neighbor");

    /** Words that count "countries" as a group of states: "several countries". */
    private static final Set<String> COUNTED = Set.of("several", "many", "numerous", "multiple");
    /** Determiners that make counted countries the ones named before: "the two countries". */
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "both");

    /** Plural heads of people that take the group a modifier names: "civilian men", "Rohingya women". */
    private static final Set<String> PEOPLE_HEADS = Set.of("man", "woman", "child", "boy", "girl");

    /** Heads that stand for a state's side when a country modifies them: "the Iranian delegation". */
    private static final Set<String> STATE_HEADS = Set.of("delegation", "representative", "side", "leadership",
        "negotiator", "envoy", "mission", "treasury", "agency");

    /** Collective heads that take their sector from a modifying sector noun ("army command"). */
    private static final Set<String> COLLECTIVE_HEADS = Set.of("command", "council", "committee", "movement",
        "organisation", "organization", "coalition", "alliance", "network", "force", "brigade", "battalion",
        "regiment", "division", "fighter", "official", "figure", "activist", "cell");

    /** Heads that only count or pick out members: "80 of the prisoners", "dozens of protesters". */
    private static final Set<String> QUANTITY_HEADS = Set.of("dozen", "dozens", "hundred", "hundreds", "thousand",
        "thousands", "million", "millions", "score", "scores", "number", "some", "many", "most", "all", "several",
        "few", "one", "two", "three", "first", "last", "tens", "ten", "rest", "remainder", "majority", "part", "half", "none",
        "each", "both", "any", "other", "others", "batch", "wave", "crowd", "group");

    private final ActorKb kb;

    public ActorResolver(ActorKb kb) {
        this.kb = kb;
    }

    public ActorKb kb() {
        return kb;
    }

    /**
     * The actor of the phrase headed by {@code head}, or an unresolved actor carrying only its text
     * when nothing in the phrase is known. Conjoined heads become a compound actor.
     */
    public Actor resolve(Sentence s, int head, LocalDate date) {
        List<Token> conjuncts = conjuncts(s, head);
        if (conjuncts.size() > 1) {
            List<Actor> members = new ArrayList<>();
            for (Token c : conjuncts) {
                members.add(resolveSimple(s, c.index(), date, true));
            }
            int[] range = range(s, head, false);
            String text = s.span(range[0], range[1]);
            return compound(text, members);
        }
        return resolveSimple(s, head, date, false);
    }

    /** The head and the nouns conjoined to it ("Russia and Turkey"). */
    private static List<Token> conjuncts(Sentence s, int head) {
        List<Token> out = new ArrayList<>();
        out.add(s.token(head));
        for (Token c : s.children(head, "conj")) {
            if (c.isNoun() || c.isPronoun()) {
                out.add(c);
            }
        }
        return out;
    }

    private static Actor compound(String text, List<Actor> members) {
        String sector = null;
        String country = null;
        boolean sameSector = true;
        boolean sameCountry = true;
        for (Actor m : members) {
            if (sector == null) {
                sector = m.sector();
            } else if (!sector.equals(m.sector())) {
                sameSector = false;
            }
            if (country == null) {
                country = m.country();
            } else if (!country.equals(m.country())) {
                sameCountry = false;
            }
        }
        return new Actor(text, null, null, sameCountry ? country : null, sameSector ? sector : null, members);
    }

    /** Token range of the phrase headed by {@code head}, without determiners at its edge. */
    private static int[] range(Sentence s, int head, boolean withoutConj) {
        BitSet in = new BitSet();
        collect(s, head, in, withoutConj, 0);
        int from = in.nextSetBit(0);
        int to = in.length() - 1;
        while (from < to && edgeJunk(s.token(from))) {
            from++;
        }
        while (to > from && edgeJunk(s.token(to)) && to != head) {
            to--;
        }
        return new int[] {from, to};
    }

    private static boolean edgeJunk(Token t) {
        String p = t.pos();
        return p.equals("DT") || p.equals(",") || p.equals("CC") || p.equals("``") || p.equals("''")
            || p.equals("IN") || p.equals("-LRB-") || p.equals("-RRB-") || p.equals(".") || p.equals(":")
            || p.equals("POS");
    }

    private static void collect(Sentence s, int i, BitSet in, boolean withoutConj, int depth) {
        in.set(i);
        if (depth > 6) {
            return;
        }
        for (Token c : s.children(i)) {
            String rel = c.deprel();
            if (rel == null) {
                continue;
            }
            if (withoutConj && depth == 0 && (rel.equals("conj") || rel.equals("cc"))) {
                continue;
            }
            if (rel.equals("nmod") && !s.hasCase(c.index(), "of")) {
                continue;
            }
            if (rel.equals("case") && !c.word().equals("'s") && !c.word().equals("'") && !c.word().equals("of")) {
                continue;
            }
            if (c.isVerb() && !rel.equals("amod") && !rel.equals("compound")) {
                continue;
            }
            if (c.pos().equals("VBG") && c.index() > 0 && c.index() < i && s.token(c.index() - 1).pos().equals("IN")) {
                // "after cutting ties": the gerund before the noun is the act done to it, not part of its name
                continue;
            }
            if (NP_RELS.contains(rel)) {
                collect(s, c.index(), in, false, depth + 1);
            }
        }
    }


    private Actor resolveSimple(Sentence s, int head, LocalDate date, boolean inCompound) {
        Actor named = namedMembers(s, head, date);
        if (named != null) {
            return named;
        }
        int[] r = range(s, head, true);
        String text = s.span(r[0], r[1]);
        Token h = s.token(head);
        List<NameMatch> matches = kb.find(s.tokens(), r[0], Math.max(r[1], head));
        NameMatch headMatch = null;
        for (NameMatch m : matches) {
            if (m.entry() instanceof KbEntry.SectorNoun && matches.stream().anyMatch(o -> o.entry() instanceof
                KbEntry.Organization && o.from() < m.from() && o.to() >= m.from() && o.to() < m.to())) {
                // "European Union leaders": the organisation's name ends where a sector phrase ("union leader")
                // would begin; the name wins, and its leaders are the organisation's
                continue;
            }
            if (m.covers(head) && (headMatch == null || m.length() > headMatch.length()
                || m.length() == headMatch.length() && priority(m.entry()) > priority(headMatch.entry()))) {
                headMatch = m;
            }
        }
        List<String> modifierCountries = new ArrayList<>();
        KbEntry.Organization modifierOrg = null;
        KbEntry.Person modifierPerson = null;
        KbEntry.Office office = null;
        String sector = null;
        for (NameMatch m : matches) {
            if (headMatch != null && overlaps(m, headMatch)) {
                continue;
            }
            KbEntry e = m.entry();
            if (e instanceof KbEntry.CountryAdjective ca) {
                addOnce(modifierCountries, ca.iso3());
            } else if (e instanceof KbEntry.CountryName cn) {
                addOnce(modifierCountries, cn.iso3());
            } else if (e instanceof KbEntry.Capital cap) {
                addOnce(modifierCountries, cap.iso3());
            } else if (e instanceof KbEntry.Organization o && modifierOrg == null) {
                modifierOrg = o;
            } else if (e instanceof KbEntry.Person p && modifierPerson == null) {
                modifierPerson = p;
            } else if (e instanceof KbEntry.Office o && office == null) {
                office = o;
            } else if (e instanceof KbEntry.SectorNoun sn && sector == null) {
                sector = sn.sector();
            }
        }
        KbEntry he = headMatch == null ? null : headMatch.entry();
        // the tagger sometimes misses a name it has tagged PERSON ("Le Yucheng" as NN)
        boolean name = h.isProperNoun()
            || "PERSON".equals(h.ner()) && h.isNoun() && Character.isUpperCase(h.word().charAt(0));
        boolean personName = name && "PERSON".equals(h.ner());
        if (he instanceof KbEntry.Person p) {
            return person(text, p, date);
        }
        if (he instanceof KbEntry.Organization o) {
            return Actor.simple(text, o.name(), o.id(), o.country() != null ? o.country() : first(modifierCountries),
                o.sector());
        }
        if ((he instanceof KbEntry.Capital || he instanceof KbEntry.CountryName)
            && partOfLongerName(s, r[0], Math.max(r[1], head), headMatch)) {
            // "Hotel Rwanda", "Little Britain": a name that contains a country is not the country
            return Actor.simple(text, null, null, null, null);
        }
        if (he instanceof KbEntry.Capital cap) {
            return Actor.simple(text, kb.countryName(cap.iso3()), null, cap.iso3(), "GOV");
        }
        if (he instanceof KbEntry.CountryName cn) {
            return Actor.simple(text, kb.countryName(cn.iso3()), null, cn.iso3(), null);
        }
        if (he instanceof KbEntry.CountryAdjective ca) {
            // "the Afghans", "ordinary Iraqis": people of the country, not its state
            boolean people = h.pos().equals("NNS") || h.pos().equals("NNPS");
            return Actor.simple(text, kb.countryName(ca.iso3()), null, ca.iso3(), people ? "CVL" : null);
        }
        if (modifierPerson != null && (name || office != null)) {
            return person(text, modifierPerson, date);
        }
        if ((he instanceof KbEntry.Office || office != null && name) && modifierCountries.isEmpty()
            && modifierOrg == null && unknownNameBefore(s, r[0], head, matches)) {
            KbEntry.Office held = he instanceof KbEntry.Office o3 ? o3 : office;
            if (REGIONAL_OFFICES.contains(held.key())) {
                // "NSW Premier Gladys Berejiklian", "Kano Governor Abdullahi Ganduje": a state or city the
                // knowledge base does not know
                return Actor.simple(text, null, null, null, "GOV");
            }
            // "Boeing Chief Executive Dave Calhoun": a title held in a body the knowledge base does not know
            // (a company, most often), not a state office
            return Actor.simple(text, null, null, null, "BUS");
        }
        if (he instanceof KbEntry.Office o || office != null && name) {
            KbEntry.Office off = he instanceof KbEntry.Office o2 ? o2 : office;
            // "Indonesian President B.J. Habibie": a name the knowledge base does not know is not the holder it
            // knows for the date unless it is that holder's name
            return officeHolder(s, head, text, off, modifierCountries, modifierOrg, date,
                he instanceof KbEntry.Office ? null : h.word());
        }
        Actor employer = employer(s, head, he instanceof KbEntry.SectorNoun sn0 ? sn0.sector() : null, date);
        if (employer != null) {
            return new Actor(text, employer.name(), employer.id(), employer.country(), employer.sector(),
                employer.members());
        }
        if (headMatch == null && DOCUMENT_HEADS.contains(h.lemma().toLowerCase(java.util.Locale.ROOT))) {
            // "a U.S. congressional report", "the Iranian statement": the body or state the modifiers name
            if (modifierOrg != null) {
                return Actor.simple(text, modifierOrg.name(), modifierOrg.id(), modifierOrg.country(), modifierOrg.sector());
            }
            if (sector != null || modifierCountries.size() == 1) {
                return Actor.simple(text, null, null, first(modifierCountries), sector != null ? sector : "GOV");
            }
        }
        if (he instanceof KbEntry.SectorNoun sn) {
            return sectorActor(s, text, sn.sector(), modifierCountries, modifierOrg, modifierPerson, date);
        }
        if (headMatch == null && sector != null && h.pos().equals("NNS")
            && PEOPLE_HEADS.contains(h.lemma().toLowerCase(java.util.Locale.ROOT))) {
            // "300 civilian men", "Rohingya women": people of the group the modifier names
            return Actor.simple(text, null, null, first(modifierCountries), sector);
        }
        // adjectival compound heads: "Saudi, Pakistani and Emirati officials" reach here per conjunct
        if (personName && sector != null) {
            // "U.S. Ambassador John Bass", "Syrian opposition leader X": a person the knowledge base does not
            // know, of the role his title says
            return Actor.simple(text, null, null, first(modifierCountries), sector);
        }
        if (personName && !modifierCountries.isEmpty() && titledName(s, r[0], head)) {
            // "U.S. Trade Representative Robert Zoellick": a capitalised title between the country and the name
            return Actor.simple(text, null, null, modifierCountries.get(0), "GOV");
        }
        if (personName && !modifierCountries.isEmpty()) {
            // "British actress Kate Winslet": a person of the country, not its government
            return Actor.simple(text, null, null, modifierCountries.get(0), "CVL");
        }
        if (headMatch == null && h.word().equals("West") && h.isProperNoun() && s.children(head).stream()
            .noneMatch(c -> c.deprel().equals("compound") || c.deprel().equals("amod"))
            && s.children(head).stream().anyMatch(c -> c.lowerWord().equals("the"))) {
            // "warned the West", "sanctions imposed by the West": the Western states as one party (not "the West
            // Bank", "Kanye West", "the Middle West")
            return Actor.simple(text, "the West", null, null, "GOV");
        }
        // a generic head with a known actor inside: "a convoy of Afghan troops", "members of Hamas"
        String hl = h.lemma().toLowerCase(java.util.Locale.ROOT);
        if (GENERIC_HEADS.contains(hl) || CRAFT_HEADS.contains(hl) || QUANTITY_HEADS.contains(hl) || h.pos().equals("CD")
            || h.isProperNoun()) {
            for (Token c : s.children(head)) {
                if (("nmod".equals(c.deprel()) && s.hasCase(c.index(), "of")) || "nmod:poss".equals(c.deprel())) {
                    Actor inner = resolve(s, c.index(), date);
                    if (inner.isResolved()) {
                        return new Actor(text, inner.name(), inner.id(), inner.country(), inner.sector(), inner.members());
                    }
                }
            }
            if (modifierOrg != null) {
                return Actor.simple(text, modifierOrg.name(), modifierOrg.id(), modifierOrg.country(), modifierOrg.sector());
            }
            if (!modifierCountries.isEmpty() && STATE_HEADS.contains(hl)) {
                return Actor.simple(text, null, null, modifierCountries.get(0), "GOV");
            }
            if (modifierCountries.size() == 1 && sector == null && CRAFT_HEADS.contains(hl)) {
                // "Chinese surveillance ships shadowed the carrier": the state's craft
                return Actor.simple(text, null, null, modifierCountries.get(0), null);
            }
            if (modifierCountries.size() == 1 && sector == null && RELIEF_TEAM_HEADS.contains(hl) && s.children(head)
                .stream().anyMatch(c -> (c.deprel().equals("compound") || c.deprel().equals("amod"))
                    && RELIEF_WORDS.contains(c.lowerWord()))) {
                // "Spanish rescue teams", "a Japanese medical team": the state's relief team
                return Actor.simple(text, null, null, modifierCountries.get(0), null);
            }
            if (modifierCountries.size() > 1 && sector == null && CRAFT_HEADS.contains(hl)) {
                // "U.S., British and Jordanian aircraft": the craft of several states
                List<Actor> states = new ArrayList<>();
                for (String iso : modifierCountries) {
                    states.add(Actor.simple(kb.countryName(iso), kb.countryName(iso), null, iso, null));
                }
                return new Actor(text, null, null, null, null, states);
            }
            if (!modifierCountries.isEmpty() && hl.equals("faction")) {
                // "Palestinian factions": the country's parties and movements
                return Actor.simple(text, null, null, modifierCountries.get(0), "PTY");
            }
        }
        if (modifierCountries.size() == 1 && sector == null && (hl.equals("agent") || hl.equals("operative"))) {
            // "U.S. agents", "Iranian operatives": a state's security men (a bare "agent" may sell houses or play
            // football)
            return Actor.simple(text, null, null, modifierCountries.get(0), "SPY");
        }
        boolean definite = s.children(head).stream().anyMatch(c -> c.deprel().equals("det")
            && DEFINITE.contains(c.lowerWord()));
        boolean within = s.children(head).stream().anyMatch(c -> c.deprel().startsWith("nmod")
            && (s.hasCase(c.index(), "in") || s.hasCase(c.index(), "across")));
        if (STATE_WORDS.contains(hl) && h.pos().equals("NNS") && !(hl.equals("state") && within) && s.children(head).stream()
            .anyMatch(c -> c.deprel().equals("amod") && REGIONS.contains(c.lowerWord())
                || !definite && (c.deprel().equals("nummod")
                || (c.deprel().equals("amod") || c.deprel().equals("det")) && COUNTED.contains(c.lowerWord())))) {
            // "More than a dozen European countries expelled Russian diplomats", "Nearly 70 countries have agreed",
            // "Former Soviet republics": a group of states ("the two countries" are the two named before; "many
            // states in the US" are a country's own)
            return Actor.simple(text, null, null, null, "GOV");
        }
        if (sector != null && (GENERIC_HEADS.contains(hl) || COLLECTIVE_HEADS.contains(hl))) {
            // "Syrian army command", "separatist group", "Iraqi militia groups", "Syrian opposition members"
            return Actor.simple(text, null, null, first(modifierCountries), sector);
        }
        // an apposition may name what the head does not: "Khalilzad, the U.S. envoy"
        for (Token c : s.children(head, "appos")) {
            Actor inner = resolveSimple(s, c.index(), date, inCompound);
            if (inner.isResolved()) {
                return new Actor(text, inner.name(), inner.id(), inner.country(), inner.sector(), inner.members());
            }
        }
        String institution = headMatch == null && name ? institutionSector(s, r[0], Math.max(r[1], head), hl) : null;
        if (institution != null) {
            // "the Canadian International Development Agency", "Action Against Hunger": a body the knowledge
            // base does not know, of the kind its name says
            String country = first(modifierCountries);
            if (country == null) {
                int of = ofDependent(s, head);
                Actor inner = of >= 0 ? resolveSimple(s, of, date, inCompound) : null;
                country = inner == null ? null : inner.country();
            }
            return Actor.simple(text, null, null, country, institution);
        }
        return Actor.simple(text, null, null, null, null);
    }

    /**
     * "Several countries, including France and Germany", "critics such as the European Commission": the
     * actors the phrase names as its members, or null when it names none the knowledge base knows.
     */
    private Actor namedMembers(Sentence s, int head, LocalDate date) {
        for (Token c : s.children(head)) {
            if (c.deprel().startsWith("nmod") && (s.hasCase(c.index(), "including") || s.hasCase(c.index(), "like")
                || s.hasCase(c.index(), "such"))) {
                Actor inner = resolve(s, c.index(), date);
                if (inner.isResolved() && (inner.country() != null || inner.id() != null
                    || inner.members().stream().anyMatch(m -> m.country() != null || m.id() != null))) {
                    return inner;
                }
            }
        }
        return null;
    }

    /**
     * The body a person or paper speaks for: "a spokesman for the Taliban", "inspectors from the IAEA",
     * "officials at the Pentagon", "a statement from the foreign ministry", "a report by Human Rights Watch".
     * A country alone gives the person's role its country ("diplomats from Qatar"). Null when the phrase
     * names no such body.
     */
    private Actor employer(Sentence s, int head, String headSector, LocalDate date) {
        String hl = s.token(head).lemma().toLowerCase(java.util.Locale.ROOT);
        boolean paper = DOCUMENT_HEADS.contains(hl);
        if (!paper && !AFFILIATED_HEADS.contains(hl)) {
            return null;
        }
        for (Token c : s.children(head)) {
            boolean by = c.deprel().startsWith("nmod") && (s.hasCase(c.index(), "for") || s.hasCase(c.index(), "from")
                || s.hasCase(c.index(), "at") || s.hasCase(c.index(), "of") || paper && s.hasCase(c.index(), "by"))
                || paper && c.deprel().equals("nmod:poss");
            if (!by || !c.isNoun()) {
                continue;
            }
            Actor inner = resolve(s, c.index(), date);
            if (!inner.isResolved() || inner.country() == null && inner.id() == null && !inner.isCompound()) {
                continue;
            }
            if (inner.id() != null && inner.id().startsWith("PER:")) {
                // "a spokesman for President Erdogan": the person's side, not the person
                return Actor.simple(inner.text(), null, null, inner.country(), inner.sector());
            }
            if (inner.sector() == null && inner.id() == null && !inner.isCompound()) {
                return Actor.simple(inner.text(), inner.name(), null, inner.country(), paper ? "GOV" : headSector);
            }
            return inner;
        }
        return null;
    }

    /** Heads of people who act for a body named after them: "a spokesman for", "inspectors from". */
    private static final Set<String> AFFILIATED_HEADS = Set.of("spokesman", "spokeswoman", "spokesperson",
        "representative", "envoy", "negotiator", "delegate", "delegation", "inspector", "monitor", "observer",
        "investigator", "official", "officer", "staff", "staffer", "employee", "personnel", "aide", "adviser",
        "advisor", "member", "peacekeeper", "diplomat", "lawyer", "attorney", "expert", "source");

    /** Heads of papers that speak for who issued them: "a statement from the ministry", "a U.N. report". */
    private static final Set<String> DOCUMENT_HEADS = Set.of("statement", "report", "communique", "communiqué",
        "resolution", "letter", "declaration", "decree", "memo", "memorandum", "note", "ruling", "verdict");

    /** Heads of the names of public bodies: "Development Agency", "Ministry of Health", "Border Service". */
    private static final Set<String> PUBLIC_BODY_HEADS = Set.of("agency", "ministry", "department", "bureau",
        "directorate", "authority", "authorities", "commission", "secretariat", "inspectorate", "service", "office");

    /** Heads of the names of armed movements. */
    private static final Set<String> ARMED_BODY_HEADS = Set.of("front", "resistance", "brigade", "brigades", "army",
        "militia", "militias", "liberation");

    /** Heads of the names of civic bodies. */
    private static final Set<String> CIVIL_BODY_HEADS = Set.of("organization", "organisation", "union", "association",
        "federation", "league", "society", "network", "foundation", "movement");

    /** Words of the names of aid and rights bodies: "Action Against Hunger", "Islamic Relief", "Human Rights Watch". */
    private static final Set<String> AID_BODY_WORDS = Set.of("relief", "hunger", "rescue", "humanitarian", "charity",
        "aid", "care", "cross", "crescent", "doctors", "rights", "refugees", "refugee", "children");

    /** The sector of an unknown capitalised name of a public, aid or rights body, or null. */
    private static String institutionSector(Sentence s, int from, int to, String headLemma) {
        boolean org = false;
        boolean aid = false;
        for (int i = from; i <= to; i++) {
            Token t = s.token(i);
            if ("ORGANIZATION".equals(t.ner())) {
                org = true;
            }
            if (Character.isUpperCase(t.word().charAt(0)) && AID_BODY_WORDS.contains(t.lowerWord())) {
                aid = true;
            }
        }
        if (PUBLIC_BODY_HEADS.contains(headLemma) && (org || s.token(to).isProperNoun())) {
            return "GOV";
        }
        if (org && ARMED_BODY_HEADS.contains(headLemma)) {
            // "Ogaden National Liberation Front", "Islamic Resistance"
            return "REB";
        }
        if (org && CIVIL_BODY_HEADS.contains(headLemma)) {
            // "Hungarian Civil Liberties Union", "Civil Liberty Organization"
            return "NGO";
        }
        return org && aid ? "NGO" : null;
    }

    private static int ofDependent(Sentence s, int head) {
        for (Token c : s.children(head)) {
            if ("nmod".equals(c.deprel()) && s.hasCase(c.index(), "of")) {
                return c.index();
            }
        }
        return -1;
    }

    /** Office keys of a region's or city's government, held in places the knowledge base may not know. */
    private static final Set<String> REGIONAL_OFFICES = Set.of("prime_minister", "governor", "mayor", "leader", "chief_minister", "premier");

    /**
     * A capitalised common word (a title: "Trade Representative", "Special Envoy") stands between a country
     * word and the person's name in {@code from..head}.
     */
    private boolean titledName(Sentence s, int from, int head) {
        for (int i = from; i < head; i++) {
            Token t = s.token(i);
            if (t.isProperNoun() && "O".equals(t.ner())
                && Character.isUpperCase(t.word().charAt(0)) && kb.find(s.tokens(), i, i).isEmpty()
                && !t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word before the title, not a person or place, that no knowledge-base entry covers ("Boeing"). */
    private static boolean unknownNameBefore(Sentence s, int from, int head, List<NameMatch> matches) {
        for (int i = from; i < head; i++) {
            Token t = s.token(i);
            if (!t.isProperNoun() || "PERSON".equals(t.ner())) {
                continue;
            }
            if ("LOCATION".equals(t.ner())) {
                // "NSW Premier", "Gloversville Mayor": an office of a place
                return false;
            }
            final int k = i;
            if (matches.stream().noneMatch(m -> m.covers(k))) {
                return true;
            }
            return false;
        }
        return false;
    }

    /** Proper-noun tokens in the phrase that the country match does not cover make it another name. */
    private boolean partOfLongerName(Sentence s, int from, int to, NameMatch m) {
        for (int i = from; i <= to; i++) {
            Token t = s.token(i);
            if (m.covers(i) || !t.isProperNoun()) {
                continue;
            }
            boolean known = kb.find(s.tokens(), i, i).stream().anyMatch(x -> !(x.entry() instanceof KbEntry.SectorNoun));
            if (!known) {
                return true;
            }
        }
        return false;
    }

    private Actor sectorActor(Sentence s, String text, String sector, List<String> countries,
                              KbEntry.Organization org, KbEntry.Person person, LocalDate date) {
        if (org != null) {
            String orgSector = org.sector();
            boolean stateOrg = "institution".equals(org.kind());
            return Actor.simple(text, org.name(), org.id(), org.country(), stateOrg ? orgSector : orgSector);
        }
        if (countries.size() > 1) {
            List<Actor> members = new ArrayList<>();
            for (String c : countries) {
                members.add(Actor.simple(text, kb.countryName(c), null, c, sector));
            }
            return compound(text, members);
        }
        String country = first(countries);
        if (country == null && person != null) {
            country = kb.tenureAt(person.id(), date).map(Tenure::country).orElse(null);
        }
        return Actor.simple(text, null, null, country, sector);
    }

    private Actor officeHolder(Sentence s, int head, String text, KbEntry.Office office, List<String> countries,
                               KbEntry.Organization org, LocalDate date, String writtenName) {
        String country = first(countries);
        if (country == null && org != null) {
            // "NATO Secretary-General", "the Taliban leader"
            return Actor.simple(text, org.name(), org.id(), org.country(), org.sector());
        }
        if (country != null) {
            var holder = kb.holder(country, office.key(), date);
            if (holder.isPresent() && (writtenName == null || holder.get().name().toLowerCase(Locale.ROOT)
                .contains(writtenName.toLowerCase(Locale.ROOT)))) {
                Tenure t = holder.get();
                return Actor.simple(text, t.name(), t.personId(), t.country(), t.sector());
            }
        }
        return Actor.simple(text, null, null, country, office.sector());
    }

    private Actor person(String text, KbEntry.Person p, LocalDate date) {
        var t = kb.tenureAt(p.id(), date);
        if (t.isEmpty()) {
            return Actor.simple(text, p.name(), p.id(), null, null);
        }
        return Actor.simple(text, p.name(), p.id(), t.get().country(), t.get().sector());
    }

    private static int priority(KbEntry e) {
        if (e instanceof KbEntry.Person) {
            return 6;
        }
        if (e instanceof KbEntry.Organization) {
            return 5;
        }
        if (e instanceof KbEntry.CountryName) {
            return 4;
        }
        if (e instanceof KbEntry.Capital) {
            return 3;
        }
        if (e instanceof KbEntry.Office) {
            return 2;
        }
        if (e instanceof KbEntry.SectorNoun) {
            return 1;
        }
        return 0;
    }

    private static boolean overlaps(NameMatch a, NameMatch b) {
        return a.from() <= b.to() && b.from() <= a.to();
    }

    private static void addOnce(List<String> l, String v) {
        if (!l.contains(v)) {
            l.add(v);
        }
    }

    private static String first(List<String> l) {
        return l.isEmpty() ? null : l.get(0);
    }
}
