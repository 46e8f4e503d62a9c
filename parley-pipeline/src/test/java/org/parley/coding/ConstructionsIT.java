package org.parley.coding;

import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.pipeline.SharedParley;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.pipeline.SharedParley.none;
import static org.parley.pipeline.SharedParley.noAssertedDeed;
import static org.parley.pipeline.SharedParley.first;
import static org.parley.pipeline.SharedParley.only;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constructions of wire copy that the parser often mis-attaches, coded on real parses. */
class ConstructionsIT {


    @Test
    void jointStrikesByTwoArmiesAreAnAssaultAndTheirCooperation() {
        List<Event> ev = SharedParley.code("KAMPALA, Dec 1 - Ugandan and Congolese troops launched joint air and"
            + " artillery strikes against ADF rebels in eastern Congo on Tuesday, the Ugandan army said.", "2021-12-01");
        Event a = only(ev, EventType.ASSAULT);
        assertTrue(a.target().text().contains("ADF"), a.toString());
        Event c = only(ev, EventType.COOPERATE);
        assertEquals("UGA", c.source().country());
        assertEquals("COD", c.target().country());
        assertEquals(Modality.ASSERTED, c.modality());
    }

    @Test
    void strikesByOneArmyAloneImplyNoCooperation() {
        List<Event> ev = SharedParley.code("Ugandan troops launched air strikes against ADF rebels in eastern Congo"
            + " on Tuesday.", "2021-12-01");
        only(ev, EventType.ASSAULT);
        none(ev, EventType.COOPERATE);
    }

    @Test
    void jointPatrolsWithAnAllyAreCooperationNotMobilisation() {
        List<Event> ev = SharedParley.code("MANILA, Nov 21 - The Philippine military began three days of joint air"
            + " and sea patrols with U.S. forces in the South China Sea on Tuesday, a military spokesman said.",
            "2023-11-21");
        Event c = only(ev, EventType.COOPERATE);
        assertEquals("PHL", c.source().country());
        assertEquals("USA", c.target().country());
        none(ev, EventType.MOBILIZE);
    }

    @Test
    void callOnWithTheAddresseeParsedAsTheClauseSubjectIsARequestToIt() {
        List<Event> ev = SharedParley.code("KABUL, Aug 15 - Taliban fighters entered the outskirts of Kabul on Sunday,"
            + " officials said, and a Taliban spokesman called on government forces to hand over the capital"
            + " peacefully.", "2021-08-15");
        Event r = only(ev, EventType.REQUEST);
        assertEquals("ORG:taliban", r.source().id());
        assertNotNull(r.target(), r.toString());
        assertEquals("AFG", r.target().country());
    }

    @Test
    void vowToRetaliateIsAnIntendedThreatNotAnAttack() {
        List<Event> ev = SharedParley.code("SANAA, July 21 - Israeli warplanes struck a power station at the port of"
            + " Hodeidah on Saturday, and the Houthis vowed to retaliate against Israel.", "2024-07-21");
        Event t = only(ev, EventType.THREATEN);
        assertEquals(Modality.INTENDED, t.modality());
        assertEquals("violence", t.mode());
        assertEquals("ISR", t.target().country());
        assertEquals(1, ev.stream().filter(e -> e.type() == EventType.ASSAULT).count(), ev.toString());
    }
    @Test
    void vowThatTheOtherSideWillPayAPriceThreatensIt() {
        List<Event> ev = SharedParley.code("SANAA, Jan 12 - U.S. and British warplanes struck Houthi targets across"
            + " Yemen overnight, and a senior Houthi official vowed that the United States and Britain would \"pay a"
            + " heavy price\".", "2024-01-12");
        Event t = only(ev, EventType.THREATEN);
        assertTrue(t.source().text().contains("Houthi"), t.toString());
        assertTrue(t.target().text().contains("United States"), t.toString());
    }

    @Test
    void vowThatSomethingWillHappenIsNoThreat() {
        List<Event> ev = SharedParley.code("KINSHASA, March 3 - President Felix Tshisekedi vowed on Tuesday that the"
            + " elections would go ahead as planned despite fighting in the east.", "2023-03-03");
        none(ev, EventType.THREATEN);
    }

    @Test
    void suspendingABroadcasterIsCoercionSuspendingAidASanction() {
        List<Event> media = SharedParley.code("OUAGADOUGOU, March 27 - Burkina Faso's military government suspended"
            + " French broadcaster France 24 on Monday for airing an interview with an al Qaeda leader.", "2023-03-27");
        Event c = only(media, EventType.COERCE);
        assertEquals("BFA", c.source().country());
        none(media, EventType.SANCTION);
        List<Event> aid = SharedParley.code("WASHINGTON, Oct 9 - The United States suspended military aid to Egypt"
            + " on Wednesday.", "2013-10-09");
        Event s = only(aid, EventType.SANCTION);
        assertEquals("EGY", s.target().country());
    }

    @Test
    void aNationalStrikeAgainstPoliciesIsAProtestNotAnAttack() {
        List<Event> ev = SharedParley.code("BOGOTA, Nov 21 - Hundreds of thousands of Colombians joined a national"
            + " strike on Thursday against the economic policies of President Ivan Duque.", "2019-11-21");
        only(ev, EventType.PROTEST);
        none(ev, EventType.ASSAULT);
    }

    @Test
    void missilesLaunchedAtNoOneAreAShowOfForceAndMissilesSuppliedAreAid() {
        List<Event> launch = SharedParley.code("SEOUL, March 24 - North Korea launched two short-range ballistic missiles"
            + " on Thursday, South Korea's military said.", "2022-03-24");
        Event m = only(launch, EventType.MOBILIZE);
        assertEquals("PRK", m.source().country());
        none(launch, EventType.AID);
        List<Event> supply = SharedParley.code("WASHINGTON, Sept 10 - Iran has supplied ballistic missiles to Russia,"
            + " U.S. officials said on Tuesday.", "2024-09-10");
        Event a = only(supply, EventType.AID);
        assertEquals("RUS", a.target().country());
    }

    @Test
    void placingTheArmyOnCombatReadinessMobilisesIt() {
        List<Event> ev = SharedParley.code("BELGRADE, Dec 26 - Serbia placed its army on the highest level of combat"
            + " readiness on Monday as tensions with Kosovo rose.", "2022-12-26");
        Event m = only(ev, EventType.MOBILIZE);
        assertEquals("SRB", m.source().country());
    }

    @Test
    void closingNewspapersAndInstitutionsIsCoercion() {
        List<Event> ev = SharedParley.code("PRISTINA, Jan 19 - Kosovo police on Friday closed five more Serbian-run"
            + " parallel institutions in the north, the interior minister said.", "2024-01-19");
        Event c = only(ev, EventType.COERCE);
        assertTrue(c.source().text().contains("police"), c.toString());
    }

    @Test
    void fightingBetweenTwoSidesIsTheFirstAttackingTheOtherNotTheClauseSubject() {
        List<Event> ev = SharedParley.code("ADDIS ABABA, Aug 3 - Ethiopian authorities shut down internet services in the"
            + " Amhara region on Thursday as fighting between the army and Fano militiamen spread to Bahir Dar.",
            "2023-08-03");
        Event a = only(ev, EventType.ASSAULT);
        assertEquals("army", a.source().text(), a.toString());
        assertTrue(a.target().text().contains("Fano"), a.toString());
    }

    @Test
    void aResponseWithAirStrikesIsTheRespondersAttack() {
        List<Event> ev = SharedParley.code("JERUSALEM, Oct 7 - Hamas fighters attacked southern Israel on Saturday, and"
            + " Israel responded with air strikes on Gaza.", "2023-10-07");
        assertTrue(ev.stream().anyMatch(e -> e.type() == EventType.ASSAULT && e.source() != null
            && "ISR".equals(e.source().country()) && e.target() != null && e.target().text().contains("Gaza")),
            ev.toString());
    }

    @Test
    void withdrawingATradeStatusIsASanctionWithdrawingTroopsARetreat() {
        List<Event> ev = SharedParley.code("NEW DELHI, Feb 15 - New Delhi accused Islamabad of sheltering the group and"
            + " on Friday withdrew the most-favoured-nation trade status it had granted Pakistan.", "2019-02-15");
        Event s = only(ev, EventType.SANCTION);
        assertEquals("IND", s.source().country());
        none(ev, EventType.RETREAT);
        List<Event> troops = SharedParley.code("KYIV, Nov 9 - Russia withdrew its troops from Kherson on Wednesday.",
            "2022-11-09");
        only(troops, EventType.RETREAT);
        none(troops, EventType.SANCTION);
    }

    @Test
    void aSecondActBeforeALaterReporterKeepsTheFirstActsSubject() {
        List<Event> ev = SharedParley.code("ANKARA, March 6 - Turkish President Tayyip Erdogan spoke by phone with"
            + " Russian President Vladimir Putin on Sunday and urged an immediate ceasefire in Ukraine, his office"
            + " said.", "2022-03-06");
        Event r = only(ev, EventType.REQUEST);
        assertEquals("TUR", r.source().country());
    }

    @Test
    void whatSomeoneCalledAnAttackByAPartyChargesThatPartyAndNoOneElse() {
        List<Event> named = SharedParley.code("MOSCOW, May 30 - Drones damaged several apartment buildings in Moscow on"
            + " Tuesday in what Russia's defence ministry called a \"terrorist attack\" by the Kyiv regime.", "2023-05-30");
        Event a = only(named, EventType.ACCUSE);
        assertEquals("UKR", a.target().country(), a.toString());
        List<Event> unnamed = SharedParley.code("BOGOTA, June 25 - President Ivan Duque's helicopter was hit by gunfire"
            + " as it approached the airport in Cucuta on Friday, in what the defence minister called a cowardly"
            + " assassination attempt.", "2021-06-25");
        none(unnamed, EventType.ACCUSE);
    }

    @Test
    void anAttackOnWhatSomeoneCalledACampIsAnAttackOnTheCamp() {
        List<Event> ev = SharedParley.code("NEW DELHI, Feb 26 - Indian warplanes struck what New Delhi called a"
            + " Jaish-e-Mohammad training camp near Balakot on Tuesday.", "2019-02-26");
        Event a = only(ev, EventType.ASSAULT);
        assertTrue(a.target().text().contains("training camp"), a.toString());
        List<Event> said = SharedParley.code("BEIRUT, Sept 23 - Israeli jets struck what the army said were Hezbollah"
            + " weapons depots in southern Lebanon on Monday.", "2024-09-23");
        assertTrue(only(said, EventType.ASSAULT).target().text().contains("depots"), said.toString());
    }

    @Test
    void recallingAnAmbassadorIsASanctionOnTheStateHeWasSentTo() {
        List<Event> ev = SharedParley.code("MOGADISHU, Jan 2 - Somalia recalled its ambassador to Ethiopia on Tuesday.",
            "2024-01-02");
        Event s = only(ev, EventType.SANCTION);
        assertEquals("ETH", s.target().country(), s.toString());
        assertTrue(SharedParley.code("The minister recalled that the talks had failed in 2019.", "2024-01-02")
            .isEmpty());
    }

    @Test
    void criticismDrawnFromOthersIsTheirAccusationOfTheSubject() {
        List<Event> ev = SharedParley.code("The United States on Friday vetoed a U.N. Security Council resolution"
            + " demanding an immediate ceasefire in Gaza, drawing sharp criticism from Arab states.", "2023-12-08");
        Event a = only(ev, EventType.ACCUSE);
        assertTrue(a.source().text().contains("Arab states"), a.toString());
        assertEquals("USA", a.target().country());
    }

    @Test
    void fireFromLawmakersIsCriticismButFireFromFightersIsAnAttack() {
        Event a = only(SharedParley.code("The finance minister came under fire from opposition lawmakers over the"
            + " budget.", "2023-12-08"), EventType.ACCUSE);
        assertTrue(a.target().text().contains("minister"), a.toString());
        Event b = only(SharedParley.code("A convoy of Afghan soldiers came under attack by Taliban fighters near"
            + " Kandahar.", "2019-03-08"), EventType.ASSAULT);
        assertEquals("ORG:taliban", b.source().id());
    }

    @Test
    void accusingEachOtherIsOneAccusationEachWay() {
        List<Event> ev = SharedParley.code("KYIV, Sept 1 - Moscow and Kyiv accused each other of shelling the area"
            + " around the Zaporizhzhia nuclear power plant.", "2022-09-01").stream()
            .filter(e -> e.type() == EventType.ACCUSE).toList();
        assertEquals(2, ev.size(), ev.toString());
        assertTrue(ev.stream().anyMatch(e -> "RUS".equals(e.source().country()) && "UKR".equals(e.target().country())));
        assertTrue(ev.stream().anyMatch(e -> "UKR".equals(e.source().country()) && "RUS".equals(e.target().country())));
    }

    @Test
    void accusationGivenAsAReasonForAnExpulsionIsItsOwnEvent() {
        List<Event> ev = SharedParley.code("WARSAW, March 23 - Poland expelled 45 Russian diplomats on Wednesday,"
            + " accusing them of working for Russian intelligence.", "2022-03-23");
        assertEquals("POL", only(ev, EventType.SANCTION).source().country());
        assertEquals("POL", only(ev, EventType.ACCUSE).source().country());
    }

    @Test
    void subjectTheParserHungOnThePreviousPhraseStillActs() {
        List<Event> ev = SharedParley.code("MOSCOW, Sept 30 - Russian warplanes carried out their first air strikes"
            + " in Syria on Wednesday, hitting targets near the city of Homs, and Washington accused Moscow of"
            + " striking moderate rebels.", "2015-09-30");
        Event a = only(ev, EventType.ACCUSE);
        assertEquals("USA", a.source().country());
        assertEquals("RUS", a.target().country());
    }
    @Test
    void nounRightAfterAnObjectlessVerbIsItsObject() {
        List<Event> ev = SharedParley.code("NEW DELHI, May 7 - India struck nine sites in Pakistan and Pakistani"
            + " Kashmir early on Wednesday in what it said was retaliation for an attack on Hindu tourists.", "2025-05-07");
        Event a = ev.stream().filter(e -> e.type() == EventType.ASSAULT && "IND".equals(
            e.source() == null ? null : e.source().country())).findFirst().orElseThrow(() -> new AssertionError(ev));
        assertTrue(a.target().text().contains("Pakistan"), a.toString());
    }

    @Test
    void participleModifyingANounTakesNoObject() {
        List<Event> ev = SharedParley.code("Jailed Kremlin critic Alexei Navalny declared a hunger strike on"
            + " Wednesday.", "2021-03-31");
        none(ev, EventType.SANCTION);
    }

    @Test
    void sheMeansThePersonNamedAsASubjectEarlierInTheSentence() {
        List<Event> ev = SharedParley.code("TAIPEI, April 8 - China began military drills around Taiwan on"
            + " Saturday, a day after President Tsai Ing-wen returned from a trip during which she met U.S. House"
            + " Speaker Kevin McCarthy in California.", "2023-04-08");
        Event c = first(ev, EventType.CONSULT);
        assertEquals("TWN", c.source().country());
        assertEquals("USA", c.target().country());
    }
    @Test
    void anActDatedYearsBeforeTheArticleIsBackgroundNotNews() {
        List<Event> ev = SharedParley.code("The war in Yemen, which began in 2014 when Houthi rebels seized the capital"
            + " Sanaa, has created one of the world's worst humanitarian crises.", "2022-03-25");
        none(ev, EventType.COERCE);
        none(ev, EventType.ASSAULT);
        Event recent = only(SharedParley.code("Houthi rebels seized the capital Sanaa on Sunday.", "2014-09-22"),
            EventType.ASSAULT);
        assertEquals("2014-09-21", recent.date());
    }

    @Test
    void aMatchResultWithAScoreIsNoAttack() {
        List<Event> ev = SharedParley.code("Army beat Navy 15-0 in their annual college football game at West Point"
            + " on Saturday.", "2023-12-09");
        assertTrue(ev.isEmpty(), ev.toString());
        only(SharedParley.code("The army beat protesters with batons in the capital on Saturday.", "2023-12-09"),
            EventType.ASSAULT);
    }
    @Test
    void protestersBlockingRoadsIsAProtestNotCoercion() {
        List<Event> ev = SharedParley.code("BEIRUT, Oct 20 - Tens of thousands of Lebanese protesters blocked roads"
            + " across the country on Sunday.", "2019-10-20");
        assertEquals("obstruct", only(ev, EventType.PROTEST).mode());
        none(ev, EventType.COERCE);
    }

    @Test
    void holdingHostagesIsAnAbductionAndHackingToDeathAKilling() {
        Event h = only(SharedParley.code("Chechen rebels held more than 1,000 hostages in a school in Beslan.",
            "2004-09-02"), EventType.ASSAULT);
        assertEquals("abduct", h.mode());
        List<Event> ev = SharedParley.code("BENI, Congo - Suspected ADF rebels hacked 19 civilians to death in an"
            + " overnight raid on a village, the army said.", "2021-05-01");
        assertTrue(ev.stream().anyMatch(e -> e.type() == EventType.ASSAULT), ev.toString());
        assertTrue(ev.stream().noneMatch(e -> "cyber".equals(e.mode())), ev.toString());
    }
    @Test
    void aCondemnationOfAnActTargetsWhoeverDidIt() {
        List<Event> ev = SharedParley.code("ISLAMABAD, Nov 2 - A U.S. drone strike killed Pakistani Taliban leader"
            + " Hakimullah Mehsud in North Waziristan on Friday, officials said, and Islamabad condemned the strike as"
            + " an attempt to sabotage peace talks.", "2013-11-02");
        Event a = only(ev, EventType.ACCUSE);
        assertEquals("PAK", a.source().country());
        assertEquals("USA", a.target().country());
    }

    @Test
    void themMeansTheLastPartyActedUpon() {
        List<Event> ev = SharedParley.code("ISTANBUL, July 16 - Turkish authorities detained nearly 3,000 soldiers on"
            + " Saturday, accusing them of plotting to overthrow the government.", "2016-07-16");
        Event a = only(ev, EventType.ACCUSE);
        assertEquals("them", a.target().text());
        assertTrue(a.target().name().contains("soldiers"), a.toString());
    }
    @Test
    void troopsMassedNearACountrysBordersAreMobilisedAgainstIt() {
        Event m = only(SharedParley.code("KYIV, Dec 3 - Russia has massed an estimated 94,000 troops near Ukraine's"
            + " borders, Ukrainian Defence Minister Oleksii Reznikov told parliament on Friday.", "2021-12-03"),
            EventType.MOBILIZE);
        assertEquals("RUS", m.source().country());
        assertEquals("UKR", m.target().country());
    }
    @Test
    void aMarchDemandingALeadersResignationIsAProtestAtHimNotHisResignation() {
        List<Event> ev = SharedParley.codeAll("MINSK, Aug 16 - More than 100,000 people marched through Minsk on"
            + " Sunday demanding that President Alexander Lukashenko step down.", "2020-08-16");
        Event p = only(ev, EventType.PROTEST);
        assertTrue(p.target().text().contains("Lukashenko"), p.toString());
        noAssertedDeed(ev, EventType.RETREAT);
    }
    @Test
    void demonstratingAThingAndPhrasalVerbsOfOtherMeaningAreNoEvents() {
        assertTrue(SharedParley.code("The government demonstrated its resolve to cut spending on Monday.",
            "2005-02-14").isEmpty());
        assertTrue(SharedParley.code("The US has pushed Japan off the top of the supercomputing chart.",
            "2004-11-08").isEmpty());
        only(SharedParley.code("Thousands of students demonstrated against the government in Tehran on Monday.",
            "2005-02-14"), EventType.PROTEST);
    }
    @Test
    void theTwoCountriesAreTheTwoNamedBefore() {
        List<Event> ev = SharedParley.code("HANOI, May 23 - President Barack Obama said on Monday Washington would"
            + " fully lift its embargo on sales of lethal weapons to Vietnam, and the two countries agreed to step up"
            + " maritime security cooperation.", "2016-05-23");
        Event a = first(ev, EventType.AGREE);
        assertEquals(Modality.INTENDED, a.modality());
        assertEquals(java.util.Set.of("USA", "VNM"), java.util.Set.of(a.source().country(), a.target().country()));
    }

    @Test
    void willNotAllowIsARefusal() {
        Event r = only(SharedParley.code("BUDAPEST, Feb 28 - Hungary will not allow shipments of lethal weapons bound"
            + " for Ukraine to cross its territory, Foreign Minister Peter Szijjarto said on Monday.", "2022-02-28"),
            EventType.REJECT);
        assertEquals("HUN", r.source().country());
        assertEquals(Modality.ASSERTED, r.modality());
    }
    @Test
    void theRecipientMayHangDeepInsideTheAmountGiven() {
        Event a = only(SharedParley.code("The New Zealand government provided an additional $2 million in assistance"
            + " to Fiji in response to Cyclone Yasa.", "2020-12-20"), EventType.AID);
        assertEquals("NZL", a.source().country());
        assertEquals("FJI", a.target().country());
    }
    @Test
    void seizingControlOfAPlaceOrLandFromAPartyIsCoded() {
        Event a = only(SharedParley.code("Taliban militants have seized control of an army base in northern"
            + " Afghanistan.", "2018-09-10"), EventType.COERCE);
        assertTrue(a.target().text().contains("army base"), a.toString());
        Event b = only(SharedParley.code("The Iraqi military said it has seized large oil fields near Kirkuk from"
            + " Kurdish forces.", "2017-10-17"), EventType.COERCE);
        assertTrue(b.target().text().contains("Kurdish"), b.toString());
    }
    @Test
    void mediationEffortsDefencesOfAnActAndBandNames() {
        Event m = only(SharedParley.code("Kuwait launched a mediation effort between Qatar and Saudi Arabia on"
            + " Monday.", "2017-06-07"), EventType.CONSULT);
        assertEquals("KWT", m.source().country());
        Event d = only(SharedParley.code("President Vladimir Putin on Thursday defended Russia's involvement in"
            + " Syria.", "2017-06-07"), EventType.SUPPORT);
        assertEquals("RUS", d.target().country());
        assertTrue(SharedParley.code("Queen, Muse, Manic Street Preachers and The Clash complete the top 10.",
            "2005-01-10").isEmpty());
    }
    @Test
    void aVisitToACityHappensThere() {
        Event v = first(SharedParley.code("Indian Prime Minister Narendra Modi paid a surprise visit to Lahore on"
            + " Friday to meet his Pakistani counterpart Nawaz Sharif.", "2015-12-25"), EventType.CONSULT);
        assertNotNull(v.location(), v.toString());
        assertEquals("Lahore", v.location().name());
    }
    @Test
    void workersStoppingWorkInAStrikeProtestAndOneProtestToldTwiceIsOne() {
        Event p = only(SharedParley.code("About 1,100 contract employees stopped work in a strike for increased wages"
            + " on Tuesday at the Grasberg mine in the Indonesian province of Papua.", "2011-07-05"), EventType.PROTEST);
        assertEquals("strike", p.mode());
        only(SharedParley.code("BEIRUT, Oct 18 - Tens of thousands of Lebanese protesters blocked roads and burned"
            + " tyres across the country on Friday in the biggest demonstrations in years.", "2019-10-18"),
            EventType.PROTEST);
    }
    @Test
    void aLeadersClauseDoesNotMakeHimTheProtesterAndScrambledJetsAreMobilised() {
        List<Event> ev = SharedParley.code("MINSK, Aug 16 - More than 100,000 people marched through Minsk on Sunday"
            + " demanding that President Alexander Lukashenko step down after an election they say was rigged, in the"
            + " largest protest in the country's history.", "2020-08-16");
        Event p = only(ev, EventType.PROTEST);
        assertTrue(p.source().text().contains("people"), p.toString());
        Event m = only(SharedParley.code("Japan scrambled fighter jets on Tuesday after Chinese and Russian bombers flew"
            + " near its airspace.", "2022-05-24"), EventType.MOBILIZE);
        assertEquals("JPN", m.source().country());
    }
    @Test
    void anUnclaimedBlastThatKillsIsAnAttackByNoOneNamed() {
        Event truck = first(SharedParley.code("KABUL, May 31 - A truck bomb exploded in Kabul's diplomatic quarter on"
            + " Wednesday, killing at least 80 people, officials said.", "2017-05-31"), EventType.ASSAULT);
        assertNull(truck.source(), truck.toString());
        assertTrue(truck.target().text().contains("people"), truck.toString());
        Event bridge = first(SharedParley.code("A powerful explosion damaged the bridge linking Crimea to Russia on"
            + " Saturday, killing three people.", "2022-10-09"), EventType.ASSAULT);
        assertNull(bridge.source(), bridge.toString());
        assertTrue(SharedParley.code("A heatwave killed 20 people in the region on Saturday.", "2022-07-09").isEmpty());
    }
    @Test
    void warplanesPoundingDozensOfTargetsAttackThem() {
        Event e = only(SharedParley.code("GAZA, May 11 - Israeli warplanes pounded dozens of targets across the Gaza"
            + " Strip overnight, witnesses said.", "2021-05-11"), EventType.ASSAULT);
        assertEquals("ISR", e.source().country());
        assertTrue(e.target().text().contains("targets"), e.toString());
    }
    @Test
    void sanctionsWithAParticipleAdjectiveAreImposedAndTheirTargetsNotAttacked() {
        List<Event> ev = SharedParley.code("WASHINGTON, June 17 - The United States imposed sweeping new sanctions on"
            + " Syria on Wednesday, targeting 39 people and entities including President Bashar al-Assad's wife.",
            "2020-06-17");
        Event s = only(ev, EventType.SANCTION);
        assertEquals("USA", s.source().country());
        assertEquals("SYR", s.target().country());
        none(ev, EventType.ASSAULT);
    }
    @Test
    void leadVerbsTheTaggerReadAsParticiplesOrNounsStillCode() {
        Event s = only(SharedParley.code("DHAKA - A special tribunal in Dhaka on Monday sentenced ousted prime minister"
            + " Sheikh Hasina to death in absentia.", "2025-11-17"), EventType.SANCTION);
        assertTrue(s.target().text().contains("Hasina"), s.toString());
        Event d = only(SharedParley.code("BAMAKO - Algeria's army shot down a Malian drone near the border on Monday.",
            "2024-04-01"), EventType.ASSAULT);
        assertEquals("DZA", d.source().country());
        assertEquals("MLI", d.target().country());
    }
    @Test
    void aGerundAfterAPrepositionActsOnTheNounAfterIt() {
        List<Event> ev = SharedParley.code("BEIJING, March 26 - Honduras established diplomatic relations with China on"
            + " Sunday after cutting ties with Taiwan.", "2023-03-26");
        Event cut = only(ev, EventType.SANCTION);
        assertEquals("HND", cut.source().country());
        assertEquals("TWN", cut.target().country());
        // "of striking rebels" is what Moscow is accused of, not an attack told by Washington
        List<Event> acc = SharedParley.code("Washington accused Moscow of striking moderate rebels rather than Islamic"
            + " State.", "2015-09-30");
        assertTrue(acc.stream().noneMatch(e -> e.type() == EventType.ASSAULT && e.modality() == Modality.ASSERTED
            && "USA".equals(e.source() == null ? null : e.source().country())), acc::toString);
    }
    @Test
    void anEventWithNoPlaceOfItsOwnIsAtTheDatelineUnlessAForeignerDidIt() {
        Event s = only(SharedParley.code("THE HAGUE, Nov 22 - The U.N. war crimes tribunal for the former Yugoslavia"
            + " found Ratko Mladic guilty of genocide on Wednesday and sentenced him to life in prison.", "2017-11-22"),
            EventType.SANCTION);
        assertNotNull(s.location(), s.toString());
        assertEquals("NLD", s.location().country());
        Event t = first(SharedParley.code("WASHINGTON, July 19 - Iranian forces seized a British-flagged oil tanker on"
            + " Friday, a U.S. official said.", "2019-07-19"), EventType.COERCE);
        assertTrue(t.location() == null || !"USA".equals(t.location().country()), t.toString());
    }
    @Test
    void policeFiringTearGasUseForceOnACrowdAsOneEvent() {
        List<Event> ev = SharedParley.code("PARIS, Dec 1 - Protesters torched cars near the Champs-Elysees on Saturday,"
            + " and riot police fired tear gas and water cannon to disperse them.", "2018-12-01");
        Event force = only(ev, EventType.ASSAULT);
        assertEquals("crowd-control", force.mode());
        assertEquals("COP", force.source().sector());
        none(ev, EventType.COERCE);
    }
    @Test
    void signingAnAgreementSupportsEvenWithNoPartnerNamed() {
        Event s = only(SharedParley.code("ISTANBUL - Russia signed a U.N.- and Turkey-brokered grain export deal in"
            + " Istanbul on Friday.", "2022-07-22"), EventType.SUPPORT);
        assertEquals("RUS", s.source().country());
        assertTrue(SharedParley.code("The company signed a new striker on Friday.", "2022-07-22").isEmpty());
    }
    @Test
    void helpingXDoSomethingHelpsXAndAPurposeOfAGiftIsNotADeed() {
        Event h = only(SharedParley.code("MOSCOW - Putin said on Wednesday that Russia helped Pyongyang build"
            + " satellites.", "2023-09-13"), EventType.AID);
        assertEquals("PRK", h.target().country());
        List<Event> gift = SharedParley.code("MANILA - Japan would provide coastal radar systems to help the Philippine"
            + " navy monitor the South China Sea, Prime Minister Fumio Kishida said.", "2023-11-04");
        noAssertedDeed(gift, EventType.AID);
    }
    @Test
    void talksHeldAndVisitsTravelledForAreConsultations() {
        Event talks = only(SharedParley.code("OSLO - Representatives of Venezuela's government and opposition have held"
            + " talks in Oslo mediated by Norway, the Norwegian foreign ministry said on Friday.", "2019-05-17"),
            EventType.CONSULT);
        assertEquals("VEN", talks.source().country());
        Event visit = only(SharedParley.code("HAVANA, Jan 21 - Pope John Paul II arrived in Cuba on Wednesday for a"
            + " historic five-day visit.", "1998-01-21"), EventType.CONSULT);
        assertEquals("visit", visit.mode());
        assertEquals("VAT", visit.source().country());
    }
    @Test
    void handingOverGoodsIsAidButAnArmedGroupHandingOverWeaponsDisarms() {
        Event aid = only(SharedParley.code("ADDIS ABABA - The United States handed over more than $4 million worth of"
            + " medical equipment and medicines to Ethiopia's health ministry this week.", "2021-03-05"), EventType.AID);
        assertEquals("USA", aid.source().country());
        Event disarm = only(SharedParley.code("MESETAS, Colombia - FARC rebels handed over their last weapons to U.N."
            + " monitors on Tuesday.", "2017-06-27"), EventType.RETREAT);
        assertEquals("disarm", disarm.mode());
    }
    @Test
    void layingDownWeaponsIsDisarmingNotGivingArms() {
        List<Event> ev = SharedParley.code("HAVANA, June 23 - FARC commander Rodrigo Londono said the rebels would lay"
            + " down their weapons within six months of a final accord.", "2016-06-23");
        none(ev, EventType.AGREE);
        Event c = only(ev, EventType.CONCEDE);
        assertEquals(Modality.INTENDED, c.modality());
        Event siege = only(SharedParley.code("ALEPPO - Government forces laid siege to the rebel-held east of the city"
            + " in July.", "2016-09-01"), EventType.ASSAULT);
        assertEquals(Modality.ASSERTED, siege.modality());
    }
    @Test
    void peopleAnArmedGroupSeizesAreAbductedWherePeopleTheStateSeizesAreArrested() {
        Event a = only(SharedParley.code("KANO, Nigeria - Gunmen seized 20 foreign workers at a construction site in"
            + " northern Nigeria on Sunday, police said.", "2013-02-17"), EventType.ASSAULT);
        assertEquals("abduct", a.mode());
        Event c = only(SharedParley.code("LAGOS - Nigerian police arrested 20 people at a construction site on Sunday.",
            "2013-02-17"), EventType.COERCE);
        assertEquals("arrest", c.mode());
        Event site = only(SharedParley.code("KANO, Nigeria - Gunmen seized a construction site in northern Nigeria on"
            + " Sunday, police said.", "2013-02-17"), EventType.COERCE);
        assertEquals("seize", site.mode());
    }
    @Test
    void controlOfACityTakenAfterDaysOfFightingIsACapture() {
        Event e = only(SharedParley.code("ADEN - Houthi fighters seized control of Taiz on Monday after three days of"
            + " fighting with government troops.", "2015-04-20"), EventType.ASSAULT);
        assertTrue(e.context().contains("territory"), e.toString());
    }
    @Test
    void whatACourtOrdersDoneToSomeoneIsItsOwnActButAnOrderToActAsksIt() {
        Event c = only(SharedParley.code("CAIRO, Jan 3 - A court in Cairo ordered the opposition leader arrested on"
            + " Sunday, judicial sources said.", "2021-01-03"), EventType.COERCE);
        assertEquals(Modality.ASSERTED, c.modality());
        assertEquals("JUD", c.source().sector());
        List<Event> asked = SharedParley.code("CAIRO, Jan 3 - The court ordered the interior ministry to release the"
            + " activists on Sunday.", "2021-01-03");
        noAssertedDeed(asked, EventType.RETREAT);
    }
    @Test
    void warplanesSentToASeaAreDeployedButSentToAStateAreAid() {
        Event m = only(SharedParley.code("PARIS, Aug 13 - France sent two Rafale fighter jets and a navy frigate to the"
            + " eastern Mediterranean on Thursday.", "2020-08-13"), EventType.MOBILIZE);
        assertEquals("FRA", m.source().country());
        Event a = only(SharedParley.code("THE HAGUE - The Netherlands sent F-16 fighter jets to Ukraine on Monday.",
            "2024-05-20"), EventType.AID);
        assertEquals("UKR", a.target().country());
    }
    @Test
    void weaponsPutBeyondUseAreDisarmedNotGiven() {
        List<Event> ev = SharedParley.code("BELFAST, Sept 26 - The Irish Republican Army has put all its weapons"
            + " beyond use, the head of an international disarmament commission said on Monday.", "2005-09-26");
        none(ev, EventType.AID);
        assertEquals("disarm", only(ev, EventType.RETREAT).mode());
    }
    @Test
    void theTollToldAfterAnAttackCountsItsDeadWhatWasStruckIsTheTarget() {
        Event e = only(SharedParley.code("KABUL, Aug 3 - Taliban fighters burst into a government compound in Kunduz"
            + " on Monday, killing at least 24 people, officials said.", "2020-08-03"), EventType.ASSAULT);
        assertEquals("government compound", e.target().text());
        assertEquals(24, ((Number) e.quantities().values().get("killed")).intValue());
        Event bomb = only(SharedParley.code("MOGADISHU - A car bomb exploded near a checkpoint on Saturday, killing 12"
            + " people, police said.", "2020-08-03"), EventType.ASSAULT);
        assertEquals("12 people", bomb.target().text());
    }
    @Test
    void aSpeechVerbConjoinedToAnotherSharesItsSubjectAsSpeaker() {
        Event c = only(SharedParley.code("CARTAGENA, Sept 26 - Londono apologised to the victims of the conflict and said"
            + " the FARC would lay down its weapons.", "2016-09-26"), EventType.CONCEDE);
        assertEquals("Londono", c.attribution().speaker());
    }
    @Test
    void sanctionsOrderedLiftedAreLiftedNotImposed() {
        List<Event> ev = SharedParley.code("WASHINGTON, June 30 - President Donald Trump ordered the sanctions lifted"
            + " on Tuesday.", "2025-06-30");
        none(ev, EventType.SANCTION);
        Event r = only(ev, EventType.RETREAT);
        assertEquals(Modality.ASSERTED, r.modality());
        assertEquals("PER:donald_trump", r.source().id());
    }
    @Test
    void anEnvoyOrderedToLeaveIsExpelledEvenWhenNoCountryIsNamed() {
        Event e = only(SharedParley.code("NIAMEY, Sept 25 - The junta in Niamey ordered the envoy to leave the country"
            + " within 48 hours.", "2023-09-25"), EventType.SANCTION);
        assertEquals("expel", e.mode());
        List<Event> own = SharedParley.code("WASHINGTON - The State Department ordered its non-essential diplomats to"
            + " leave Kyiv.", "2022-02-12");
        none(own, EventType.SANCTION);
    }
    @Test
    void talksThatFailToReachADealAreARejectionNotAnAgreement() {
        List<Event> ev = SharedParley.code("BRUSSELS - British and EU negotiators have failed to reach a deal on the Irish"
            + " border after hours of talks.", "2019-10-14");
        Event r = only(ev, EventType.REJECT);
        assertEquals(Modality.ASSERTED, r.modality());
        none(ev, EventType.AGREE);
    }
    @Test
    void hisCountryIsTheSpeakersStateAndOlderLeadersResolveByDate() {
        Event r = only(SharedParley.code("MOSCOW - Prime Minister Vladimir Putin said his country will not lift the ban"
            + " until the EU provides details about the source of the infections.", "2011-06-08"), EventType.REJECT);
        assertEquals("RUS", r.source().country());
        Event c = only(SharedParley.code("WASHINGTON - Clinton has said he will not lift the embargo until he is"
            + " satisfied Vietnam is doing all it can.", "1993-07-02"), EventType.REJECT);
        assertEquals("PER:bill_clinton", c.source().id());
    }
    @Test
    void theOneGivenAWarningIsItsTarget() {
        Event w = only(SharedParley.code("WASHINGTON - Obama gave Russian President Vladimir Putin a stern and personal"
            + " warning to stop its activities.", "2016-09-05"), EventType.THREATEN);
        assertEquals("RUS", w.target().country());
        assertEquals("USA", w.source().country());
    }
    @Test
    void aTruceBetweenTwoPartiesThatTakesEffectIsTheirCeasefire() {
        Event t = only(SharedParley.code("ADEN, April 2 - A two-month nationwide truce between the Saudi-led coalition"
            + " and the Houthis took effect in Yemen on Saturday, the U.N. envoy said.", "2022-04-02"), EventType.RETREAT);
        assertEquals("ceasefire", t.mode());
        assertTrue(t.target().text().contains("Houthis"), t.toString());
        // a truce only talked about is no event
        noAssertedDeed(SharedParley.code("A truce between the two sides would be hard to keep, analysts said.",
            "2022-04-02"), EventType.RETREAT);
    }
    @Test
    void closingAndReopeningBordersAndForcingAPlaneDownAreActs() {
        Event closed = only(SharedParley.code("ACCRA - Ghana closed its borders with Ivory Coast, Togo and Burkina Faso"
            + " on Sunday.", "2020-12-06"), EventType.COERCE);
        assertEquals("GHA", closed.source().country());
        Event reopened = only(SharedParley.code("ISLAMABAD - Pakistan reopened the Torkham border crossing with"
            + " Afghanistan on Monday.", "2020-05-04"), EventType.RETREAT);
        assertEquals("AFG", reopened.target().country());
        Event forced = only(SharedParley.code("NEW DELHI - Indian Air Force fighter jets forced a Georgian cargo plane to"
            + " land in Jaipur on Friday.", "2019-03-01"), EventType.COERCE);
        assertEquals("IND", forced.source().country());
        assertTrue(SharedParley.code("The shop closed its doors on Sunday.", "2020-12-06").isEmpty());
    }
    @Test
    void aConjoinedObjectSharesTheLightVerb() {
        Event s = only(SharedParley.code("BRUSSELS - The European Union imposed an arms embargo and sanctions on"
            + " Belarus on Monday.", "2021-06-21"), EventType.SANCTION);
        assertEquals("BLR", s.target().country());
    }
    @Test
    void aDayReadAsTheInfinitivesSubjectLeavesTheDeciderAsSource() {
        Event e = only(SharedParley.codeAll("TOKYO - Japan decided on Thursday to ease some sanctions on North Korea.",
            "2014-07-03"), EventType.CONCEDE);
        assertEquals("JPN", e.source().country());
        assertEquals("PRK", e.target().country());
        assertEquals(Modality.INTENDED, e.modality());
    }
    @Test
    void thePartnerOfAnAgreementToKeepATruceIsItsTarget() {
        List<Event> ev = SharedParley.codeAll("NEW DELHI - The Indian army said on Thursday it had agreed with"
            + " Pakistan's military to strictly observe all ceasefire agreements along the Line of Control.", "2021-02-25");
        Event c = only(ev, EventType.CONCEDE);
        assertEquals("ceasefire", c.mode());
        assertEquals("IND", c.source().country());
        assertEquals("PAK", c.target().country());
        // keeping the truce is the act, not a second agreement
        none(ev, EventType.AGREE);
    }
    @Test
    void theOneToMeetTheConditionOfAThreatIsItsTarget() {
        Event t = only(SharedParley.code("Chechen rebels holding more than 1,000 hostages in a hospital threatened on"
            + " Thursday to shoot them unless Russia ends its war in Chechnya.", "1995-06-15"), EventType.THREATEN);
        assertEquals("RUS", t.target().country());
    }
    @Test
    void easingRestrictionsAndCuttingTariffsAreRetreats() {
        Event tariffs = only(SharedParley.code("WASHINGTON - The U.S. rolled back tariffs on Chinese goods on Friday.",
            "2020-01-17"), EventType.RETREAT);
        assertEquals("USA", tariffs.source().country());
        Event curfew = only(SharedParley.code("RIYADH - Saudi Arabia eased curfew hours it had imposed on several"
            + " cities.", "2020-04-26"), EventType.RETREAT);
        assertEquals("SAU", curfew.source().country());
        // cutting aid is no easing
        none(SharedParley.code("WASHINGTON - The U.S. cut aid to Honduras on Friday.", "2020-01-17"), EventType.RETREAT);
    }
    @Test
    void aStateFreesPrisonersAndArrestsJournalistsWithoutBeingNamed() {
        Event freed = only(SharedParley.code("Hundreds of political prisoners have been released in Tripoli over the"
            + " last few days.", "2011-08-25"), EventType.RETREAT);
        assertNull(freed.source());
        assertEquals("release", freed.mode());
        Event arrested = only(SharedParley.code("The journalist Moussa Tchangari was arrested on Monday in Niger.",
            "2018-03-26"), EventType.COERCE);
        assertNull(arrested.source());
        // a private person arrested with no one named is no political event
        assertTrue(SharedParley.code("Mr Doherty, 25, was arrested following an incident in a London hotel.",
            "2005-01-14").isEmpty());
    }
    @Test
    void aNamedPersonTheKnowledgeBaseLacksActsTowardAState() {
        Event s = only(SharedParley.code("Pete Wilson signed an agreement on trade and tourism with Israel on"
            + " Monday.", "1996-03-04"), EventType.SUPPORT);
        assertEquals("Pete Wilson", s.source().text());
        assertEquals("ISR", s.target().country());
        Event m = only(SharedParley.code("Perez Molina sent 260 troops and national police to Santa Cruz Barillas on"
            + " Thursday to restore order.", "2012-05-03"), EventType.MOBILIZE);
        assertEquals("Perez Molina", m.source().text());
        // between two private people it is no political event
        assertTrue(SharedParley.code("John Smith shot Mary Jones in a bar on Friday.", "2012-05-03").isEmpty());
    }
    @Test
    void anActivistFreedByAStateIsTheTargetDespiteAnIndirectObjectParse() {
        Event e = only(SharedParley.code("CAIRO - Egypt freed the activist Mohamed Soltan on Saturday.", "2015-05-30"),
            EventType.RETREAT);
        assertEquals("EGY", e.source().country());
        assertTrue(e.target().text().contains("activist"), e.toString());
    }
    @Test
    void crowdControlUsedToDisperseACrowdIsForceThatHappened() {
        Event e = only(SharedParley.code("KABUL - Taliban fighters used pepper spray to disperse a small group of women"
            + " outside Kabul University on Sunday.", "2022-01-16"), EventType.ASSAULT);
        assertEquals("crowd-control", e.mode());
        assertEquals(Modality.ASSERTED, e.modality());
        assertTrue(e.target().text().contains("women"), e.toString());
        Event gas = only(SharedParley.code("HARARE - Zimbabwean police have fired teargas to break up protests against"
            + " the economic crisis.", "2016-07-06"), EventType.ASSAULT);
        assertEquals("crowd-control", gas.mode());
        assertNull(gas.target(), "a protest is no party");
    }
    @Test
    void strikesNamedByTheirMeansAreTheAttackNotAVerb() {
        Event e = only(SharedParley.code("The U.S. military has carried out more than two dozen air strikes this year"
            + " against al-Shabab.", "2017-06-01"), EventType.ASSAULT);
        assertEquals("USA", e.source().country());
        assertTrue(e.target().text().contains("Shabab"), e.toString());
    }
    @Test
    void dronesLaunchedAtAStateAreAnAttackAndDronesSentToOneAreAid() {
        List<Event> ev = SharedParley.code("Iran launched more than 300 drones and missiles at Israel late on"
            + " Saturday.", "2024-04-14");
        none(ev, EventType.AID);
        assertEquals("ISR", first(ev, EventType.ASSAULT).target().country());
        assertEquals("UKR", only(SharedParley.code("Turkey supplied drones to Ukraine.", "2022-03-01"),
            EventType.AID).target().country());
    }
    @Test
    void aPronounInAClauseMadeClearOrAssertedStandsForTheSubject() {
        Event e = only(SharedParley.code("COLOMBO - The Sri Lankan government has made it clear it will not lift the"
            + " ban on the LTTE.", "2002-05-01"), EventType.REJECT);
        assertEquals("LKA", e.source().country());
    }
    @Test
    void aVerbLeftLooseAfterARelativeClauseTakesItsNounAsSubject() {
        Event r = only(SharedParley.code("NIAMEY - The last French troops left Niger on Friday, after the junta that seized"
            + " power in July demanded their departure.", "2023-12-22"), EventType.REQUEST);
        assertEquals("MIL", r.source().sector());
        assertTrue(r.source().text().contains("junta"), r.toString());
    }
    @Test
    void anOffensiveToRetakeAPlaceIsAimedAtIt() {
        Event a = only(SharedParley.code("TSKHINVALI - Georgian forces launched a major offensive to retake the breakaway"
            + " region of South Ossetia on Friday.", "2008-08-08"), EventType.ASSAULT);
        assertEquals("GEO", a.source().country());
        assertTrue(a.target().text().contains("region"), a.toString());
    }
    @Test
    void dismissingAsNonsenseIsARejection() {
        Event r = only(SharedParley.code("MOSCOW - The Kremlin on Monday dismissed as nonsense U.S. media reports about"
            + " Russian bounties.", "2020-06-29"), EventType.REJECT);
        assertEquals("RUS", r.source().country());
        // firing an official is no rejection
        none(SharedParley.code("The minister dismissed the army chief on Monday.", "2020-06-29"), EventType.REJECT);
    }
    @Test
    void aReducedRelativeReadAsTheClauseLeavesTheMainVerbToItsNoun() {
        List<Event> ev = SharedParley.code("BAGHDAD - Iraqi government forces backed by U.S.-led coalition air strikes"
            + " launched an offensive on Monday to retake Mosul.", "2016-10-17");
        assertEquals("IRQ", first(ev, EventType.ASSAULT).source().country());
        Event freed = only(SharedParley.codeAll("KANO - More than 300 schoolboys abducted by gunmen from a school last"
            + " week have been freed, the governor said.", "2020-12-17"), EventType.ASSAULT);
        assertTrue(freed.source().text().contains("gunmen"), freed.toString());
        assertTrue(freed.target().text().contains("schoolboys"), freed.toString());
        Event hit = only(SharedParley.code("The missiles fired by the Israeli military struck an arms depot of the"
            + " Syrian army.", "2018-01-09"), EventType.ASSAULT);
        assertEquals("ISR", hit.source().country());
    }
    @Test
    void armsThatBackAForceAreNoPartyToIt() {
        List<Event> ev = SharedParley.code("Iraqi troops backed by tanks invaded Kuwait before dawn on Thursday.",
            "1990-08-02");
        none(ev, EventType.SUPPORT);
        assertEquals("KWT", only(ev, EventType.ASSAULT).target().country());
        // a state that backs them is
        assertEquals("TUR", only(SharedParley.code("Rebels backed by Turkey attacked the town of Afrin.", "2018-03-01"),
            EventType.SUPPORT).source().country());
    }
    @Test
    void aStateThatSaysAnotherCommittedWarCrimesAccusesIt() {
        Event a = only(SharedParley.code("WASHINGTON - Washington determined on Tuesday that members of the Rapid Support"
            + " Forces had committed genocide in Sudan.", "2025-01-07"), EventType.ACCUSE);
        assertEquals("USA", a.source().country());
        assertTrue(a.target().text().contains("Rapid Support Forces"), a.toString());
        Event b = only(SharedParley.code("Russian forces committed war crimes in Bucha, Ukrainian officials said.",
            "2022-04-04"), EventType.ACCUSE);
        assertEquals("UKR", b.source().country());
        assertEquals("RUS", b.target().country());
        // a state's own forces reported by its officials are no accusation
        none(SharedParley.code("Russian forces committed war crimes in Bucha, Russian officials said.",
            "2022-04-04"), EventType.ACCUSE);
    }
    @Test
    void aShootingRampageIsAnAttackNotARiot() {
        List<Event> ev = SharedParley.code("MUMBAI - Heavily armed militants went on a shooting rampage at two luxury"
            + " hotels in Mumbai on Wednesday night.", "2008-11-27");
        Event a = only(ev, EventType.ASSAULT);
        assertEquals("firearms", a.mode());
        none(ev, EventType.PROTEST);
    }
    @Test
    void anActHangingOnADocumentIsDoneByWhoIssuedIt() {
        Event a = only(SharedParley.code("CAIRO - Egypt's Foreign Ministry issued a statement on Sunday condemning the"
            + " Israeli raid on Jenin.", "2023-07-02"), EventType.ACCUSE);
        assertEquals("EGY", a.source().country());
        Event b = only(SharedParley.code("LONDON - Amnesty International put out a report on Monday accusing the"
            + " Nigerian army of torturing detainees.", "2023-03-06"), EventType.ACCUSE);
        assertTrue(b.source().text().contains("Amnesty"), b.toString());
        assertEquals("NGA", b.target().country());
        // one who vetoes a resolution does not make its demand
        noAssertedDeed(SharedParley.codeAll("The United States on Friday vetoed a U.N. Security Council resolution"
            + " demanding an immediate ceasefire in Gaza.", "2023-12-08"), EventType.REQUEST);
        none(SharedParley.code("The United States on Friday vetoed a U.N. Security Council resolution demanding an"
            + " immediate ceasefire in Gaza.", "2023-12-08"), EventType.REQUEST);
    }
    @Test
    void oneWhoLetsAPrisonerFreeReleasesHim() {
        Event r = only(SharedParley.code("CAIRO - Egypt finally let free the activist Mohamed Soltan on Saturday.",
            "2015-05-30"), EventType.RETREAT);
        assertEquals("EGY", r.source().country());
        assertEquals("release", r.mode());
    }
    @Test
    void aShareOrAnAmountOfGoodsIsWhatATransferVerbGives() {
        Event a = only(SharedParley.code("Russia gave to Armenia some of the military equipment it asked for.",
            "2020-03-09"), EventType.AID);
        assertEquals("RUS", a.source().country());
        assertEquals("ARM", a.target().country());
        Event b = only(SharedParley.code("ADDIS ABABA - The United States handed over more than $4 million worth of"
            + " medical equipment to Ethiopia's health ministry on Tuesday.", "2021-03-09"), EventType.AID);
        assertEquals("USA", b.source().country());
        assertEquals("ETH", b.target().country());
    }
    @Test
    void liftingTravelRestrictionsEasesThem() {
        Event r = only(SharedParley.code("ABU DHABI - The UAE formally lifted the trade and travel restrictions on"
            + " Qatar on Saturday.", "2021-01-09"), EventType.RETREAT);
        assertEquals("ARE", r.source().country());
        assertEquals("QAT", r.target().country());
    }
    @Test
    void aLocalPlaceTheGazetteerLacksFallsBackToTheDatelineNotToANamesakeAbroad() {
        List<Event> ev = SharedParley.code("LONDON (Reuters) - Climate activists blocked roads and bridges around"
            + " Westminster on Monday, and police arrested more than 200 of them.", "2019-10-07");
        assertTrue(!ev.isEmpty(), ev.toString());
        for (Event e : ev) {
            assertNotNull(e.location(), e.toString());
            assertEquals("GBR", e.location().country(), e.toString());
        }
    }
    @Test
    void takingControlOfAPlaceOrBodySeizesIt() {
        Event c = only(SharedParley.code("HARARE - Zimbabwe's military placed President Robert Mugabe under house arrest"
            + " on Wednesday and took control of the state broadcaster.", "2017-11-15").stream()
            .filter(e -> "seize".equals(e.mode())).toList(), EventType.COERCE);
        assertTrue(c.target().text().contains("broadcaster"), c.toString());
        // a firm taking control of its supply chain is no political act
        none(SharedParley.code("The company took control of the supply chain last year.", "2017-11-15"),
            EventType.COERCE);
    }
    @Test
    void dissolvingAPartyOrParliamentRestrictsPoliticalLife() {
        Event d = only(SharedParley.code("LIMA - Peru's President Pedro Castillo dissolved Congress on Wednesday.",
            "2022-12-07"), EventType.COERCE);
        assertEquals("restrict", d.mode());
        assertEquals("PER", d.source().country());
        // a crowd that dissolves is no act
        none(SharedParley.code("The crowd dissolved into the side streets after police arrived.", "2022-12-07"),
            EventType.COERCE);
    }
    @Test
    void aVowedResponseIsAThreatButAResponseToRequestsIsNoAct() {
        Event t = only(SharedParley.code("WARSAW - Poland expelled 45 Russian diplomats on Wednesday, and Moscow"
            + " promised a tit-for-tat response.", "2022-03-23"), EventType.THREATEN);
        assertEquals("RUS", t.source().country());
        assertEquals("POL", t.target().country());
        assertEquals("PAK", only(SharedParley.code("ISLAMABAD - Pakistan put its armed forces on high alert on Tuesday"
            + " and vowed to respond.", "2019-02-26"), EventType.THREATEN).source().country());
        List<Event> none = SharedParley.code("The Iranian foreign ministry did not respond to requests for comment.",
            "2019-02-26");
        none(none, EventType.ASSAULT);
        none(none, EventType.THREATEN);
        // a team that crushes another wins a match
        none(SharedParley.code("Pakistan crushed India by 10 wickets in their T20 World Cup opener in Dubai on"
            + " Sunday.", "2021-10-24"), EventType.ASSAULT);
    }
    @Test
    void aThreatToCrushAnAttemptIsAimedAtWhoseAttemptItIs() {
        Event t = only(SharedParley.code("BEIJING - China's defence ministry warned on Thursday that the People's"
            + " Liberation Army would crush any attempt at Taiwan independence.", "2021-01-28"), EventType.THREATEN);
        assertEquals("CHN", t.source().country());
        assertEquals("TWN", t.target().country());
    }
    @Test
    void sayingOneWouldReimposeTheHighestLevelOfSanctionsThreatensThem() {
        Event t = only(SharedParley.code("WASHINGTON - President Donald Trump said on Tuesday he would reimpose the"
            + " highest level of economic sanctions on Tehran.", "2018-05-08"), EventType.THREATEN);
        assertEquals("IRN", t.target().country());
        assertEquals("relations", t.mode());
    }
    @Test
    void callingAnActOrAPartyByAPejorativeNameAccusesIt() {
        Event a = only(SharedParley.code("TOKYO - Japanese Defence Minister Nobuo Kishi called the flights of Chinese bombers"
            + " provocative on Tuesday.", "2022-05-24"), EventType.ACCUSE);
        assertEquals("JPN", a.source().country());
        Event b = only(SharedParley.code("CARACAS - Venezuelan intelligence agents detained Roberto Marrero on Thursday,"
            + " Guaido said, calling it a kidnapping.", "2019-03-21"), EventType.ACCUSE);
        assertTrue(b.source().text().contains("Guaido"), b.toString());
        // calling a meeting, or talks productive, or someone on the phone is no charge
        none(SharedParley.code("The president called a meeting of the security council on Monday.", "2019-03-21"),
            EventType.ACCUSE);
        none(SharedParley.code("The Iranian foreign minister called the talks productive.", "2019-03-21"),
            EventType.ACCUSE);
    }
    @Test
    void takingOrHoldingHostagesIsAnAbductionOfTheHostages() {
        Event a = only(SharedParley.code("Yemen's Houthi movement seized a cargo ship on Sunday and took its 25 crew"
            + " members hostage.", "2023-11-19"), EventType.ASSAULT);
        assertEquals("abduct", a.mode());
        assertTrue(a.target().text().contains("crew members"), a.toString());
        Event b = only(SharedParley.code("Hamas gunmen burst into Israeli towns on Saturday, taking dozens of hostages"
            + " back into Gaza.", "2023-10-07"), EventType.ASSAULT);
        assertTrue(b.target().text().contains("hostages"), b.toString());
    }
    @Test
    void martyringSoldiersAndReturningFireAreAttacks() {
        Event a = only(SharedParley.code("HAKKARI - PKK terrorists martyred two Turkish soldiers on Monday, the"
            + " ministry said.", "2021-05-03"), EventType.ASSAULT);
        assertEquals("TUR", a.target().country());
        List<Event> ev = SharedParley.code("SEOUL - North Korea fired artillery shells at the island of Yeonpyeong on"
            + " Tuesday, and the South Korean military returned fire.", "2010-11-23");
        assertTrue(ev.stream().anyMatch(e -> e.type() == EventType.ASSAULT && "KOR".equals(e.source().country())),
            ev.toString());
    }
    @Test
    void haltingTradeSanctionsButHaltingExercisesStandsDown() {
        Event h = only(SharedParley.code("BEIJING - China halted imports of citrus fruit and some fish from Taiwan on"
            + " Wednesday.", "2022-08-03"), EventType.SANCTION);
        assertEquals("CHN", h.source().country());
        assertEquals("TWN", h.target().country());
        Event c = only(SharedParley.code("SINGAPORE - Trump said on Tuesday that Washington would halt its joint"
            + " military exercises with South Korea.", "2018-06-12"), EventType.CONCEDE);
        assertEquals("USA", c.source().country());
        // halting a car is no act
        none(SharedParley.code("Police halted a car near the border on Monday.", "2018-06-12"), EventType.SANCTION);
    }
    @Test
    void anOrderOrLawThatEndsSanctionsIsItsSignersAct() {
        Event r = only(SharedParley.code("WASHINGTON - President Donald Trump signed an executive order on Monday"
            + " formally ending most U.S. sanctions on Syria.", "2025-06-30"), EventType.RETREAT);
        assertEquals("USA", r.source().country());
        assertEquals("SYR", r.target().country());
    }
    @Test
    void anOffensiveToRetakeACityTakesPlaceThereNotInTheCountryNamedAfterIt() {
        Event a = only(SharedParley.code("Iraqi government forces launched an offensive on Monday to retake Mosul,"
            + " Islamic State's last major stronghold in Iraq.", "2016-10-17"), EventType.ASSAULT);
        assertNotNull(a.location(), a.toString());
        assertEquals("Mosul", a.location().name());
    }

    @Test
    void aThreatReadAsAnAuxiliaryStillGovernsTheAttackItThreatens() {
        List<Event> ev = SharedParley.code("Syrian insurgent groups, including the powerful Islamist Ahrar al-Sham,"
            + " threatened to shell all the bases of government forces in Hama province.", "2016-04-05");
        noAssertedDeed(ev, EventType.ASSAULT);
        Event t = only(ev, EventType.THREATEN);
        assertEquals(Modality.ASSERTED, t.modality());
    }

    @Test
    void aParticipleAfterAListOfSubjectsIsTheirAct() {
        Event e = only(SharedParley.code("The Afghan government, a number of political parties and the Taliban on"
            + " Thursday condemned US President Donald Trump's decision to recognize Jerusalem as Israel's capital.",
            "2017-12-07"), EventType.ACCUSE);
        assertEquals(3, e.source().members().size(), e.toString());
    }

    @Test
    void unitsAndVehiclesSentAbroadAreDeploymentsAndTransfers() {
        List<Event> ev = SharedParley.code("Britain has sent 100 armoured patrol vehicles and a team of paratroopers to"
            + " Lebanon to help the country patrol its borders.", "2020-03-05");
        Event m = first(ev, EventType.MOBILIZE);
        assertEquals("LBN", m.target().country(), ev.toString());
        first(ev, EventType.AID);
        Event k = only(SharedParley.code("Kosovo is sending a military platoon to Kuwait, its first involvement in an"
            + " international peacekeeping mission.", "2020-03-05"), EventType.MOBILIZE);
        assertEquals("XKX", k.source().country());
        assertEquals("KWT", k.target().country());
    }

    @Test
    void anAmountBoundedByOverIsWhatWasProvided() {
        Event e = only(SharedParley.code("Ireland has already provided over €3.5 million in humanitarian funding"
            + " to Lebanon in 2020.", "2020-11-05"), EventType.AID);
        assertEquals("IRL", e.source().country());
        assertEquals("LBN", e.target().country());
    }

    @Test
    void thoseExpelledFromAStateAreExpelledByIt() {
        Event e = only(SharedParley.code("Two inspectors for the United Nations nuclear monitoring agency have been"
            + " expelled from North Korea amid an escalating standoff.", "2009-04-16"), EventType.SANCTION);
        assertEquals("PRK", e.source().country());
        assertEquals("ORG:un", e.target().id(), e.toString());
        // a tournament is no state
        assertTrue(SharedParley.code("The player was expelled from the tournament.", "2009-04-16").isEmpty());
    }

    @Test
    void aPassiveSubjectTheParserLabelsActiveIsStillThePatient() {
        Event e = only(SharedParley.code("Eighteen Italian fishermen, held captive in Libya for more than 100 days,"
            + " have been freed by Libyan authorities.", "2020-12-17"), EventType.RETREAT);
        assertEquals("LBY", e.source().country(), e.toString());
        assertEquals("ITA", e.target().country(), e.toString());
    }

    @Test
    void declaringDiplomatsPersonaNonGrataExpelsThem() {
        Event p = only(SharedParley.code("SOFIA (Reuters) - Two Russian diplomats were declared persona non grata by"
            + " Bulgaria's foreign ministry on Friday over suspected espionage.", "2020-01-24"), EventType.SANCTION);
        assertEquals("BGR", p.source().country(), p.toString());
        assertEquals("RUS", p.target().country(), p.toString());
        assertEquals("expel", p.mode());
        Event a = only(SharedParley.code("Russia declared two Dutch diplomats persona non grata on Friday.",
            "2018-03-30"), EventType.SANCTION);
        assertEquals("NLD", a.target().country(), a.toString());
        // the same small clause in the passive names hostages too
        Event h = only(SharedParley.code("Three aid workers were taken hostage by rebels in Darfur.", "2018-03-30"),
            EventType.ASSAULT);
        assertEquals("Three aid workers", h.target().text(), h.toString());
        // a figure of speech about a person is no expulsion
        assertTrue(SharedParley.code("He is persona non grata in Hollywood these days.", "2018-03-30").isEmpty());
    }

    @Test
    void civiliansActingAsAGroupArePartiesToViolenceInHardNews() {
        List<Event> ev = SharedParley.code("JOS, Nigeria (AP) - Suspected herdsmen torched homes and killed more than 80"
            + " people in a string of raids on villages in Plateau state over the weekend, police said on Sunday.",
            "2018-06-25");
        Event k = first(ev, EventType.ASSAULT);
        assertEquals("CVL", k.source().sector(), ev.toString());
        // a capitalised plural at the head of a sentence, tagged as a name, is still the common noun
        Event b = only(SharedParley.code("Bandits abducted 30 villagers in Zamfara state on Monday.", "2021-02-15"),
            EventType.ASSAULT);
        assertEquals("CRM", b.source().sector(), b.toString());
        // unnamed men who gun someone down are a group of attackers
        only(SharedParley.code("DUMAGUETE, Philippines (AFP) - Two men on a motorcycle gunned down a radio broadcaster"
            + " outside his home on Thursday, police said.", "2018-11-08"), EventType.ASSAULT);
        // a nation's people named by their demonym are no such group: the state's act is told another way
        none(SharedParley.code("The Israelis said they had attacked machinery used to make rockets.", "2008-01-05"),
            EventType.ASSAULT);
    }

    @Test
    void aContestFoughtWithoutArmsIsNoAssaultAndAFortuneAmassedNoArmy() {
        none(SharedParley.code("The EFF has gained some powerful allies in its legal battle with Apple.", "2005-03-10"),
            EventType.ASSAULT);
        none(SharedParley.code("Jaynes amassed a fortune of 24 million dollars from his sales, prosecutors said.",
            "2004-11-04"), EventType.MOBILIZE);
        Event m = only(SharedParley.code("Russia has amassed troops on the border with Ukraine.", "2021-11-12"),
            EventType.MOBILIZE);
        assertEquals("RUS", m.source().country());
    }

    @Test
    void whatADeclarationEndsAndTheDealAnActIsDoneUnderAreBackground() {
        List<Event> ev = SharedParley.code("Eritrean President Isaias Afwerki and Ethiopian Prime Minister Abiy Ahmed"
            + " signed a declaration in Asmara on Monday formally ending two decades of hostility between their"
            + " countries.", "2018-07-09");
        none(ev, EventType.ASSAULT);
        List<Event> p = SharedParley.code("Russian and Turkish troops conducted their first joint patrol in northeast"
            + " Syria on Friday under a deal that ended a Turkish offensive against Kurdish fighters.", "2019-11-01");
        none(p, EventType.AGREE);
        none(p, EventType.ASSAULT);
        first(p, EventType.COOPERATE);
        // an attack one comes under is the news
        only(SharedParley.code("The town came under attack by rebels on Monday.", "2019-11-01"), EventType.ASSAULT);
    }

    @Test
    void whoClaimsADeedDidIt() {
        Event a = only(SharedParley.code("Al-Shabaab claimed responsibility for the attack on the base.", "2020-01-05"),
            EventType.ASSAULT);
        assertEquals("ORG:al_shabaab", a.source().id(), a.toString());
        // a claim of a deed told before names that deed's doer, and is no second deed
        List<Event> ev = SharedParley.code("KUNDUZ, Afghanistan (AP) - A suicide bomber blew himself up among"
            + " worshippers at a Shiite mosque in Kunduz during Friday prayers, killing dozens. Islamic State claimed"
            + " responsibility for the attack.", "2021-10-08");
        Event e = only(ev, EventType.ASSAULT);
        assertEquals("ORG:islamic_state", e.source().id(), e.toString());
        assertEquals(0, e.sentence());
    }

    @Test
    void aWarningIssuedWithItsContentIsAThreatMadeWhoeverItIsAimedAt() {
        Event w = only(SharedParley.code("The South African government has issued a warning that it would not tolerate"
            + " a military coup in Lesotho.", "2014-08-30"), EventType.THREATEN);
        assertEquals("ZAF", w.source().country());
        assertEquals(Modality.ASSERTED, w.modality());
    }

    @Test
    void goodsConjoinedUnderACountedObjectShareItsTransferVerb() {
        Event a = only(SharedParley.code("China's health ministry sent a team of medical experts, equipment and drugs to"
            + " Yemen.", "2017-06-01"), EventType.AID);
        assertEquals("CHN", a.source().country(), a.toString());
        assertEquals("YEM", a.target().country(), a.toString());
    }

    @Test
    void sanctionsRemovedFromCompaniesNamedByAParticipleAreLifted() {
        Event r = only(SharedParley.code("The U.S. Treasury Department removed the sanctions on Rusal and other companies"
            + " linked to Russian oligarch Oleg Deripaska.", "2019-01-28"), EventType.RETREAT);
        assertEquals("USA", r.source().country(), r.toString());
    }

    @Test
    void peopleFreedFromCaptivityWithNoOneNamedAreReleased() {
        Event r = only(SharedParley.code("Eighteen Italian fishermen, held captive in Libya for more than 100 days, have"
            + " been freed, ending a political standoff between the two countries.", "2020-12-17"), EventType.RETREAT);
        assertEquals("release", r.mode(), r.toString());
        only(SharedParley.code("Two aid workers were released from captivity in Mali on Sunday.", "2020-12-17"),
            EventType.RETREAT);
        // leaving hospital is no release by anyone
        none(SharedParley.code("Two fishermen were released from hospital on Sunday.", "2020-12-17"), EventType.RETREAT);
        // a court frees former office holders: "ex-" is the office's prefix
        Event b = only(SharedParley.code("A Zimbabwe court has freed on bail two ex-ministers who served in former"
            + " president Robert Mugabe's government.", "2018-01-10"), EventType.RETREAT);
        assertEquals("ZWE", b.source().country(), b.toString());
    }

    @Test
    void shotDeadTakesThePeopleAsTargetAndACrowdToldByItsSizeProtests() {
        List<Event> ev = SharedParley.code("Israeli troops shot dead at least 52 Palestinians along the Gaza border on"
            + " Monday as tens of thousands protested against the opening of the U.S. embassy in Jerusalem.", "2018-05-14");
        Event a = only(ev, EventType.ASSAULT);
        assertEquals("ISR", a.source().country(), a.toString());
        assertEquals("Palestinians", a.target().text().replaceAll("^.* ", ""), a.toString());
        assertEquals("CVL", only(ev, EventType.PROTEST).source().sector());
        // a count of things is no crowd
        none(SharedParley.code("Thousands of cars protested nothing.", "2018-05-14"), EventType.PROTEST);
    }

    @Test
    void aRelativeClauseOnACapitalIsItsGovernmentsAct() {
        List<Event> ev = SharedParley.code("Kinshasa, which severed diplomatic relations with Kigali on Sunday, accused"
            + " Rwanda of sending thousands of troops across the border.", "2025-01-27");
        Event cut = only(ev, EventType.SANCTION);
        assertEquals("COD", cut.source().country(), cut.toString());
        assertEquals("RWA", cut.target().country(), cut.toString());
        only(ev, EventType.ACCUSE);
    }

    @Test
    void liveRoundsFiredAtProtestersHitTheProtesters() {
        Event a = only(SharedParley.code("Iranian security forces fired tear gas and live rounds at protesters in Tehran"
            + " on Tuesday.", "2022-09-21"), EventType.ASSAULT);
        assertEquals("protesters", a.target().text(), a.toString());
    }

    @Test
    void aRankingOfTheSentencesOwnDeedIsNoSecondDeed() {
        Event a = only(SharedParley.code("Suspected Boko Haram gunmen abducted more than 100 girls from a school in"
            + " Chibok late on Monday, a local government official said, in one of the boldest attacks yet by the"
            + " Islamist group.", "2014-04-15"), EventType.ASSAULT);
        assertEquals("abduct", a.mode(), a.toString());
        // with no verb of its own, the ranked noun is the deed
        first(SharedParley.code("Hundreds of thousands of people converged on Belgrade on Saturday for one of the"
            + " largest protests in Serbia's history.", "2025-03-16"), EventType.PROTEST);
    }

    @Test
    void anOrderToOnesOwnArmyDeploysIt() {
        List<Event> ev = SharedParley.code("Prime Minister Abiy Ahmed said on Wednesday he had ordered the army into the"
            + " northern Tigray region.", "2020-11-04");
        Event m = only(ev, EventType.MOBILIZE);
        assertEquals("ETH", m.source().country(), m.toString());
        none(ev, EventType.REQUEST);
        // an order to a civilian body asks it
        none(SharedParley.code("President Muhammadu Buhari ordered the electoral commission to review the results.",
            "2020-11-04"), EventType.MOBILIZE);
    }

    @Test
    void aResignationAnnouncedIsDoneAndASuspectHandedToAnotherStateIsCooperation() {
        Event r = only(SharedParley.code("Lebanese Prime Minister Hassan Diab announced his government's resignation on"
            + " Monday.", "2020-08-10"), EventType.RETREAT);
        assertEquals(Modality.ASSERTED, r.modality());
        Event c = only(SharedParley.code("Pakistan handed over Ramzi Ahmed Yousef, the suspected mastermind of the 1993"
            + " World Trade Center bombing, to U.S. agents on Wednesday.", "1995-02-09"), EventType.COOPERATE);
        assertEquals("PAK", c.source().country(), c.toString());
        assertEquals("USA", c.target().country(), c.toString());
        // hostages handed to the Red Cross are released
        first(SharedParley.code("Hamas handed over three Israeli hostages to the Red Cross in Gaza on Saturday.",
            "2025-02-08"), EventType.RETREAT);
    }

    @Test
    void warplanesThatFlattenBuildingsAttackThem() {
        Event a = only(SharedParley.code("Israeli warplanes flattened several buildings in the southern Lebanese city of"
            + " Tyre on Wednesday.", "2024-10-23"), EventType.ASSAULT);
        assertEquals("ISR", a.source().country(), a.toString());
    }

    @Test
    void foreignDiplomatsOrderedToLeaveAreExpelled() {
        Event e = only(SharedParley.code("The United States on Monday ordered 60 Russian diplomats it described as"
            + " intelligence officers to leave the country.", "2018-03-26"), EventType.SANCTION);
        assertEquals("expel", e.mode(), e.toString());
        assertEquals("RUS", e.target().country(), e.toString());
        only(SharedParley.code("Moscow retaliated on Sunday by ordering 20 Czech embassy staff to leave Russia.",
            "2021-04-18"), EventType.SANCTION);
        // an order to one's own officials to leave is no expulsion
        none(SharedParley.code("The State Department ordered non-emergency U.S. diplomats to leave Kyiv.",
            "2022-01-23"), EventType.SANCTION);
    }

    @Test
    void sanctionsAdoptedOrAnnouncedAreInForceUnlessDueLater() {
        Event a = only(SharedParley.code("European Union governments formally adopted a 13th package of sanctions"
            + " against Russia on Friday.", "2024-02-23"), EventType.SANCTION);
        assertEquals(Modality.ASSERTED, a.modality());
        only(SharedParley.code("Washington announced more than 500 new sanctions against Russia on Friday.",
            "2024-02-23"), EventType.SANCTION);
        // a package only proposed is not in force
        none(SharedParley.code("The European Commission proposed a new package of sanctions against Russia.",
            "2024-02-23"), EventType.SANCTION);
    }

    @Test
    void whatAVoteDecidesIsDoneAndABlockedPackageIsRejected() {
        Event a = first(SharedParley.code("The U.N. General Assembly voted overwhelmingly on Wednesday to reprimand"
            + " Russia for invading Ukraine.", "2022-03-02"), EventType.ACCUSE);
        assertEquals(Modality.ASSERTED, a.modality());
        List<Event> b = SharedParley.code("Hungarian Prime Minister Viktor Orban blocked a 50-billion-euro European"
            + " Union aid package for Ukraine early on Friday.", "2023-12-15");
        only(b, EventType.REJECT);
        none(b, EventType.COERCE);
    }

    @Test
    void aProtestThatIsTheAimOfAMarchHappensWithIt() {
        Event p = only(SharedParley.code("Farmers drove hundreds of tractors into Brussels on Thursday, blocking roads"
            + " around the European Parliament and lighting bonfires to protest against cheap imports.", "2024-02-01"),
            EventType.PROTEST);
        assertEquals("CVL", p.source().sector(), p.toString());
        first(SharedParley.code("U.S. military helicopters ferried food and water to survivors of Haiti's earthquake"
            + " on Saturday.", "2010-01-16"), EventType.AID);
    }

    @Test
    void aReactionToAnActToldBeforeIsAimedAtItsDoer() {
        List<Event> ev = SharedParley.code("JENIN, West Bank, July 3 (Reuters) - Israel carried out drone strikes on the"
            + " Jenin refugee camp on Monday, killing at least eight Palestinians. The Palestinian Authority denounced"
            + " the raid as a war crime.", "2023-07-03");
        Event a = first(ev, EventType.ASSAULT);
        assertEquals("ISR", a.source().country(), a.toString());
        Event c = only(ev, EventType.ACCUSE);
        assertEquals("ISR", c.target().country(), c.toString());
        // a reaction by the doer's own state names no other doer
        Event own = only(SharedParley.code("Israeli forces raided the Jenin camp on Monday. The Israeli government"
            + " criticised the raid.", "2023-07-03"), EventType.ACCUSE);
        assertNotEquals("ISR", own.target() == null ? null : own.target().country(), own.toString());
        // but the state's own opposition answers the state's act
        Event opposition = only(SharedParley.code("Israeli forces raided the Jenin camp on Monday. Israeli opposition"
            + " leaders criticised the raid.", "2023-07-03"), EventType.ACCUSE);
        assertEquals("MIL", opposition.target().sector(), opposition.toString());
    }

    @Test
    void whatACauseBroughtAboutHappened() {
        Event e = first(SharedParley.code("The Solomon Islands' cabinet voted on Monday to switch diplomatic recognition"
            + " from Taiwan to China, prompting Taipei to sever ties with Honiara.", "2019-09-16"), EventType.SANCTION);
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void coordinatedPatrolsAreCooperationAndAidFlownIntoACityIsForIt() {
        List<Event> p = SharedParley.code("The defence chiefs of Indonesia, Malaysia and the Philippines launched"
            + " coordinated naval patrols in the Sulu Sea on Monday.", "2017-06-19");
        first(p, EventType.COOPERATE);
        none(p, EventType.MOBILIZE);
        Event a = first(SharedParley.code("U.S. military aircraft flew food, water and medicine into the"
            + " typhoon-devastated city of Tacloban on Thursday.", "2013-11-14"), EventType.AID);
        assertTrue(a.target().text().contains("Tacloban"), a.toString());
    }

    @Test
    void aPronounInALaterSentenceIsThePersonNamedBefore() {
        List<Event> ev = SharedParley.code("LA PAZ, Jan 13 (Reuters) - Italian fugitive Cesare Battisti, convicted of four"
            + " murders in the 1970s, fled Brazil last month. Bolivian police detained him in the city of Santa Cruz on"
            + " Saturday.", "2019-01-13");
        Event c = only(ev, EventType.COERCE);
        assertTrue(c.target().text().contains("Battisti"), c.toString());
        // a pronoun with nobody named before stays as written
        Event n = only(SharedParley.code("Bolivian police detained him in Santa Cruz on Saturday.", "2019-01-13"),
            EventType.COERCE);
        assertEquals("him", n.target().text(), n.toString());
    }

    @Test
    void peopleBlockingRoadsProtestAndSettingFireIsDone() {
        List<Event> ev = SharedParley.code("Hundreds of Pakistan Tehreek-e-Insaf workers blocked the Grand Trunk Road near"
            + " Gujranwala on Friday, burning tyres and chanting slogans against the federal government.", "2023-05-12");
        first(ev, EventType.PROTEST);
        none(ev, EventType.COERCE);
        // the state blocking a road restricts
        first(SharedParley.code("Police blocked the roads into the capital on Friday.", "2023-05-12"), EventType.COERCE);
        List<Event> f = SharedParley.code("Protesters set fire to the municipal building in Tripoli on Thursday.",
            "2021-01-28");
        none(f, EventType.THREATEN);
    }

    @Test
    void aStatesProtestIsACharge() {
        Event a = only(SharedParley.code("The Department of Foreign Affairs strongly protests the dangerous manoeuvres"
            + " and illegal use of water cannon by China Coast Guard vessels against Philippine resupply boats near"
            + " Ayungin Shoal.", "2023-08-07"), EventType.ACCUSE);
        assertEquals("CHN", a.target().country(), a.toString());
        // a crowd's protest stays a protest
        only(SharedParley.code("Thousands of farmers protested the new law in New Delhi on Monday.", "2020-12-01"),
            EventType.PROTEST);
    }

    @Test
    void callingAChargeBaselessRejectsItsAuthor() {
        List<Event> ev = SharedParley.code("Pakistan's military on Saturday denied that its jets had struck targets inside"
            + " Afghanistan, calling the Taliban government's allegations baseless.", "2024-12-28");
        Event r = only(ev, EventType.REJECT);
        assertEquals("PAK", r.source().country(), r.toString());
        assertEquals("AFG", r.target().country(), r.toString());
        none(ev, EventType.ACCUSE);
        // a dismissal restated with a pronoun is one rejection
        only(SharedParley.code("Eritrea's information minister on Friday dismissed U.S. demands that Eritrean troops"
            + " leave Ethiopia's Tigray region, calling them baseless.", "2021-05-28"), EventType.REJECT);
    }

    @Test
    void aLoanApprovedIsGrantedAndAPhoneCallBeforeAReportedOfferIsHeld() {
        Event a = only(SharedParley.code("The International Monetary Fund on Thursday approved a record $21 billion loan"
            + " for South Korea.", "1997-12-05"), EventType.AID);
        assertEquals(Modality.ASSERTED, a.modality());
        Event c = first(SharedParley.code("Turkish President Tayyip Erdogan spoke by phone with Russian President"
            + " Vladimir Putin on Sunday and told him Ankara was ready to host peace talks.", "2022-03-06"),
            EventType.CONSULT);
        assertEquals("TUR", c.source().country(), c.toString());
    }

    @Test
    void theLeadersOfAUnionNamedAsAnOrganisationAreItsLeaders() {
        Event c = only(SharedParley.code("Russia condemned European Union leaders on Thursday.", "2024-02-01"),
            EventType.ACCUSE);
        assertEquals("ORG:eu", c.target().id(), c.toString());
        // a trade union's leaders stay labour
        Event l = first(SharedParley.code("Police arrested three union leaders in Lagos on Thursday.", "2024-02-01"),
            EventType.COERCE);
        assertEquals("LAB", l.target().sector(), l.toString());
    }

    @Test
    void targetsNamedInAppositionOrCountedOrByModelAreActors() {
        Event a = first(SharedParley.code("Sri Lanka's government on Monday blamed a little-known local Islamist group,"
            + " National Thowheeth Jama'ath, for the Easter Sunday suicide bombings.", "2019-04-22"), EventType.ACCUSE);
        assertTrue(a.target().text().contains("Islamist group"), a.toString());
        assertEquals("LKA", a.source().country(), a.toString());
        Event w = only(SharedParley.code("Manila said a Chinese coast guard ship had blasted one of its resupply boats"
            + " with a water cannon near the disputed atoll on Saturday.", "2023-08-07"), EventType.ASSAULT);
        assertEquals("CHN", w.source().country(), w.toString());
        first(SharedParley.code("A Belarusian fighter jet forced a Ryanair airliner to land in Minsk on Sunday.",
            "2021-05-24"), EventType.COERCE);
        // a host or mediator alone still meets
        first(SharedParley.code("Prime Minister Nawaz Sharif on Monday launched a mediation effort to resolve the rift"
            + " between Qatar and other Gulf states.", "2017-06-12"), EventType.CONSULT);
    }

    @Test
    void aMissileFiredIntoTheSeaIsATestAndOneFiredAtBasesAnAttack() {
        Event m = only(SharedParley.code("North Korea fired a ballistic missile into the sea off its east coast on Sunday,"
            + " South Korea's military said.", "2023-03-19"), EventType.MOBILIZE);
        assertEquals("PRK", m.source().country(), m.toString());
        assertNull(m.target(), m.toString());
        List<Event> ev = SharedParley.code("Iran fired more than a dozen ballistic missiles at two air bases in Iraq"
            + " housing U.S. troops early on Wednesday.", "2020-01-08");
        first(ev, EventType.ASSAULT);
        none(ev, EventType.MOBILIZE);
    }

    @Test
    void stonesThrownByDemonstratorsAreARiotAndAWordThrownIsNothing() {
        Event p = only(SharedParley.code("Serb demonstrators in the divided northern town of Mitrovica threw stones at"
            + " U.N. police on Monday.", "2008-02-18"), EventType.PROTEST);
        assertEquals("riot", p.mode(), p.toString());
        assertTrue(p.target().text().contains("police"), p.toString());
        none(SharedParley.code("The senator threw his weight behind the governor at a rally in Lagos on Monday.",
            "2022-05-02"), EventType.ASSAULT);
    }

    @Test
    void supportersStormingABuildingRiotButSupportersAttackingPeopleAssault() {
        Event p = only(SharedParley.code("Thousands of supporters of former President Jair Bolsonaro stormed Brazil's"
            + " Congress, Supreme Court and presidential palace on Sunday, smashing windows.", "2023-01-09"),
            EventType.PROTEST);
        assertEquals("riot", p.mode(), p.toString());
        only(SharedParley.code("Supporters of the prime minister attacked anti-government protesters in Colombo on"
            + " Monday.", "2022-05-09"), EventType.ASSAULT);
        only(SharedParley.code("Her supporters clashed with police outside the court in Dhaka on Thursday.",
            "2018-02-08"), EventType.ASSAULT);
        // a community's mob burning another's shops is communal violence, not a riot against the state
        only(SharedParley.code("Buddhist mobs torched Muslim-owned shops and a mosque in Kandy on Monday.", "2018-03-06"),
            EventType.ASSAULT);
    }

    @Test
    void teargasUsedAgainstProtestersIsForceOnTheCrowd() {
        Event a = only(SharedParley.code("Police used tear gas and water cannon against protesters in Karachi and"
            + " Peshawar on Tuesday.", "2023-05-09"), EventType.ASSAULT);
        assertEquals("crowd-control", a.mode(), a.toString());
        assertTrue(a.target().text().contains("protesters"), a.toString());
        none(SharedParley.code("The company used rubber bullets in its tests on Tuesday.", "2023-05-09"),
            EventType.ASSAULT);
    }

    @Test
    void aLeaderWelcomedToACapitalIsHostedAndADealWelcomedIsBacked() {
        Event c = only(SharedParley.code("Serbian President Aleksandar Vucic welcomed Chinese President Xi Jinping to"
            + " Belgrade on Tuesday.", "2024-05-07"), EventType.CONSULT);
        assertEquals("CHN", c.target().country(), c.toString());
        only(SharedParley.code("Germany welcomed the agreement to end the fighting on Tuesday.", "2024-05-07"),
            EventType.SUPPORT);
        none(SharedParley.code("The minister welcomed refugees to Germany on Tuesday.", "2015-09-07"),
            EventType.CONSULT);
    }

    @Test
    void hoursGivenToLeaveAreAnUltimatumOrForDiplomatsAnExpulsion() {
        Event t = only(SharedParley.code("President George W. Bush gave Saddam Hussein and his sons 48 hours to leave"
            + " Iraq or face military action.", "2003-03-18"), EventType.THREATEN);
        assertTrue(t.target().text().contains("Saddam"), t.toString());
        List<Event> ev = SharedParley.code("Venezuelan President Nicolas Maduro broke diplomatic relations with the"
            + " United States on Wednesday and gave American diplomats 72 hours to leave the country.", "2019-01-24");
        assertEquals(2, ev.stream().filter(e -> e.type() == EventType.SANCTION).count(), ev::toString);
        none(ev, EventType.THREATEN);
        // the expulsion restated with a pronoun is one expulsion
        Event x = only(SharedParley.code("Malaysia on Saturday expelled North Korea's ambassador Kang Chol and gave him"
            + " 48 hours to leave the country.", "2017-03-04"), EventType.SANCTION);
        assertTrue(x.target().text().contains("ambassador"), x.toString());
        // a teacher's deadline is no ultimatum
        none(SharedParley.code("The teacher gave the students two days to finish the essay.", "2017-03-04"),
            EventType.THREATEN);
    }

    @Test
    void aRequestActedOnIsTheAuthorsRequestToWhoeverActs() {
        List<Event> ev = SharedParley.code("Rwanda deployed 1,000 soldiers to Mozambique's Cabo Delgado province on"
            + " Friday at the request of the Mozambican government.", "2021-07-09");
        Event r = only(ev, EventType.REQUEST);
        assertEquals(Modality.REQUESTED, r.modality());
        assertEquals("MOZ", r.source().country(), r.toString());
        assertEquals("RWA", r.target().country(), r.toString());
        only(ev, EventType.MOBILIZE);
        Event p = only(SharedParley.code("Ukraine's parliament on Monday approved President Petro Poroshenko's request"
            + " to impose martial law in border regions.", "2018-11-26"), EventType.REQUEST);
        assertEquals("PER:petro_poroshenko", p.source().id(), p.toString());
        // no request is made when the act waits on one
        none(SharedParley.code("Troops would be sent to the island only at the request of the government.",
            "2011-03-14"), EventType.REQUEST);
    }

    @Test
    void aStateOfExceptionOrSiegeApprovedOrDeclaredIsEmergencyRuleNotAnAttack() {
        Event c = only(SharedParley.code("El Salvador's Congress approved a 30-day state of exception early on Sunday,"
            + " suspending some civil liberties.", "2022-03-27"), EventType.COERCE);
        assertEquals(Modality.ASSERTED, c.modality());
        assertEquals("martial-law", c.mode());
        List<Event> ev = SharedParley.code("Argentine President Fernando de la Rua declared a state of siege on"
            + " Wednesday.", "2001-12-20");
        only(ev, EventType.COERCE);
        none(ev, EventType.ASSAULT);
        only(SharedParley.code("Canadian Prime Minister Justin Trudeau invoked emergency powers on Monday for the first"
            + " time in half a century.", "2022-02-14"), EventType.COERCE);
    }

    @Test
    void anActCalledByABadNameIsAnAccusationHoweverTheNameIsParsed() {
        // the predicate read as an adjective on the object, coordinated
        only(SharedParley.code("Moscow called the extradition illegal and politically motivated on Tuesday.",
            "2010-11-16"), EventType.ACCUSE);
        // the name under "an act of"
        only(SharedParley.code("Sudan called the strike an act of aggression on Thursday.", "1998-08-20"),
            EventType.ACCUSE);
        only(SharedParley.code("Paraguay's new president, Federico Franco, called the suspension unjust.", "2012-06-30"),
            EventType.ACCUSE);
        // a neutral name charges no one
        none(SharedParley.code("Moscow called the extradition a legal matter on Tuesday.", "2010-11-16"),
            EventType.ACCUSE);
    }

    @Test
    void aStateProtestingToAnotherAccusesIt() {
        Event a = only(SharedParley.code("Chile's government protested to Britain on Saturday, saying Pinochet travelled"
            + " on a diplomatic passport.", "1998-10-18"), EventType.ACCUSE);
        assertEquals("GBR", a.target().country(), a.toString());
        none(SharedParley.code("Chile's government protested to Britain on Saturday, saying Pinochet travelled"
            + " on a diplomatic passport.", "1998-10-18"), EventType.PROTEST);
    }

    @Test
    void sayingWhoIsResponsibleForAnAttackAccusesThemUnlessDenied() {
        Event a = only(SharedParley.code("President Bill Clinton said Osama bin Laden's network was responsible for the"
            + " embassy attacks.", "1998-08-20"), EventType.ACCUSE);
        assertEquals("PER:bill_clinton", a.source().id(), a.toString());
        assertEquals("INS", a.target().sector(), a.toString());
        none(SharedParley.code("Iran said it was not responsible for the attack on the tanker.", "2019-06-14"),
            EventType.ACCUSE);
        none(SharedParley.code("The ministry said the police were responsible for security at the summit.",
            "2019-06-14"), EventType.ACCUSE);
    }

    @Test
    void aVisaOrLicenceRevokedSanctionsItsHolderAndDiplomatsOrderedOutAreExpelled() {
        Event v = only(SharedParley.code("The United States revoked the visas of 20 Nicaraguan officials on Friday.",
            "2021-07-09"), EventType.SANCTION);
        assertEquals("NIC", v.target().country(), v.toString());
        Event x = only(SharedParley.code("Venezuela ordered diplomats from seven Latin American countries, including"
            + " Argentina, Chile and Peru, to leave on Monday.", "2024-07-29"), EventType.SANCTION);
        assertEquals("expel", x.mode(), x.toString());
        // a state sending its own diplomats home expels no one
        none(SharedParley.code("The United States ordered its non-essential diplomats to leave Iraq on Monday.",
            "2019-05-15"), EventType.SANCTION);
        none(SharedParley.code("The court revoked his bail on Monday.", "2019-05-15"), EventType.SANCTION);
    }

    @Test
    void forcesMovingIntoAPlaceDeployButNotWhenLeavingAttackingOrBringingAid() {
        Event m = only(SharedParley.code("Senegalese troops crossed into Gambia on Thursday as part of a West African"
            + " force.", "2017-01-19"), EventType.MOBILIZE);
        assertEquals("SEN", m.source().country(), m.toString());
        only(SharedParley.code("The first of about 1,300 Australian troops arrived in East Timor on Thursday.",
            "2006-05-25"), EventType.MOBILIZE);
        only(SharedParley.code("Pakistan moved troops to the border on Monday.", "2001-12-24"), EventType.MOBILIZE);
        none(SharedParley.code("Thousands of refugees crossed into Chad on Monday.", "2004-01-12"), EventType.MOBILIZE);
        none(SharedParley.code("The president's plane landed in Beijing on Monday.", "2004-01-12"), EventType.MOBILIZE);
        none(SharedParley.code("The last convoy of U.S. troops rolled across the border from Iraq into Kuwait on Sunday.",
            "2011-12-18"), EventType.MOBILIZE);
        none(SharedParley.code("Troops and emergency aircraft from the United States have arrived in Nepal to help"
            + " deliver aid to earthquake survivors.", "2015-05-03"), EventType.MOBILIZE);
        List<Event> ev = SharedParley.code("Russian troops and tanks poured into Georgia's breakaway region of South"
            + " Ossetia on Friday and attacked Georgian positions.", "2008-08-08");
        none(ev, EventType.MOBILIZE);
    }

    @Test
    void aPromisedPauseReinstatementOrResignationIsAConcession() {
        Event c = only(SharedParley.code("President Donald Trump agreed on Monday to pause for a month the 25% tariffs he"
            + " had ordered on Mexican goods.", "2025-02-03"), EventType.CONCEDE);
        assertEquals(Modality.INTENDED, c.modality());
        only(SharedParley.code("Nepal's King Gyanendra announced on Monday that he would reinstate the dissolved"
            + " parliament.", "2006-04-24"), EventType.CONCEDE);
        only(SharedParley.code("Iraqi Prime Minister Adel Abdul Mahdi said on Friday he would submit his resignation"
            + " to parliament.", "2019-11-29"), EventType.CONCEDE);
        // reinstating a penalty yields nothing
        none(SharedParley.code("The court reinstated the death penalty for drug trafficking.", "2019-11-29"),
            EventType.RETREAT);
    }

    @Test
    void reliefMaterialFlownInAndACreditLineExtendedAreAid() {
        Event a = only(SharedParley.code("Indian Air Force transport planes flew 43 tonnes of relief material into quake-hit"
            + " Nepal on Sunday.", "2015-04-26"), EventType.AID);
        assertEquals("IND", a.source().country(), a.toString());
        Event c = only(SharedParley.code("India extended a $1 billion credit line to Sri Lanka on Thursday.", "2022-03-17"),
            EventType.AID);
        assertEquals("LKA", c.target().country(), c.toString());
    }

    @Test
    void prisonersExchangedAreReleasedAndAnExchangeATruceWouldAllowIsNotDone() {
        Event r = only(SharedParley.code("Russia and Ukraine exchanged 200 prisoners of war on Friday.", "2024-01-05"),
            EventType.RETREAT);
        assertEquals("release", r.mode(), r.toString());
        only(SharedParley.code("Foreign Minister Mohammad Javad Zarif offered to exchange all remaining prisoners held by"
            + " the two countries.", "2019-12-07"), EventType.CONCEDE);
        none(SharedParley.code("The two armies exchanged fire across the border on Friday.", "2024-01-05"),
            EventType.RETREAT);
        noAssertedDeed(SharedParley.code("Armenia and Azerbaijan agreed to a ceasefire after talks in Moscow brokered by"
            + " Russian Foreign Minister Sergei Lavrov, who said the truce would allow the two sides to exchange"
            + " prisoners.", "2020-10-10"), EventType.RETREAT);
    }

    @Test
    void warrantsAndChargesAreLegalAccusationsButABatonChargeIsForce() {
        Event w = only(SharedParley.code("A Venezuelan court on Monday issued an arrest warrant for opposition candidate"
            + " Edmundo Gonzalez at the request of prosecutors.", "2024-09-02"), EventType.ACCUSE);
        assertEquals("Venezuelan court", w.source().text(), w.toString());
        assertTrue(w.target().text().contains("Edmundo Gonzalez"), w.toString());
        List<Event> charged = SharedParley.code("Tanzanian police arrested Tundu Lissu on Wednesday, and prosecutors"
            + " charged him with treason on Thursday.", "2025-04-11");
        only(charged, EventType.COERCE);
        assertEquals("prosecutors", only(charged, EventType.ACCUSE).source().text());
        List<Event> batons = SharedParley.code("Spanish riot police charged crowds with batons in Barcelona on Sunday.",
            "2017-10-01");
        none(batons, EventType.ACCUSE);
        only(batons, EventType.ASSAULT);
        // one arrest, told with its charge, is one act
        none(SharedParley.code("Cambodian opposition leader Kem Sokha was arrested by police at his home early on"
            + " Sunday and charged with treason.", "2017-09-03"), EventType.ACCUSE);
    }

    @Test
    void anAccusationMadeAsAMeasureIsAnnouncedIsAnAssertedActOfItsOwn() {
        List<Event> closing = SharedParley.code("Finland said on Tuesday it would close the last remaining crossing"
            + " point on its border with Russia, accusing Moscow of deliberately funnelling hundreds of migrants to"
            + " the frontier.", "2023-11-28");
        Event a = only(closing, EventType.ACCUSE);
        assertEquals(Modality.ASSERTED, a.modality(), a.toString());
        assertEquals("Moscow", a.target().text());
        Event b = only(SharedParley.code("Mali's military junta said on Monday it was ending its defence accords with"
            + " France and its European partners, accusing French forces of repeatedly violating Malian airspace.",
            "2022-05-03"), EventType.ACCUSE);
        assertEquals("French forces", b.target().text(), b.toString());
        // an attack told with its toll is still one act
        only(SharedParley.code("Gunmen stormed a school in Peshawar on Tuesday, killing 132 children.", "2014-12-16"),
            EventType.ASSAULT);
    }

    @Test
    void callingAnActAnOutrageAccusesItsAuthor() {
        Event move = only(SharedParley.code("China's foreign ministry called the U.S. move an outrageous provocation.",
            "2020-07-24"), EventType.ACCUSE);
        assertEquals("USA", move.target().country(), move.toString());
        List<Event> ruling = SharedParley.code("Brazil's Supreme Court sentenced former President Jair Bolsonaro to 27"
            + " years in prison on Thursday. U.S. Secretary of State Marco Rubio called the ruling a witch hunt and"
            + " said Washington would respond accordingly.", "2025-09-12");
        Event a = only(ruling, EventType.ACCUSE);
        assertTrue(a.target().text().contains("Supreme Court"), a.toString());
        Event w = only(ruling, EventType.THREATEN);
        assertTrue(w.target() != null && w.target().text().contains("Supreme Court"), w.toString());
        only(SharedParley.code("Swedish Prime Minister Ulf Kristersson called the burning of the Koran deeply"
            + " disrespectful.", "2023-01-23"), EventType.ACCUSE);
        // a neutral name charges no one
        none(SharedParley.code("The foreign minister called the ruling a landmark.", "2023-01-23"), EventType.ACCUSE);
    }

    @Test
    void suspendingSanctionsOrTariffsEasesThemButSuspendingTalksBreaksThemOff() {
        only(SharedParley.code("Trump said he had indefinitely suspended tariffs he had threatened to impose on all"
            + " Mexican goods.", "2019-06-08"), EventType.RETREAT);
        only(SharedParley.code("Kenya's government suspended talks with the opposition on Tuesday.", "2008-02-05"),
            EventType.SANCTION);
    }

    @Test
    void cuttingTiesBreaksThemOffButCuttingADeficitIsNoAct() {
        Event c = only(SharedParley.code("Honduras established diplomatic relations with China on Sunday after cutting"
            + " ties with Taiwan.", "2023-03-26"), EventType.SANCTION);
        assertEquals("Taiwan", c.target().text(), c.toString());
        assertTrue(SharedParley.code("Finance Minister Nirmala Sitharaman told parliament that the government would cut"
            + " its fiscal deficit to 5.1% of gross domestic product.", "2024-02-01").isEmpty());
    }

    @Test
    void aChargeOrClaimDeniedInARelativeClauseRebuffsWhoMadeItButADenialAloneIsAStatement() {
        List<Event> charge = SharedParley.code("The rebels accused government troops of attacking their positions near"
            + " the town of Yei on Tuesday, a charge the army denied.", "2018-09-12");
        Event r = only(charge, EventType.REJECT);
        assertEquals("army", r.source().text(), r.toString());
        assertEquals("rebels", r.target().text(), r.toString());
        Event m = only(SharedParley.code("Turkey said Turkish troops would take part in monitoring the ceasefire, a claim"
            + " Moscow rejected.", "2020-11-10"), EventType.REJECT);
        assertEquals("TUR", m.target().country(), m.toString());
        // a participle with no auxiliary is no relative clause on its object
        none(SharedParley.code("Jury selection began on Tuesday in the murder trial of Derek Chauvin, the former"
            + " Minneapolis police officer charged with killing George Floyd.", "2021-03-09"), EventType.ACCUSE);
        none(SharedParley.code("The Chinese government has denied charges by the U.S. Chamber of Commerce that its"
            + " technology transfer rules hurt foreign firms.", "2010-05-01"), EventType.REJECT);
    }

    @Test
    void recentAttacksToldInAsidesAreDone() {
        List<Event> coup = SharedParley.code("Authorities have detained some 9,000 police officers since the attempted"
            + " coup on Friday night, in which rogue soldiers bombed parliament and fired on crowds in Istanbul.",
            "2016-07-19");
        assertEquals("rogue soldiers", only(coup, EventType.ASSAULT).source().text(), coup.toString());
        Event f = only(SharedParley.code("Ukrainian forces and pro-Russian separatists have largely observed a ceasefire"
            + " agreed in Minsk on Friday, although Ukraine's military said rebels had fired on government positions"
            + " near Donetsk airport overnight.", "2014-09-08"), EventType.ASSAULT);
        assertEquals(Modality.ASSERTED, f.modality(), f.toString());
        only(SharedParley.code("In March, insurgents attacked the town of Palma, killing dozens of people.",
            "2021-08-09"), EventType.ASSAULT);
        // an anniversary's history stays history
        none(SharedParley.code("Rwanda marked 25 years since the genocide, in which militias slaughtered 800,000 people.",
            "2019-04-07"), EventType.ASSAULT);
    }

    @Test
    void coerciveMeasuresOfTwoKindsAreTwoActsButOneArrestToldTwiceIsOne() {
        List<Event> both = SharedParley.code("Ibn Auf said the army had also imposed a one-month nighttime curfew and a"
            + " three-month state of emergency.", "2019-04-11");
        assertEquals(2, both.stream().filter(e -> e.type() == EventType.COERCE).count(), both.toString());
        only(SharedParley.code("Police arrested the opposition leader on Sunday and detained him overnight.",
            "2019-04-11"), EventType.COERCE);
    }

    @Test
    void anActWhoseObjectWasReadAsTheSubjectOfATrailingSaidIsCodedWithItsSpeaker() {
        Event e = first(SharedParley.code("Egyptian security forces stormed two protest camps in Cairo on Wednesday, and"
            + " the army-backed government declared a month-long state of emergency, the health ministry and state"
            + " media said.", "2013-08-14"), EventType.COERCE);
        assertEquals("the health ministry and state media", e.attribution().speaker());
    }

    @Test
    void aPromiseOrOfferToSendHelpIsAnAgreementButADeploymentInStrikingDistanceIsAThreat() {
        List<Event> help = SharedParley.code("Papua New Guinea said it would send 34 peacekeepers to Solomon Islands,"
            + " and Fiji offered to deploy troops.", "2021-11-26");
        assertEquals(2, help.stream().filter(e -> e.type() == EventType.AGREE).count(), help.toString());
        none(help, EventType.THREATEN);
        only(SharedParley.code("Nigeria said it would send troops to help Mali retake the north.", "2013-01-12"),
            EventType.AGREE);
        only(SharedParley.code("British Prime Minister David Cameron said Britain would deploy Tornado and Typhoon jets"
            + " to bases within striking distance of Libya.", "2011-03-18"), EventType.THREATEN);
    }

    @Test
    void welcomingAMoveSupportsWhoeverMadeItButAMoveNoOneMadeIsNoEvent() {
        Event welcome = first(SharedParley.code("Hamas released three Israeli hostages in Gaza on Saturday. British Prime"
            + " Minister Keir Starmer welcomed the move.", "2025-01-19"), EventType.SUPPORT);
        assertEquals("Hamas", welcome.target().text());
        none(SharedParley.code("British Prime Minister Keir Starmer welcomed the move.", "2025-01-19"),
            EventType.SUPPORT);
    }

    @Test
    void seizingPowerIsACoupWithNoPartyAsTargetButNoPlanToSeizeItIsNone() {
        List<Event> coup = SharedParley.code("The military seized power last Wednesday and placed Mugabe under house"
            + " arrest, but insisted it was not a coup.", "2017-11-21");
        assertEquals(2, coup.stream().filter(e -> e.type() == EventType.COERCE).count(), coup.toString());
        Event seize = coup.stream().filter(e -> "seize".equals(e.mode())).findFirst().orElseThrow();
        assertNull(seize.target(), seize.toString());
        noAssertedDeed(SharedParley.code("The army has no plans to seize power and remains loyal to the constitution,"
            + " its chief of staff said.", "2019-04-08"), EventType.COERCE);
    }

    @Test
    void aTownSeizedIsCapturedUnlessItFellWithoutAFight() {
        Event capture = only(SharedParley.code("M23 rebels seized the eastern Congolese city of Goma on Tuesday after"
            + " brief exchanges of fire with government troops.", "2012-11-21"), EventType.ASSAULT);
        assertTrue(capture.context().contains("territory"), capture.toString());
        only(SharedParley.code("The insurgents had earlier seized Jalalabad without a fight.", "2021-08-15"),
            EventType.COERCE);
        only(SharedParley.code("M23 rebels seized control of Goma on Tuesday after U.N. peacekeepers and Congolese"
            + " soldiers abandoned the city.", "2012-11-20"), EventType.COERCE);
        only(SharedParley.code("The rebels seized the airport.", "2012-11-20"), EventType.COERCE);
    }

    @Test
    void meetingDemandsYieldsAndMeetingADeadlineOrNoResistanceMeetsNoOne() {
        only(SharedParley.code("The government met the protesters' demands on Friday.", "2019-06-14"),
            EventType.CONCEDE);
        none(SharedParley.code("Iran met the deadline on Friday.", "2019-06-14"), EventType.CONSULT);
        none(SharedParley.code("Kurdish forces took control of Kirkuk after the army abandoned its positions, meeting"
            + " no resistance.", "2014-06-12"), EventType.CONSULT);
        only(SharedParley.code("Putin met Xi in Beijing on Friday.", "2019-06-14"), EventType.CONSULT);
    }

    @Test
    void criticisingALaunchAccusesWhoeverFiredTheMissile() {
        Event charge = only(SharedParley.code("North Korea fired an intercontinental ballistic missile into the sea off"
            + " Japan on Friday. China's foreign ministry criticised the launch.", "2017-11-29"), EventType.ACCUSE);
        assertEquals("PRK", charge.target().country(), charge.toString());
    }

    @Test
    void landHandedOverIsAConcessionToItsReceiverAndASuspectHandedToACourtIsCooperation() {
        Event land = only(SharedParley.code("Nigeria formally handed over the oil-rich Bakassi peninsula to Cameroon at a"
            + " ceremony in Calabar on Thursday.", "2008-08-14"), EventType.RETREAT);
        assertEquals("CMR", land.target().country(), land.toString());
        none(SharedParley.code("Nigeria formally handed over the oil-rich Bakassi peninsula to Cameroon at a ceremony"
            + " in Calabar on Thursday.", "2008-08-14"), EventType.COOPERATE);
        only(SharedParley.code("Serbian authorities handed Slobodan Milosevic over to the U.N. war crimes tribunal in"
            + " The Hague on Thursday.", "2001-06-28"), EventType.COOPERATE);
    }

    @Test
    void aNamedPersonCapturedIsArrestedButSoldiersCapturedInARaidAreAttacked() {
        Event arrest = only(SharedParley.code("Peruvian anti-terrorism police captured Abimael Guzman, the founder of the"
            + " Shining Path guerrilla movement, in a raid on a Lima safe house late on Saturday.", "1992-09-13"),
            EventType.COERCE);
        assertEquals("arrest", arrest.mode());
        only(SharedParley.code("Hezbollah guerrillas captured two Israeli soldiers in a cross-border raid on Wednesday.",
            "2006-07-12"), EventType.ASSAULT);
    }

    @Test
    void aBillSuspendedOrWithdrawnIsBackingDownButAidSuspendedIsASanction() {
        Event back = only(SharedParley.code("Hong Kong leader Carrie Lam indefinitely suspended a bill that would have"
            + " allowed extraditions to mainland China on Saturday.", "2019-06-15"), EventType.RETREAT);
        assertNull(back.target(), back.toString());
        only(SharedParley.code("The government withdrew the controversial bill on Tuesday.", "2019-09-04"),
            EventType.RETREAT);
        only(SharedParley.code("Washington suspended aid to Ethiopia on Tuesday.", "2020-09-02"), EventType.SANCTION);
    }

    @Test
    void aNameGivenInARelativeClauseChargesTheNounTheClauseIsOn() {
        Event charge = only(SharedParley.code("President Donald Trump said the strikes were aimed at deterring the use of"
            + " chemical weapons by President Bashar al-Assad, whom he called a monster.", "2018-04-14"),
            EventType.ACCUSE);
        assertEquals("SYR", charge.target().country(), charge.toString());
        only(SharedParley.code("Erdogan called Netanyahu a butcher on Saturday.", "2018-04-01"), EventType.ACCUSE);
    }

    @Test
    void anOfferDismissedIsRefusedAndAChargeDeniedAtTheEndRebuffsItsAuthor() {
        Event refusal = only(SharedParley.code("Ukraine dismissed Russia's offer of a 36-hour Orthodox Christmas ceasefire"
            + " as \"hypocrisy\" on Friday.", "2023-01-06"), EventType.REJECT);
        assertEquals(Modality.ASSERTED, refusal.modality(), refusal.toString());
        assertEquals("RUS", refusal.target().country(), refusal.toString());
        // reports dismissed are still denied: the shelling they tell is no deed
        noAssertedDeed(SharedParley.code("The ministry dismissed reports that troops had shelled the town.", "2023-01-06"),
            EventType.ASSAULT);
        Event denial = only(SharedParley.code("The rebels accused government troops of attacking their positions near the"
            + " town of Yei on Tuesday, hours before the signing, a charge the army denied.", "2018-09-12"),
            EventType.REJECT);
        assertEquals("rebels", denial.target().text(), denial.toString());
        Event asmara = only(SharedParley.code("Debretsion Gebremichael accused Eritrea of sending tanks and troops across the"
            + " border to fight alongside Ethiopian federal forces, a charge Asmara has denied.", "2020-11-15"),
            EventType.REJECT);
        assertEquals("ERI", asmara.source().country(), asmara.toString());
    }

    @Test
    void craftAndTeamsThatArriveBringingReliefAreAidButArmedMenAndPassengersAreNot() {
        Event plane = only(SharedParley.code("The first U.S. military aircraft carrying relief supplies landed in"
            + " Port-au-Prince on Thursday.", "2010-01-14"), EventType.AID);
        assertEquals("USA", plane.source().country(), plane.toString());
        assertEquals("HTI", plane.target().country(), plane.toString());
        assertEquals(List.of("humanitarian"), plane.context(), plane.toString());
        Event team = only(SharedParley.code("Spanish rescue teams arrived in Morocco on Sunday to help search for survivors"
            + " of Friday night's earthquake.", "2023-09-10"), EventType.AID);
        assertEquals("ESP", team.source().country(), team.toString());
        only(SharedParley.code("A U.S. military aircraft landed in Karachi the same day carrying food and shelter"
            + " supplies.", "2022-09-10"), EventType.AID);
        none(SharedParley.code("A Russian plane carrying 150 passengers landed in Antalya on Monday.", "2022-09-10"),
            EventType.AID);
        none(SharedParley.code("Gunmen carrying rifles and grenades arrived in the town on Monday.", "2022-09-10"),
            EventType.AID);
        none(SharedParley.code("A Philippine vessel carrying supplies to troops stationed at the Second Thomas Shoal was"
            + " blocked on Saturday.", "2023-08-05"), EventType.AID);
    }

    @Test
    void whatALeaderToldAnAudienceHeWouldDoIsIntendedAndTheyWarnedAreThePluralWarned() {
        Event release = only(SharedParley.code("Kiir told the ceremony he would release all political prisoners and"
            + " prisoners of war as a goodwill gesture.", "2018-09-12"), EventType.CONCEDE);
        assertEquals(Modality.INTENDED, release.modality(), release.toString());
        Event scaleDown = only(SharedParley.code("Russia promised on Tuesday to scale down military operations around"
            + " Kyiv after peace talks with Ukraine in Istanbul.", "2022-03-29"), EventType.CONCEDE);
        assertEquals("RUS", scaleDown.source().country(), scaleDown.toString());
        Event warning = only(SharedParley.code("Iranian police dispersed thousands of protesters on Saturday. A day earlier,"
            + " Supreme Leader Ayatollah Ali Khamenei had warned opposition leaders they would be held responsible for"
            + " any bloodshed.", "2009-06-20"), EventType.THREATEN);
        assertEquals("opposition leaders", warning.target().text(), warning.toString());
    }

    @Test
    void aCueVerbWhoseGovernedActGivesNoEventIsCodedItselfAndAWarningAboutOnesOwnGovernmentsActThreatens() {
        Event failed = only(SharedParley.code("Yemen's warring parties failed on Wednesday to agree on final lists of"
            + " prisoners to be freed under a swap deal reached in Sweden in December.", "2019-02-06"), EventType.REJECT);
        assertEquals(Modality.ASSERTED, failed.modality(), failed.toString());
        Event warning = only(SharedParley.code("U.S. President Joe Biden warned that his administration was considering"
            + " sanctions against Ugandan officials.", "2021-01-20"), EventType.THREATEN);
        assertEquals("USA", warning.source().country(), warning.toString());
        assertEquals("Ugandan officials", warning.target().text(), warning.toString());
    }

    @Test
    void aRebuffByActivistsAnswersTheirOwnGovernmentsActButNotWhomTheirSideActedOn() {
        Event rebuff = only(SharedParley.code("Hong Kong leader Carrie Lam announced on Wednesday that her government would"
            + " formally withdraw the extradition bill, but activists rejected the move as \"too little, too late\".",
            "2019-09-04"), EventType.REJECT);
        assertEquals("her government", rebuff.target().text(), rebuff.toString());
    }

    @Test
    void aRefusalTakesThePartyOfWhatIsRefusedAndNeitherAcceptingNorRecognisingRejects() {
        Event refusal = only(SharedParley.code("Iraqi officials refused on Wednesday to let U.N. weapons inspectors into the"
            + " Baghdad headquarters of the ruling Baath Party.", "1998-12-09"), EventType.REJECT);
        assertEquals("U.N. weapons inspectors", refusal.target().text(), refusal.toString());
        Event ruling = only(SharedParley.code("Beijing said it would neither accept nor recognise the ruling.",
            "2016-07-12"), EventType.REJECT);
        assertEquals(Modality.ASSERTED, ruling.modality(), ruling.toString());
        // a failure only told as a condition is not one
        noAssertedDeed(SharedParley.code("The White House said the tariffs would be held in reserve unless Bogota failed"
            + " to honour the deal.", "2025-01-27"), EventType.REJECT);
    }

    @Test
    void aChargeDeniedInAWhichClauseRebuffsTheAccuser() {
        Event denial = only(SharedParley.code("Britain has blamed Moscow for the nerve agent attack on Sergei Skripal and"
            + " his daughter, which the Kremlin denies.", "2018-03-20"), EventType.REJECT);
        assertEquals("RUS", denial.source().country(), denial.toString());
        assertEquals("GBR", denial.target().country(), denial.toString());
        Event participle = only(SharedParley.code("Nepal accused India of imposing an undeclared blockade, a charge New Delhi"
            + " denied, blaming the shortages on ethnic Madhesi groups.", "2015-11-02"), EventType.REJECT);
        assertEquals("NPL", participle.target().country(), participle.toString());
        // "which" after an act that is no charge is no denial
        none(SharedParley.code("Police arrested the man on Monday, which the family denies.", "2018-03-20"),
            EventType.REJECT);
    }

    @Test
    void foreignForcesOrMissionsOrderedOutAreExpelledButOwnForcesOrderedIntoActionAreMobilised() {
        Event forces = only(SharedParley.code("Burkina Faso's junta ordered French special forces to leave the country"
            + " within a month.", "2023-01-21"), EventType.SANCTION);
        assertEquals("expel", forces.mode(), forces.toString());
        none(SharedParley.code("Burkina Faso's junta ordered French special forces to leave the country within a month.",
            "2023-01-21"), EventType.MOBILIZE);
        only(SharedParley.code("China ordered the United States on Friday to close its consulate in the southwestern city"
            + " of Chengdu.", "2020-07-24"), EventType.SANCTION);
        none(SharedParley.code("Defence Minister Sergei Shoigu on Wednesday ordered Russian troops to withdraw from the"
            + " west bank of the Dnipro River.", "2022-11-09"), EventType.MOBILIZE);
        only(SharedParley.code("The president ordered troops to the border on Monday.", "2022-11-09"), EventType.MOBILIZE);
    }

    @Test
    void aPactEndedOrRevokedIsASanctionOnTheOtherPartyButTalksEndedAreNot() {
        Event ended = only(SharedParley.code("Mali's military junta said on Monday it was ending its defence accords with"
            + " France and its European partners.", "2022-05-03"), EventType.SANCTION);
        assertEquals("withdraw", ended.mode(), ended.toString());
        Event notified = only(SharedParley.code("South Korea formally notified Japan on Friday that it was terminating an"
            + " intelligence-sharing pact between the two U.S. allies.", "2019-08-23"), EventType.SANCTION);
        assertEquals("JPN", notified.target().country(), notified.toString());
        none(SharedParley.code("The Colombian government and the National Liberation Army ended a round of talks in Havana"
            + " on Friday.", "2022-12-12"), EventType.SANCTION);
    }

    @Test
    void aStateCuttingOrBlockingTheMeansOfNewsCensorsAndMartialLawDeclaredNationwideIsDeclared() {
        Event cut = only(SharedParley.code("The authorities cut internet access on Wednesday, accusing social media"
            + " companies of interfering in the vote.", "2021-01-15"), EventType.COERCE);
        assertEquals("censor", cut.mode(), cut.toString());
        Event blocked = only(SharedParley.code("Russia's communications regulator blocked access to Facebook on Friday.",
            "2022-03-04"), EventType.COERCE);
        assertEquals("Facebook", blocked.target().text(), blocked.toString());
        Event law = only(SharedParley.code("President Volodymyr Zelenskiy declared martial law nationwide.", "2022-02-24"),
            EventType.COERCE);
        assertEquals("martial-law", law.mode(), law.toString());
        // a price or a budget cut is no censorship
        none(SharedParley.code("The government cut fuel subsidies on Monday.", "2022-03-04"), EventType.COERCE);
    }

    @Test
    void protestersGatheringOrCampingProtestButLeadersGatheringDoNot() {
        Event gathered = only(SharedParley.code("Thousands of anti-war protesters gathered outside parliament in Ankara as"
            + " lawmakers voted.", "2003-03-01"), EventType.PROTEST);
        assertEquals(Modality.ASSERTED, gathered.modality(), gathered.toString());
        none(SharedParley.code("European leaders gathered in Brussels for a summit on Thursday.", "2003-03-01"),
            EventType.PROTEST);
        // a gathering that is no protest leaves the meeting it is for to be coded
        only(SharedParley.code("Trump and King Abdullah will gather for a meeting in the Oval Office.", "2017-04-05"),
            EventType.CONSULT);
    }

    @Test
    void aCoerciveActItsOwnSideSaysItMayOrWouldDoOnAConditionIsAThreatButAnOutsidersGuessIsNot() {
        Event strike = only(SharedParley.code("Defence Minister Khawaja Asif said on Thursday that Pakistan could strike"
            + " Pakistani Taliban hideouts inside Afghanistan if the Taliban government in Kabul failed to act against"
            + " them.", "2024-03-21"), EventType.THREATEN);
        assertEquals(Modality.ASSERTED, strike.modality(), strike.toString());
        assertEquals("AFG", strike.target().country(), strike.toString());
        Event expel = only(SharedParley.code("Germany may expel Russian diplomats if investigators confirm that Moscow was"
            + " behind the killing, a government spokesman said.", "2019-08-30"), EventType.THREATEN);
        assertEquals("DEU", expel.source().country(), expel.toString());
        assertEquals("expel", expel.mode(), expel.toString());
        Event passive = only(SharedParley.code("President Barack Obama said the sanctions could be expanded if Moscow did"
            + " not change course.", "2014-03-20"), EventType.THREATEN);
        assertEquals("RUS", passive.target().country(), passive.toString());
        // others' guesses at what a state may do are no threat, and no strike either
        List<Event> guessed = SharedParley.code("Analysts said Israel could strike Iranian nuclear sites if talks fail.",
            "2021-01-01");
        none(guessed, EventType.THREATEN);
        none(guessed, EventType.ASSAULT);
    }

    @Test
    void anObjectPronounStandsForTheNearestPersonNamedBeforeItWhoIsNotItsOwnVerbsSubject() {
        Event accused = only(SharedParley.code("Bolivian President Evo Morales expelled U.S. Ambassador Philip Goldberg on"
            + " Wednesday, accusing him of fomenting unrest.", "2008-09-11"), EventType.ACCUSE);
        assertTrue(accused.target().name().contains("Goldberg"), accused.toString());
        Event recognised = only(SharedParley.code("Venezuelan opposition leader Juan Guaido declared himself interim"
            + " president on Wednesday, and U.S. President Donald Trump quickly recognised him as the country's legitimate"
            + " leader.", "2019-01-23"), EventType.SUPPORT);
        assertEquals("PER:juan_guaido", recognised.target().id(), recognised.toString());
    }

    @Test
    void anObjectItOrThemStandsForThePartyNamedBeforeItAndARelativePronounForTheNounItsClauseModifies() {
        Event accused = only(SharedParley.code("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic"
            + " ties with Qatar on Monday, accusing it of supporting terrorism.", "2017-06-05"), EventType.ACCUSE);
        assertEquals("QAT", accused.target().country(), accused.toString());
        Event consulate = only(SharedParley.code("China ordered the United States on Friday to close its consulate in"
            + " Chengdu, retaliating for Washington's order to shut the Chinese consulate in Houston, which U.S. officials"
            + " accused of being a hub of spying.", "2020-07-24"), EventType.ACCUSE);
        assertTrue(consulate.target().text().contains("consulate"), consulate.toString());
        // "hundreds of them": the pronoun inside a counted phrase is not read through the phrase it is in
        Event detained = only(SharedParley.code("Thousands of protesters marched on parliament, and police detained"
            + " hundreds of them.", "2020-01-01"), EventType.COERCE);
        assertEquals("hundreds of them", detained.target().text(), detained.toString());
    }

    @Test
    void martialLawOrAStateOfEmergencyWithNoPartyNamedIsLaidOnTheRegionItCovers() {
        Event island = only(SharedParley.code("President Rodrigo Duterte declared martial law across the island of Mindanao"
            + " on Tuesday.", "2017-05-23"), EventType.COERCE);
        assertEquals("Mindanao", island.target().text(), island.toString());
        Event region = only(SharedParley.code("The Ethiopian government declared a six-month state of emergency in Tigray.",
            "2020-11-04"), EventType.COERCE);
        assertEquals("Tigray", region.target().text(), region.toString());
    }

    @Test
    void whatAPartySetsOnFireIsTheTargetButABurntTargetMakesNoArsonByYouthsPolitical() {
        Event riot = only(SharedParley.code("Protesters set fire to the French embassy in Ouagadougou on Saturday.",
            "2022-10-01"), EventType.PROTEST);
        assertEquals("French embassy", riot.target().text(), riot.toString());
        none(SharedParley.code("Youths set fire to a police post on Wednesday, witnesses said.", "2020-01-01"),
            EventType.ASSAULT);
    }

    @Test
    void aVolleyFiredToHoldOffACrowdIsAimedAtTheCrowd() {
        Event fired = first(SharedParley.code("Police and National Guard troops fired tear gas and flash-bang grenades to"
            + " clear peaceful protesters from Lafayette Square on Monday.", "2020-06-02"), EventType.ASSAULT);
        assertNotNull(fired.target(), fired.toString());
        assertTrue(fired.target().text().contains("protesters"), fired.toString());
    }

    @Test
    void protectiveAndMedicalGoodsSentToAStateAreAidButGoodsHandedToFansAreNot() {
        Event helmets = only(SharedParley.code("Germany sent 5,000 helmets to Ukraine.", "2022-01-26"), EventType.AID);
        assertEquals("UKR", helmets.target().country(), helmets.toString());
        Event ventilators = only(SharedParley.code("China donated 1,000 ventilators and two million face masks to Italy.",
            "2020-03-20"), EventType.AID);
        assertEquals("ITA", ventilators.target().country(), ventilators.toString());
        none(SharedParley.code("The band gave masks to fans at the concert.", "2020-03-20"), EventType.AID);
    }

    @Test
    void aTruceOrPeacePlanAcceptedIsAPromisedConcessionButMediationAcceptedIsAgreement() {
        Event plan = only(SharedParley.code("Yugoslav President Slobodan Milosevic accepted on Thursday an international"
            + " peace plan for Kosovo, Finnish President Martti Ahtisaari said.", "1999-06-03"), EventType.CONCEDE);
        assertEquals(Modality.INTENDED, plan.modality(), plan.toString());
        only(SharedParley.code("Ukraine said on March 11 it was ready to accept a U.S. proposal for an immediate 30-day"
            + " ceasefire with Russia.", "2025-03-11"), EventType.CONCEDE);
        List<Event> mediation = SharedParley.code("Ethiopia's government said it accepted an African Union invitation to"
            + " peace talks with Tigrayan forces.", "2022-10-05");
        none(mediation, EventType.CONCEDE);
    }

    @Test
    void anArmedGroupsOwnFightersAndTheGroupNamedAgainGenericallyAreThatGroup() {
        Event own = only(SharedParley.code("Al Shabaab said in a statement that its fighters had killed several Somali"
            + " soldiers during the raid.", "2019-05-04"), EventType.ASSAULT);
        assertEquals("ORG:al_shabaab", own.source().id(), own.toString());
        Event again = only(SharedParley.code("Colombian President Gustavo Petro suspended peace talks with the National"
            + " Liberation Army (ELN) on Friday after the rebel group attacked civilians in the Catatumbo region.",
            "2025-01-17"), EventType.ASSAULT);
        assertEquals("ORG:eln", again.source().id(), again.toString());
        // another group named by its people is not the group named before
        Event other = only(SharedParley.code("Taliban fighters entered Kabul on Sunday. The Kurdish fighters attacked the"
            + " town.", "2021-08-15"), EventType.ASSAULT);
        assertNull(other.source().id(), other.toString());
        // with no group named before, "the insurgents" stay unnamed
        Event unnamed = only(SharedParley.code("The insurgents seized Jalalabad without a fight.", "2021-08-15"),
            EventType.COERCE);
        assertNull(unnamed.source().id(), unnamed.toString());
    }

    @Test
    void sanctionsAPartyCouldFaceToldByTheSideThatWouldImposeThemAreAThreatButSanctionsFacedAreNoEvent() {
        Event faced = only(SharedParley.code("EU foreign ministers said on Tuesday that Belgrade and Pristina could face"
            + " sanctions if they failed to ease tensions in northern Kosovo.", "2023-06-27"), EventType.THREATEN);
        assertTrue(faced.target().text().contains("Belgrade"), faced.toString());
        assertTrue(faced.source().text().contains("EU"), faced.toString());
        List<Event> awaited = SharedParley.code("Russia faces new sanctions over the war.", "2022-03-01");
        none(awaited, EventType.SANCTION);
        none(awaited, EventType.THREATEN);
        none(SharedParley.code("Analysts said Iran could face sanctions.", "2022-03-01"), EventType.THREATEN);
    }

    @Test
    void aMilitaryResponseOrABefittingReplyIsCodedOnlyAsAThreat() {
        only(SharedParley.code("Russia warned of a military response.", "2021-12-17"), EventType.THREATEN);
        only(SharedParley.code("The Pakistani army vowed a befitting response to the attack.", "2019-02-27"),
            EventType.THREATEN);
        List<Event> considered = SharedParley.code("The White House said a military response was not being considered.",
            "2021-12-17");
        none(considered, EventType.ASSAULT);
        none(considered, EventType.THREATEN);
    }

    @Test
    void anArmedGroupAgreeingToHandOverItsWeaponsConcedesButAStateAgreeingToHandOverWeaponsPromisesAid() {
        Event farc = only(SharedParley.code("Colombia's FARC rebels agreed on Thursday to hand over all their weapons to"
            + " U.N. monitors within 180 days.", "2016-06-23"), EventType.CONCEDE);
        assertEquals(Modality.INTENDED, farc.modality(), farc.toString());
        only(SharedParley.code("The United States agreed to hand over weapons to Ukraine.", "2022-03-01"), EventType.AGREE);
    }
}
