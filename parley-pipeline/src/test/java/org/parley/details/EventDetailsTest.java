package org.parley.details;

import org.junit.jupiter.api.Test;
import org.parley.attribution.AttributionResolver;
import org.parley.coding.Frame;
import org.parley.geo.EventLocator;
import org.parley.geo.Gazetteer;
import org.parley.geo.GeoContext;
import org.parley.geo.Place;
import org.parley.model.Attribution;
import org.parley.model.Event;
import org.parley.model.Location;
import org.parley.model.Modality;
import org.parley.model.Quantities;
import org.parley.quantity.QuantityExtractor;
import org.parley.text.Sentence;
import org.parley.text.SentenceSelector;
import org.parley.time.EventDater;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The location, date, attribution and quantity stages on real CoreNLP parses of wire sentences, each
 * called with the event's predicate word (independent of the event coder's lexicon).
 */
class EventDetailsTest {
    private static final Frame PLAIN = new Frame(Modality.ASSERTED, false, null, -1, -1, -1, -1, null, false, "");
    private static volatile EventLocator locator;

    private static EventLocator locator() {
        if (locator == null) {
            locator = new EventLocator(Gazetteer.load());
        }
        return locator;
    }

    private static Sentence parse(String text) {
        return DetailsParley.get().nlp().analyze(text, SentenceSelector.ALL).sentences().get(0);
    }

    private static int tok(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }

    private static Location where(Sentence s, String pred, String type) {
        GeoContext ctx = locator().startArticle(List.of(s));
        EventLocator.SentencePlaces ps = locator().sentence(s, ctx);
        int p = tok(s, pred);
        return locator().locate(s, ps, ctx, p, p, -1, type, List.of(), List.of());
    }

    private static EventDater.EventDate when(Sentence s, String pred, String pub) {
        EventDater d = new EventDater();
        LocalDate date = LocalDate.parse(pub);
        int p = tok(s, pred);
        return d.date(s, d.expressions(s, date), date, p, p, -1);
    }

    @Test
    void talksInTheQatariCapital() {
        Sentence s = parse("U.S. special envoy Zalmay Khalilzad met Taliban negotiators in the Qatari capital on"
            + " Wednesday for a third straight day, a spokesman for the insurgents' political office said.");
        Location l = where(s, "met", "CONSULT");
        assertEquals("Doha", l.name());
        assertEquals("QAT", l.country());
        assertEquals("city", l.precision());
        assertEquals(LocalDate.of(2019, 1, 23), when(s, "met", "2019-01-23").date());
        Attribution a = new AttributionResolver().resolve(s, tok(s, "met"), tok(s, "met"), PLAIN, "Reuters")
            .attribution();
        assertNotNull(a);
        assertTrue(a.speaker().contains("spokesman"), a.toString());
        assertTrue(a.anonymous());
        assertEquals("Reuters", a.chain().get(a.chain().size() - 1));
    }

    @Test
    void attackInKabulOnMondayWithItsToll() {
        Sentence s = parse("Taliban fighters detonated a car bomb and stormed a defence ministry building in Kabul on"
            + " Monday, killing at least six people, officials said.");
        Location l = where(s, "stormed", "ASSAULT");
        assertEquals("AFG", l.country());
        assertEquals(LocalDate.of(2019, 7, 1), when(s, "stormed", "2019-07-02").date());
        Quantities q = new QuantityExtractor().extract(s, tok(s, "stormed"), tok(s, "stormed"), "ASSAULT");
        assertEquals(6L, ((Number) q.values().get("killed")).longValue());
    }

    @Test
    void provinceGivesAdmin1() {
        Sentence s = parse("U.S. special forces carried out a raid on an Islamic State hideout in Deir ez-Zor"
            + " province on Thursday, the U.S. military said.");
        Location l = where(s, "raid", "COERCE");
        assertEquals("admin1", l.precision());
        assertEquals("SYR", l.country());
        assertEquals(LocalDate.of(2022, 12, 22), when(s, "raid", "2022-12-23").date());
    }

    @Test
    void aPossessorIsWhoseNotWhereButACityNamingACourtOrQuarterIsWhere() {
        Sentence s = parse("A truck bomb exploded at a busy intersection in Mogadishu on Saturday, killing at least"
            + " 231 people in the deadliest attack in Somalia's history.");
        assertEquals("Mogadishu", where(s, "killing", "ASSAULT").name());
        Sentence court = parse("A Moscow court on Tuesday jailed Kremlin critic Alexei Navalny for two years.");
        assertEquals("Moscow", where(court, "jailed", "SANCTION").name());
    }

    @Test
    void regionsValleysAndBasesOutsideTheCityListAreLocated() {
        Sentence s = parse("Azerbaijan launched what it called anti-terrorist operations in Nagorno-Karabakh on"
            + " Tuesday, shelling Armenian positions.");
        Location l = where(s, "launched", "ASSAULT");
        assertEquals("Nagorno-Karabakh", l.name());
        assertEquals("admin1", l.precision());
        Sentence base = parse("The United States fired 59 Tomahawk cruise missiles at Syria's Shayrat air base on"
            + " Friday.");
        Location b = where(base, "fired", "ASSAULT");
        assertEquals("Shayrat", b.name());
        assertEquals("city", b.precision());
    }

    @Test
    void aDistrictNamedAsSuchIsASecondLevelSubdivision() {
        Sentence s = parse("Militants attacked a police checkpoint in Pakistan's Bannu district on Monday, killing four"
            + " policemen.");
        Location l = where(s, "attacked", "ASSAULT");
        assertEquals("Bannu", l.name());
        assertEquals("admin2", l.precision());
        assertEquals("PAK", l.country());
    }

    @Test
    void aTownInACountryIsPreferredToTheCountry() {
        Sentence s = parse("Islamic State fighters abducted hundreds of Yazidi women after overrunning the town of Sinjar"
            + " in northern Iraq on Sunday.");
        Location l = where(s, "abducted", "ASSAULT");
        assertEquals("IRQ", l.country());
        assertEquals("city", l.precision());
    }

    @Test
    void aPlaceNamedByOfAfterCityOrTownSitsWhereItsNounDoes() {
        Sentence s = parse("Rapid Support Forces fighters killed between 10,000 and 15,000 people in the West Darfur city"
            + " of El Geneina last year, according to U.N. sanctions monitors.");
        Location l = where(s, "killed", "ASSAULT");
        assertEquals("Geneina", l.name(), String.valueOf(l));
        assertEquals("city", l.precision());
    }

    @Test
    void aDirectionBeforeACountryNamesThePartOfItThatLiesThatWay() {
        Sentence s = parse("Ugandan and Congolese troops launched joint air and artillery strikes against ADF rebels in"
            + " eastern Congo on Tuesday, the Ugandan army said.");
        Location l = where(s, "launched", "ASSAULT");
        assertEquals("eastern Congo", l.name(), String.valueOf(l));
        assertEquals("COD", l.country());
        assertEquals("admin1", l.precision());
        Place whole = locator().geocoder().gazetteer().country("COD");
        assertTrue(l.lon() > whole.lon() + 0.5, l + " lies east of " + whole);
        Sentence n = parse("Turkish drones struck Kurdish fighters in northern Syria on Monday.");
        Location north = where(n, "struck", "ASSAULT");
        assertTrue(north.lat() > locator().geocoder().gazetteer().country("SYR").lat(), String.valueOf(north));
    }

    @Test
    void aNameRunningOnAcrossOfIsOnePlace() {
        Sentence s = parse("Naval forces from Iran, Russia and China began joint exercises in the Gulf of Oman on"
            + " Tuesday.");
        Location l = where(s, "began", "COOPERATE");
        assertEquals("Gulf of Oman", l.name(), String.valueOf(l));
    }

    @Test
    void aDatelineNamesACityQualifiedByACountryOrAState() {
        // no party of the event is Palestinian: only the dateline tells which Gaza
        Event g = DetailsParley.code("GAZA (AFP) - Israeli aircraft struck targets in Gaza on Friday, the military"
            + " said.", "2018-05-04").get(0);
        assertEquals("PSE", g.location().country(), String.valueOf(g.location()));
        Event w = DetailsParley.code("WINDSOR, Ontario (CP) - Police arrested protesters on Thursday.", "2022-02-10")
            .get(0);
        assertEquals("CAN", w.location().country(), String.valueOf(w.location()));
    }

    @Test
    void theEnclaveOrTheProvinceIsTheLastAreaNamed() {
        List<Event> ev = DetailsParley.code("Hamas fired rockets from the Gaza Strip on Tuesday. Israeli aircraft struck"
            + " targets in the enclave on Wednesday, the military said.", "2021-05-12");
        Event strike = ev.stream().filter(e -> e.sentence() == 1).findFirst().orElseThrow();
        assertEquals("Gaza Strip", strike.location().name(), String.valueOf(strike.location()));
    }

    @Test
    void aPlaceInsideAPhraseOfCauseOrCircumstanceIsNotTheEventsSetting() {
        Sentence s = parse("Chinese Vice Foreign Minister Le Yucheng summoned U.S. Ambassador Terry Branstad on Sunday to"
            + " lodge a strong protest over the arrest of Huawei executive Meng Wanzhou in Canada.");
        Location l = where(s, "summoned", "ACCUSE");
        assertTrue(l == null || !"CAN".equals(l.country()), String.valueOf(l));
        Sentence e = parse("Eritrea has ordered a nationwide military mobilisation, calling up reservists amid fears of a"
            + " new war with Ethiopia, diplomats said.");
        Location m = where(e, "mobilisation", "MOBILIZE");
        assertTrue(m == null || !"ETH".equals(m.country()), String.valueOf(m));
    }

    @Test
    void theTopicOfTalksOrOfWhatWasSaidIsNotWhereTheyHappened() {
        Sentence s = parse("East African and southern African leaders held a joint summit in Dar es Salaam on Saturday"
            + " on the conflict in eastern Congo.");
        Location l = where(s, "summit", "CONSULT");
        assertEquals("TZA", l.country(), String.valueOf(l));
        Sentence a = parse("Taliban spokesman Zabihullah Mujahid gave assurances on Tuesday that Afghanistan would not be"
            + " used as a base for attacks on other countries.");
        assertNull(where(a, "assurances", "AGREE"));
        Sentence m = parse("Indonesia and Malaysia signed a memorandum on the protection of Indonesian domestic workers in"
            + " Malaysia on Friday.");
        assertNull(where(m, "signed", "SUPPORT"), "neither a party nor the memorandum's topic is where it was signed");
    }

    @Test
    void aPlaceInAClauseOfWhatCameBeforeIsThatClauses() {
        Sentence s = parse("Ukrainian troops entered the southern city of Kherson on Friday after Russia said it had"
            + " completed the withdrawal of its forces across the Dnipro River.");
        Location l = where(s, "entered", "MOBILIZE");
        assertEquals("Kherson", l.name(), String.valueOf(l));
    }

    @Test
    void placeOfTheAnnouncementIsNotThePlaceOfTheEvent() {
        Sentence s = parse("Taliban fighters attacked a checkpoint on Tuesday, a spokesman told reporters in"
            + " Washington.");
        int said = tok(s, "told");
        GeoContext ctx = locator().startArticle(List.of(s));
        EventLocator.SentencePlaces ps = locator().sentence(s, ctx);
        int p = tok(s, "attacked");
        assertNull(locator().locate(s, ps, ctx, p, p, said, "ASSAULT", List.of(), List.of()));
        Attribution a = new AttributionResolver().resolve(s, p, p, PLAIN, null).attribution();
        assertEquals("reporters", a.via());
        assertEquals("told", a.cue());
    }

    @Test
    void backgroundDoesNotDateOrCountTheEvent() {
        Sentence s = parse("Gunmen attacked a police post in Helmand province on Friday, in a war that has killed"
            + " more than 100,000 people since October 2001.");
        assertEquals(LocalDate.of(2019, 3, 1), when(s, "attacked", "2019-03-03").date());
        Quantities q = new QuantityExtractor().extract(s, tok(s, "attacked"), tok(s, "attacked"), "ASSAULT");
        assertFalse(q.values().containsKey("killed"), q.toString());
        assertEquals("AFG", where(s, "attacked", "ASSAULT").country());
    }

    @Test
    void anOutcomeIsDatedByItsClauseAndALongPastMainClauseDatesWhatItHolds() {
        Sentence s = parse("A powerful explosion damaged the bridge linking Crimea to Russia on Saturday, killing three"
            + " people.");
        assertEquals(LocalDate.of(2022, 10, 8), when(s, "killing", "2022-10-10").date());
        Sentence old = parse("Sixty years ago this week, Soviet tanks rolled into Budapest to crush the Hungarian"
            + " uprising.");
        assertEquals(1956, when(old, "uprising", "2016-10-24").date().getYear());
    }

    @Test
    void hedgeLowersConfidence() {
        Sentence s = parse("Russian troops reportedly withdrew from Izyum last week.");
        int p = tok(s, "withdrew");
        AttributionResolver.Result r = new AttributionResolver().resolve(s, p, p, PLAIN, "AFP");
        assertTrue(r.confidenceFactor() < 1.0);
        assertEquals("reportedly", r.attribution().cue());
        EventDater.EventDate d = when(s, "withdrew", "2022-09-16");
        assertEquals("week", d.precision());
        assertEquals(LocalDate.of(2022, 9, 5), d.date());
    }

    @Test
    void crowdSizeAndRanges() {
        Sentence s = parse("Tens of thousands of opposition supporters marched into Islamabad on Friday night.");
        Quantities q = new QuantityExtractor().extract(s, tok(s, "marched"), tok(s, "marched"), "PROTEST");
        assertEquals("tens of thousands", q.values().get("size"));
        assertEquals("Islamabad", where(s, "marched", "PROTEST").name());
        Sentence r = parse("Police arrested between 28,000 and 40,000 people.");
        Quantities rq = new QuantityExtractor().extract(r, tok(r, "arrested"), tok(r, "arrested"), "COERCE");
        assertEquals("28000-40000", rq.values().get("arrested"));
    }

    @Test
    void aCapitalNamedAfterItsTitleIsThatCityAndNotTheCountrysCapital() {
        Sentence s = parse("Russian warplanes bombed the centre of the Chechen capital Grozny on Tuesday, witnesses said.");
        Location l = where(s, "bombed", "ASSAULT");
        assertEquals("RUS", l.country());
        assertEquals(43.31, l.lat(), 0.1);
        assertEquals(45.69, l.lon(), 0.1);
    }

    @Test
    void aSquareOfACityIsInThatCity() {
        Sentence s = parse("Iraqi police fired tear gas at thousands of protesters in Baghdad's Tahrir Square on Tuesday.");
        Location l = where(s, "fired", "ASSAULT");
        assertEquals("IRQ", l.country());
        assertEquals("Baghdad", l.name());
    }

    @Test
    void thePortOfANamedCityIsThatCityNotTheSeaBeforeIt() {
        Sentence s = parse("Colombian and U.S. naval forces began joint counter-narcotics exercises off the Caribbean"
            + " port of Cartagena on Monday.");
        Location l = where(s, "exercises", "COOPERATE");
        assertEquals("COL", l.country());
        assertEquals("Cartagena", l.name());
    }

    @Test
    void aCountryAdjectiveOnTownsInThePluralNamesTheCountry() {
        Sentence s = parse("Protests over a sharp rise in gasoline prices spread to more than 100 Syrian cities and towns"
            + " on Sunday, with demonstrators torching banks and blocking highways.");
        Location l = where(s, "torching", "PROTEST");
        assertNotNull(l);
        assertEquals("SYR", l.country());
        assertEquals("country", l.precision());
        // a finer place named with them still wins; an adjective on officials names no place
        Sentence t = parse("Protesters rallied in Aleppo and other Syrian cities on Friday.");
        assertEquals("Aleppo", where(t, "rallied", "PROTEST").name());
        Sentence o = parse("Syrian officials met the envoy on Friday.");
        assertNull(where(o, "met", "CONSULT"));
    }

    @Test
    void aRelativeClauseOnAnActSharesItsSetting() {
        Sentence s = parse("Islamic State claimed responsibility for Thursday's suicide bombing outside Kabul airport that"
            + " killed at least 169 Afghans and 13 U.S. service members.");
        Location l = where(s, "killed", "ASSAULT");
        assertNotNull(l);
        assertEquals("Kabul", l.name());
        Sentence e = parse("Azerbaijan condemned the armed attack on its embassy in Tehran, which killed the head of the"
            + " embassy's security service.");
        assertEquals("Tehran", where(e, "killed", "ASSAULT").name());
        // a person's relative clause does not take the setting of the person's phrase
        Sentence p = parse("A court in Paris convicted a man from Marseille who killed two police officers in 2019.");
        Location pl = where(p, "killed", "ASSAULT");
        assertTrue(pl == null || !"Marseille".equals(pl.name()), String.valueOf(pl));
    }

    @Test
    void anAreaSetOffAfterATownSaysWhereTheTownIs() {
        Sentence s = parse("U.S. Africa Command said on Wednesday it had carried out an air strike against al Shabaab"
            + " fighters near Jilib, in Somalia's Middle Juba region, on Tuesday, killing five militants.");
        Location l = where(s, "strike", "ASSAULT");
        assertNotNull(l);
        assertEquals("Jilib", l.text());
        assertEquals("city", l.precision());
        // an area that stands on its own stays the area
        Sentence a = parse("Somali troops attacked al Shabaab positions in Somalia's Middle Juba region on Tuesday.");
        assertEquals("admin1", where(a, "attacked", "ASSAULT").precision());
    }

    @Test
    void theRegionIsAnAreaNamedAsARegionAndTheTerritoryTheCountryLikePlaceNamed() {
        List<Event> ev = DetailsParley.code("Prime Minister Abiy Ahmed said on Wednesday he had ordered the army into"
            + " the northern Tigray region, and his government declared a six-month state of emergency in the region.",
            "2020-11-04");
        Event emergency = ev.stream().filter(e -> e.type().name().equals("COERCE")).findFirst().orElseThrow();
        assertEquals("ETH", emergency.location().country(), String.valueOf(emergency.location()));
        assertEquals("admin1", emergency.location().precision());
        List<Event> tl = DetailsParley.code("Pro-Jakarta militiamen torched the Dili residence of Bishop Carlos Belo on"
            + " Monday. Indonesian President B.J. Habibie declared martial law in the territory on Tuesday.",
            "1999-09-07");
        Event law = tl.stream().filter(e -> e.sentence() == 1).findFirst().orElseThrow();
        assertEquals("TLS", law.location().country(), String.valueOf(law.location()));
        // "the region" after an area not called a region, in an earlier sentence, is a wider one: not Helmand
        List<Event> w = DetailsParley.code("Taliban fighters attacked a police post in Helmand on Monday. The United"
            + " Nations condemned the violence in the region on Tuesday.", "2019-06-04");
        w.stream().filter(e -> e.sentence() == 1 && e.location() != null).forEach(e ->
            assertFalse("Helmand".equals(e.location().name()), String.valueOf(e.location())));
    }

    @Test
    void anIslandAndAFewSeatsOfGovernmentNamedByTheirBuildingAreListedPlaces() {
        Sentence s = parse("Israeli Defence Minister Benny Gantz met U.S. Defense Secretary Lloyd Austin at the Pentagon"
            + " on Thursday.");
        Location l = where(s, "met", "CONSULT");
        assertNotNull(l);
        assertEquals("USA", l.country());
        assertEquals("city", l.precision());
        Sentence m = parse("President Rodrigo Duterte declared martial law across the island of Mindanao on Tuesday.");
        Location ml = where(m, "declared", "COERCE");
        assertEquals("Mindanao", ml.name(), String.valueOf(ml));
        assertEquals("admin1", ml.precision());
        // the building as the speaker or actor is no place
        Sentence w = parse("The White House imposed new sanctions on Russian banks on Monday.");
        assertNull(where(w, "imposed", "SANCTION"));
    }

    private static String speaker(Sentence s, String pred) {
        int p = tok(s, pred);
        Attribution a = new AttributionResolver().resolve(s, p, p, PLAIN, "Reuters").attribution();
        return a == null ? null : a.speaker();
    }

    @Test
    void aClosingReportingClauseNamesTheSpeakerWhateverSubjectTheParseGaveIt() {
        Sentence s = parse("Security forces fired tear gas at demonstrators in the capital on Friday as the protests"
            + " entered a third week, opposition groups said, adding that dozens had been hurt.");
        assertEquals("opposition groups", speaker(s, "fired"));
        Sentence c = parse("A military court on Monday sentenced the former army chief and two of his aides to life"
            + " in prison for treason, his lawyers said.");
        assertEquals("his lawyers", speaker(c, "sentenced"));
        // the act inside a noun phrase before the reporter is not spoken by that noun phrase
        Sentence d = parse("An aid convoy reached the town on Monday, the first delivery since the army lifted its"
            + " siege of the eastern districts, the International Committee of the Red Cross said.");
        assertEquals("the International Committee of the Red Cross", speaker(d, "lifted"));
        Sentence m = parse("Russia pounded cities across Ukraine with missiles and drones during the evening rush hour,"
            + " killing at least nine people, regional officials said on Tuesday.");
        assertEquals("regional officials", speaker(m, "pounded"));
        // a reporting verb that takes its own clause, or a participle of a passive, does not close the act's clause
        Sentence after = parse("Police detained two men on Sunday, officials said, and soldiers later stormed the"
            + " village.");
        assertFalse("officials".equals(speaker(after, "stormed")), speaker(after, "stormed"));
        Sentence x = parse("Gunmen stormed the hotel on Friday, the attack claimed by al Shabaab within hours.");
        assertNull(speaker(x, "stormed"));
    }

    @Test
    void anActInAClauseOfSoManyDaysBeforeIsDatedFromItsMainClause() {
        // 2023-03-11 is a Saturday
        Sentence s = parse("Rebels shelled the airport on Friday, a day after government troops and the rebels signed a"
            + " truce in the capital.");
        assertEquals(LocalDate.of(2023, 3, 9), when(s, "signed", "2023-03-11").date());
        assertEquals(LocalDate.of(2023, 3, 10), when(s, "shelled", "2023-03-11").date());
        Sentence two = parse("Lawmakers passed a resolution on Sunday calling for the expulsion of foreign troops, two"
            + " days after a drone strike killed a militia commander near the border.");
        assertEquals(LocalDate.of(2023, 3, 10), when(two, "killed", "2023-03-13").date());
        // "days after" says not how many: the clause keeps its main clause's day
        Sentence some = parse("Troops withdrew from the town on Monday, days after the talks collapsed.");
        assertEquals(LocalDate.of(2023, 3, 13), when(some, "collapsed", "2023-03-14").date());
        // an outcome participle after the clause is the clause's; a speaking one is the main clause's
        Sentence outcome = parse("The president suspended peace talks on Friday, a day after a car bomb exploded at a"
            + " police academy, killing 21 people.");
        assertEquals(LocalDate.of(2023, 3, 9), when(outcome, "killing", "2023-03-11").date());
        // "a week after" names the week, as "a week ago" does
        Sentence week = parse("Investigators began exhuming bodies near the town on Friday, a week after the troops"
            + " withdrew from it.");
        assertEquals("week", when(week, "withdrew", "2023-03-10").precision());
        // a promise for "the next day" is dated when it is made
        Sentence next = parse("The prime minister said on Thursday that the government would free the captured pilot"
            + " the next day.");
        assertEquals(LocalDate.of(2023, 3, 9), when(next, "free", "2023-03-10").date());
        // "the previous day" counts back from the sentence's date
        Sentence prev = parse("The Security Council on Monday condemned an attack on a U.N. camp that killed eight"
            + " peacekeepers the previous day.");
        assertEquals(LocalDate.of(2023, 3, 12), when(prev, "killed", "2023-03-14").date());
    }

    @Test
    void aLaterSentenceWithNoTimeOfItsOwnTakesTheLeadsDay() {
        List<Event> ev = DetailsParley.code("Gunmen attacked a church in northern Nigeria on Sunday, killing 12"
            + " worshippers, police said. The attackers also abducted the pastor. Soldiers arrested two suspects on"
            + " Tuesday.", "2022-06-07");
        Event abducted = ev.stream().filter(e -> e.sentence() == 1).findFirst().orElseThrow();
        assertEquals("2022-06-05", abducted.date());
        Event arrested = ev.stream().filter(e -> e.sentence() == 2).findFirst().orElseThrow();
        assertEquals("2022-06-07", arrested.date());
    }

    @Test
    void aSpeakingParticipleAndANamedSpokesmanAndTheNearerReporter() {
        // the act is a participle of the report: the reporter speaks it
        Sentence acc = parse("The rebels rejected the proposal, a spokesman for the group said on Sunday, accusing the"
            + " government of starving civilians.");
        assertEquals("a spokesman for the group", speaker(acc, "accusing"));
        // "saying" with no subject of its own speaks for the subject of the verb it hangs from
        Sentence say = parse("The defence ministry on Tuesday denied shelling the market, saying its forces had hit an"
            + " arms depot nearby.");
        String sayer = speaker(say, "hit");
        assertTrue(sayer != null && sayer.startsWith("The defence ministry"), sayer);
        // a name set off after the title is who spoke
        Sentence name = parse("Police have arrested 14 members of a smuggling ring, the force's spokesman, Inspector"
            + " John Mwangi, said on Sunday.");
        assertEquals("Inspector John Mwangi", speaker(name, "arrested"));
        // the reporter closing the act's clause wins over a later speech verb
        Sentence near = parse("Militants torched a church on Tuesday, military officials said, hours before the"
            + " president declared martial law across the region.");
        assertEquals("military officials", speaker(near, "torched"));
    }
}
