package org.parley.coding;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.pipeline.SharedParley;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.parley.pipeline.SharedParley.none;
import static org.parley.pipeline.SharedParley.first;
import static org.parley.pipeline.SharedParley.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actor resolution inside real sentences: compounds, capitals, office holders at the article date. */
class ActorsIT {


    @Test
    void compoundSubjectOfReciprocalActStaysOneEventFirstPartyToTheOthers() {
        List<Event> ev = SharedParley.code(
            "Russia, Turkey and Iran held talks on Syria in the Kazakh capital on Monday.", "2017-01-24");
        List<Event> consult = ev.stream().filter(e -> e.type() == EventType.CONSULT).toList();
        assertEquals(1, consult.size(), ev::toString);
        assertEquals("RUS", consult.get(0).source().country());
        assertEquals(List.of("TUR", "IRN"), consult.get(0).target().members().stream().map(Actor::country).toList());
    }

    @Test
    void compoundAdjectivesMakeOneCompoundActor() {
        List<Event> ev = SharedParley.code(
            "Saudi, Pakistani and Emirati officials met Taliban negotiators in Abu Dhabi.", "2018-12-18");
        Event c = first(ev, EventType.CONSULT);
        assertEquals(List.of("SAU", "PAK", "ARE"), c.source().members().stream().map(Actor::country).toList());
        assertEquals("ORG:taliban", c.target().id());
    }

    @Test
    void capitalStandsForItsGovernment() {
        Event e = first(SharedParley.code("Moscow condemned the new sanctions imposed by Washington.", "2018-04-07"),
            EventType.ACCUSE);
        assertEquals("RUS", e.source().country());
        assertEquals("GOV", e.source().sector());
    }

    @Test
    void countryAdjectiveAndSectorNounCombine() {
        Event e = first(SharedParley.code("U.S. troops killed three Afghan policemen in an air strike.", "2019-05-02"),
            EventType.ASSAULT);
        assertEquals("USA", e.source().country());
        assertEquals("MIL", e.source().sector());
        assertEquals("AFG", e.target().country());
    }

    @Test
    void officeTitleResolvesToTheHolderAtTheArticleDate() {
        Event in2019 = first(SharedParley.code("The Afghan president met Pakistani officials in Kabul.", "2019-06-27"),
            EventType.CONSULT);
        assertEquals("PER:ashraf_ghani", in2019.source().id());
        assertEquals("AFG", in2019.source().country());
    }

    @Test
    void namedOfficeHolderResolvesThroughTenure() {
        Event e = first(SharedParley.code("Secretary of State Mike Pompeo met envoy Zalmay Khalilzad in Doha.",
            "2019-03-01"), EventType.CONSULT);
        assertEquals("PER:mike_pompeo", e.source().id());
        assertEquals("USA", e.source().country());
        assertEquals("PER:zalmay_khalilzad", e.target().id());
    }

    @Test
    void aTitledNameTheKnowledgeBaseDoesNotKnowIsNotTheHolderOfTheDay() {
        Event e = first(SharedParley.code("JAKARTA, Sept 12 - Indonesian President B.J. Habibie met Australian Prime"
            + " Minister John Howard in Jakarta.", "2019-09-12"), EventType.CONSULT);
        assertNull(e.source().id(), "Habibie is not Joko Widodo, who held the office in 2019");
        assertEquals("IDN", e.source().country());
        assertEquals("GOV", e.source().sector());
    }

    @Test
    void anObjectPronounIsNotTheSubjectOfItsOwnClause() {
        Event t = only(SharedParley.code("MARAWI, Philippines - The militants, who are holding Father Chito Suganob"
            + " and a number of churchgoers, threatened to kill them.", "2017-05-25"), EventType.THREATEN);
        assertTrue(t.target() == null || !"INS".equals(t.target().sector()), "the militants do not threaten themselves");
        Event a = only(SharedParley.code("RIYADH - Saudi Arabia cut ties with Qatar, accusing it of backing terrorism.",
            "2017-06-05"), EventType.ACCUSE);
        assertEquals("QAT", a.target().country());
    }

    @Test
    void aKinshipNounIsThePersonItsAppositionNames() {
        Event e = only(SharedParley.code("MANILA, March 12 - His daughter, Vice President Sara Duterte, condemned the"
            + " Philippine police on Wednesday.", "2025-03-12"), EventType.ACCUSE);
        assertEquals("Vice President Sara Duterte", e.source().text());
        assertEquals("GOV", e.source().sector());
    }

    @Test
    void aSpokesmanForAGroupSpeaksForIt() {
        Event e = only(SharedParley.code("SANAA, June 4 - The Houthis rejected the plan on Saturday. A spokesman for the"
            + " group accused the Saudi-led coalition of starving Yemenis.", "2018-06-04"), EventType.ACCUSE);
        assertEquals("ORG:houthis", e.source().id());
    }

    @Test
    void himStandsForAnEnvoyNamedByOffice() {
        Event e = only(SharedParley.code("OTTAWA, May 8 - Canada expelled a Chinese diplomat on Monday, accusing him of"
            + " trying to intimidate a lawmaker.", "2023-05-08"), EventType.ACCUSE);
        assertEquals("CHN", e.target().country());
    }

    @Test
    void passiveAgentIsTheSource() {
        Event e = first(SharedParley.code("Five soldiers were killed by Taliban fighters in Helmand province.",
            "2019-05-02"), EventType.ASSAULT);
        assertEquals("ORG:taliban", e.source().id());
        assertTrue(e.target().text().contains("soldiers"), e.target().text());
    }

    @Test
    void lightVerbTakesTheNounsEvent() {
        Event e = first(SharedParley.code("Israeli warplanes carried out strikes on Hamas positions in Gaza.",
            "2021-05-14"), EventType.ASSAULT);
        assertEquals("ISR", e.source().country());
        assertTrue(e.target().text().contains("Hamas"), e.target().text());
    }

    @Test
    void sportStoriesHaveNoEvents() {
        assertTrue(SharedParley.code("Chelsea beat Arsenal 2-1 on Saturday after a late attack down the left wing "
            + "left the defenders stranded.", "2004-11-20").isEmpty());
    }
    @Test
    void unknownPersonWithATitleIsOfTheTitlesRoleButAnActressIsACivilian() {
        Event c = first(SharedParley.code("U.S. Ambassador John Bass met Afghan President Ashraf Ghani on Monday.",
            "2018-03-05"), EventType.CONSULT);
        assertEquals("USA", c.source().country());
        assertEquals("GOV", c.source().sector());
        Event p = first(SharedParley.code("Police arrested British actress Kate Winslet in London on Monday.",
            "2018-03-05"), EventType.COERCE);
        assertEquals("CVL", p.target().sector());
    }

    @Test
    void collectiveHeadsTakeTheSectorOfTheirModifier() {
        Event a = first(SharedParley.code("The Syrian army command said it had ceased military operations near"
            + " Damascus, and Chinese regulators launched an investigation into Alibaba.", "2018-03-05"),
            EventType.ACCUSE);
        assertEquals("CHN", a.source().country());
        assertEquals("GOV", a.source().sector());
    }
    @Test
    void aTitleInAnUnknownCompanyIsNoStateOfficeButAGovernorOfAPlaceIs() {
        assertTrue(SharedParley.code("Boeing Chief Executive Dave Calhoun said on Monday he would step down at the"
            + " end of the year.", "2024-03-25").isEmpty());
        List<Event> ev = SharedParley.code("New York Governor Andrew Cuomo agreed to resign on Tuesday.", "2021-08-10");
        assertTrue(ev.stream().anyMatch(e -> "GOV".equals(e.source().sector())), ev.toString());
    }

    @Test
    void craftAndStaffModifiedByAServiceOrCountryAreThatSide() {
        Event aid = first(SharedParley.code("U.S. military helicopters airlifted 300 stranded villagers on Monday.",
            "2020-05-01"), EventType.AID);
        assertEquals("USA", aid.source().country());
        assertEquals("MIL", aid.source().sector());
        Event train = first(SharedParley.code("British military instructors trained Ukrainian soldiers on Monday.",
            "2022-05-01"), EventType.COOPERATE);
        assertEquals("GBR", train.source().country());
        assertEquals("MIL", train.source().sector());
        Event ships = first(SharedParley.code("Chinese surveillance ships blocked the Philippine supply mission near"
            + " the shoal on Monday.", "2023-08-07"), EventType.COERCE);
        assertEquals("CHN", ships.source().country());
    }

    @Test
    void possessedTitlesAndBodiesBelongToTheirPossessor() {
        Event expel = first(SharedParley.code("Pakistan expelled India's high commissioner on Wednesday.", "2019-08-07"),
            EventType.SANCTION);
        assertEquals("IND", expel.target().country());
        assertEquals("GOV", expel.target().sector());
        List<Event> loan = SharedParley.code("The International Monetary Fund's board approved a $3 billion loan for"
            + " Egypt on Friday.", "2022-12-16");
        assertEquals(1, loan.size(), loan::toString);
        assertEquals("ORG:imf", loan.get(0).source().id());
    }

    @Test
    void popeAndNamesTaggedAsCommonNounsAreActors() {
        Event appeal = first(SharedParley.code("Pope Francis appealed for an end to the fighting on Sunday.",
            "2020-05-03"), EventType.REQUEST);
        assertEquals("VAT", appeal.source().country());
        Event summon = first(SharedParley.code("Chinese Vice Foreign Minister Le Yucheng summoned U.S. Ambassador Terry"
            + " Branstad on Sunday.", "2018-12-09"), EventType.ACCUSE);
        assertEquals("CHN", summon.source().country());
        assertEquals("GOV", summon.source().sector());
        assertEquals("USA", summon.target().country());
    }

    @Test
    void unknownPublicAndAidBodiesAreActorsOfTheKindTheirNameSays() {
        Event gift = first(SharedParley.code("The Canadian International Development Agency gave $2 million to Nigeria's"
            + " agricultural sector on Monday.", "2020-05-04"), EventType.AID);
        assertEquals("CAN", gift.source().country());
        assertEquals("GOV", gift.source().sector());
        Event food = first(SharedParley.code("Action Against Hunger is providing food assistance every month to about"
            + " 300,000 people in northeast Nigeria.", "2020-05-04"), EventType.AID);
        assertEquals("NGO", food.source().sector());
        // a club is no aid body
        none(SharedParley.code("Chelsea United gave $2 million to the club's academy on Monday.", "2020-05-04"),
            EventType.AID);
    }

    @Test
    void acronymsWrittenAsNamesTreasuriesAndUnknownArmedFrontsAreActors() {
        Event nato = first(SharedParley.code("Nato warplanes struck targets near Tripoli on Monday.", "2011-04-25"),
            EventType.ASSAULT);
        assertEquals("ORG:nato", nato.source().id());
        Event onlf = first(SharedParley.code("The Ogaden National Liberation Front attacked an oil field in Ethiopia on"
            + " Tuesday.", "2007-04-24"), EventType.ASSAULT);
        assertEquals("REB", onlf.source().sector());
        Event treasury = first(SharedParley.code("The United States Treasury imposed sanctions on three Iranian"
            + " organizations on Thursday.", "2020-10-22"), EventType.SANCTION);
        assertEquals("USA", treasury.source().country());
        assertEquals("GOV", treasury.source().sector());
    }
    @Test
    void religiousAndEthnicCommunitiesAreCivilians() {
        Event e = only(SharedParley.code("The Islamic State group released at least 19 Christians on Sunday.",
            "2015-03-01"), EventType.RETREAT);
        assertEquals("CVL", e.target().sector());
        Event k = only(SharedParley.code("Turkish troops attacked Kurds in northern Syria.", "2019-10-10"),
            EventType.ASSAULT);
        assertEquals("CVL", k.target().sector());
    }
    @Test
    void regionalGroupsOfCountriesAndCraftOfSeveralStatesAreActors() {
        Event e = only(SharedParley.code("BRUSSELS - More than a dozen European countries expelled Russian diplomats"
            + " on Tuesday.", "2022-04-05"), EventType.SANCTION);
        assertEquals("GOV", e.source().sector());
        assertEquals("RUS", e.target().country());
        Event h = only(SharedParley.code("U.S., British and Jordanian aircraft helped Israel intercept most of the"
            + " drones.", "2024-04-14"), EventType.AID);
        assertEquals(3, h.source().members().size(), h.toString());
        assertEquals("JOR", h.source().members().get(2).country());
        Event n = only(SharedParley.code("More than 40 countries expelled Russian diplomats in April.", "2022-04-30"),
            EventType.SANCTION);
        assertEquals("GOV", n.source().sector());
        Event r = only(SharedParley.code("Former Soviet republics refused to lift sanctions on Abkhazia.", "2008-03-06"),
            EventType.REJECT);
        assertEquals("GOV", r.source().sector(), r.toString());
        // "the two countries" are two named before, never a generic group of states: alone they act as no one
        none(SharedParley.code("The two countries expelled each other's diplomats in April.", "2022-04-30"),
            EventType.SANCTION);
    }
    @Test
    void aCapitalisedTitleOrARegionalOfficeMakesAnUnknownPersonAnOfficial() {
        Event s = only(SharedParley.code("U.S. Trade Representative Robert Zoellick signed an agreement with Kuwait on"
            + " Tuesday.", "2004-02-17"), EventType.SUPPORT);
        assertEquals("USA", s.source().country());
        assertEquals("GOV", s.source().sector());
        Event t = only(SharedParley.code("SYDNEY - NSW Premier Gladys Berejiklian issued an ultimatum to her Nationals"
            + " colleagues.", "2020-09-10"), EventType.THREATEN);
        assertEquals("GOV", t.source().sector());
        // a profession in lower case is no title
        assertTrue(SharedParley.code("British actress Kate Winslet criticised the government.", "2020-09-10").isEmpty());
    }

    @Test
    void aSpokesmanOrInspectorSpeaksForTheBodyNamedAfterHim() {
        Event t = only(SharedParley.code("A spokesman for the Taliban accused the United States of violating the"
            + " agreement.", "2020-03-05"), EventType.ACCUSE);
        assertEquals("ORG:taliban", t.source().id(), t.toString());
        Event i = only(SharedParley.code("Inspectors from the International Atomic Energy Agency accused Iran of"
            + " hiding nuclear material.", "2020-03-05"), EventType.ACCUSE);
        assertEquals("ORG:iaea", i.source().id(), i.toString());
        Event d = only(SharedParley.code("Diplomats from Qatar met Taliban negotiators in Doha.", "2020-03-05"),
            EventType.CONSULT);
        assertEquals("QAT", d.source().country(), d.toString());
        assertEquals("GOV", d.source().sector());
    }

    @Test
    void aGroupThatNamesItsMembersActsThroughThem() {
        Event c = only(SharedParley.code("Critics, including the European Commission, accused Hungary of muzzling"
            + " civil society.", "2018-06-20"), EventType.ACCUSE);
        assertEquals("ORG:european_commission", c.source().id(), c.toString());
        Event s = only(SharedParley.code("Several countries, including France and Germany, condemned the missile"
            + " test by North Korea.", "2017-07-05"), EventType.ACCUSE);
        assertEquals(List.of("FRA", "DEU"), s.source().members().stream().map(Actor::country).toList(), s.toString());
    }

    @Test
    void aStatementOrReportSpeaksForWhoIssuedIt() {
        Event m = only(SharedParley.code("A statement from the Iranian foreign ministry accused Israel of the attack.",
            "2021-04-12"), EventType.ACCUSE);
        assertEquals("IRN", m.source().country(), m.toString());
        Event r = only(SharedParley.code("A U.S. congressional report accused China of human rights abuses.",
            "2021-04-12"), EventType.ACCUSE);
        assertEquals("USA", r.source().country(), r.toString());
        // a resolution that was vetoed demands nothing
        none(SharedParley.code("The United States on Friday vetoed a U.N. Security Council resolution demanding an"
            + " immediate ceasefire in Gaza.", "2023-12-08"), EventType.REQUEST);
    }

    @Test
    void theWestIsAPartyButTheWestBankIsNot() {
        List<Event> ev = SharedParley.code("MOSCOW, Sept 21 - President Vladimir Putin warned the West on Wednesday he"
            + " was not bluffing when he said Moscow would use all means at its disposal.", "2022-09-21");
        Event t = only(ev, EventType.THREATEN);
        assertEquals("the West", t.target().name());
        List<Event> bank = SharedParley.code("JENIN, July 3 - Israeli troops raided a refugee camp in the West Bank on"
            + " Tuesday.", "2023-07-03");
        Event c = only(bank, EventType.COERCE);
        assertNotEquals("the West", c.target() == null ? null : c.target().name());
    }

    @Test
    void expertsOfABodyAreThatBodyButExpertsAloneAreNoParty() {
        List<Event> ev = SharedParley.code("KIGALI, Dec 20 - U.N. experts accused Rwandan troops on Tuesday of fighting"
            + " alongside the M23 rebels in North Kivu.", "2022-12-20");
        Event a = only(ev, EventType.ACCUSE);
        assertEquals("ORG:un", a.source().id());
        none(SharedParley.code("Experts accused the government of mismanaging the economy.", "2022-12-20"),
            EventType.ACCUSE);
    }

    @Test
    void aBareSurnameIsThePersonNamedInFullBefore() {
        List<Event> ev = SharedParley.code("PORT-AU-PRINCE, July 7 - A commando of gunmen assassinated Haitian President"
            + " Jovenel Moise at his home early on Wednesday, interim Prime Minister Claude Joseph said. Joseph appealed"
            + " for calm on Wednesday evening.", "2021-07-07");
        Event r = only(ev, EventType.REQUEST);
        assertEquals("HTI", r.source().country(), r.toString());
        none(SharedParley.code("Joseph appealed for calm on Wednesday evening.", "2021-07-07"), EventType.REQUEST);
    }

    @Test
    void aBareSurnameTheTaggerDoesNotKnowIsStillThePersonNamedInFullBefore() {
        List<Event> ev = SharedParley.code("Prime Minister Manasseh Sogavare had requested help from Canberra under a"
            + " bilateral security treaty. Sogavare blamed foreign powers for stoking the unrest.", "2021-11-26");
        Event a = only(ev, EventType.ACCUSE);
        assertEquals("Prime Minister Manasseh Sogavare", a.source().name(), a.toString());
        assertEquals("GOV", a.source().sector(), a.toString());
        none(SharedParley.code("Sogavare blamed foreign powers for stoking the unrest.", "2021-11-26"),
            EventType.ACCUSE);
    }

    @Test
    void aCounterpartNamedAfterTheTitleIsThatPerson() {
        List<Event> ev = SharedParley.code("BEIJING, March 2 - Pakistan's foreign minister met his Chinese counterpart"
            + " Wang Yi in Beijing on Monday.", "2021-03-02");
        Event c = only(ev, EventType.CONSULT);
        assertTrue(c.target().text().endsWith("Wang Yi"), c.toString());
        assertEquals("CHN", c.target().country());
    }

    @Test
    void menOrWomenAGroupWordQualifiesAreThatGroup() {
        Event a = only(SharedParley.code("Soldiers executed about 300 civilian men in the central town of Moura in late"
            + " March.", "2022-04-05"), EventType.ASSAULT);
        assertEquals("CVL", a.target().sector(), a.toString());
        // a man with no group word is no party of his own
        none(SharedParley.code("The gang executed three young men in the town, police said.", "2022-04-05"),
            EventType.ASSAULT);
    }

    @Test
    void theTwoSidesAreTheTwoStatesOfTheLastActTold() {
        List<Event> ev = SharedParley.code("Kyrgyz and Tajik border guards clashed over a water point on Thursday. The two"
            + " sides agreed to pull back troops.", "2021-04-29");
        Event c = only(ev, EventType.CONCEDE);
        assertEquals(List.of("KGZ", "TJK"), c.source().members().stream().map(Actor::country).toList(), c.toString());
    }

    @Test
    void aMovementNamedAfterAGroupAndRegionalNeighboursAreParties() {
        Event r = only(SharedParley.code("The Polisario Front independence movement rejected the plan on Wednesday.",
            "2007-04-11"), EventType.REJECT);
        assertEquals("ORG:polisario", r.source().id(), r.toString());
        Event q = only(SharedParley.code("Israel called on its Arab neighbours to make peace.", "1991-10-30"),
            EventType.REQUEST);
        assertEquals("GOV", q.target().sector(), q.toString());
        Event a = only(SharedParley.code("President Guillermo Lasso declared a state of emergency, blaming organized crime"
            + " for the killing.", "2023-08-10"), EventType.ACCUSE);
        assertEquals("CRM", a.target().sector(), a.toString());
    }

    @Test
    void theSubjectAfterARelativeClauseOrOfAPassiveActsInTheClauseThatFollows() {
        Event r = first(SharedParley.code("The Muslim Brotherhood, which says the death toll is far higher, called on"
            + " Egyptians to take to the streets.", "2013-08-15"), EventType.REQUEST);
        assertEquals("Muslim Brotherhood", r.source().text(), r.toString());
        Event t = only(SharedParley.code("Vice President Dina Boluarte was sworn in as Peru's first female president and"
            + " called for a political truce.", "2022-12-08"), EventType.REQUEST);
        assertTrue(t.source().text().contains("Boluarte"), t.toString());
    }

    @Test
    void aPoliticalCampNamedByItsCreedIsAParty() {
        Event r = first(SharedParley.code("Sinn Fein leader Gerry Adams called on unionists to return to talks on"
            + " restoring the power-sharing government.", "2005-09-27"), EventType.REQUEST);
        assertEquals("unionists", r.target().text(), r.toString());
        assertEquals("PTY", r.target().sector(), r.toString());
    }

    @Test
    void aCandidateForOfficeIsAPoliticalActorSoAnAttackOnOneIsCodedWithNoKnownAttacker() {
        Event shot = only(SharedParley.code("Ecuadorean presidential candidate Fernando Villavicencio was shot dead as he"
            + " left a campaign rally in Quito on Wednesday.", "2023-08-09"), EventType.ASSAULT);
        assertEquals("PTY", shot.target().sector(), shot.toString());
        assertNull(shot.source(), shot.toString());
    }

    @Test
    void theOrganisationOfAfricanUnityAndTheZapatistasAreKnownParties() {
        Event oau = first(SharedParley.code("The Organization of African Unity launched a mediation effort between the"
            + " government and the secessionists.", "1993-01-10"), EventType.CONSULT);
        assertEquals("ORG:oau", oau.source().id(), oau.toString());
        Event ezln = first(SharedParley.code("The Zapatista National Liberation Army declared war on the Mexican"
            + " government.", "1994-01-01"), EventType.ASSAULT);
        assertEquals("ORG:ezln", ezln.source().id(), ezln.toString());
    }

    @Test
    void aPhraseTiedToASideActsForIt() {
        Event gunmen = first(SharedParley.code("Gunmen affiliated with Hamas attacked an Israeli patrol.", "2014-07-01"),
            EventType.ASSAULT);
        assertEquals("ORG:hamas", gunmen.source().id(), gunmen.toString());
        Event hackers = first(SharedParley.code("Hackers linked to the Iranian government launched cyber-attacks on U.S."
            + " banks.", "2016-03-24"), EventType.COERCE);
        assertEquals("IRN", hackers.source().country(), hackers.toString());
    }
}
