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
import static org.parley.pipeline.SharedParley.only;
import static org.parley.pipeline.SharedParley.first;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The traps of DESIGN.md: no offer, intention, negation or hypothesis coded as a done deed. */
class TrapsIT {


    @Test
    void announcedFutureWithdrawalIsConcedeNotRetreat() {
        List<Event> ev = SharedParley.code(
            "The U.S. administration announced on Wednesday that it would withdraw its troops from Syria.", "2018-12-20");
        noAssertedDeed(ev, EventType.RETREAT);
        Event c = only(ev, EventType.CONCEDE);
        assertEquals(Modality.INTENDED, c.modality());
        assertEquals("USA", c.source().country());
    }

    @Test
    void anActAwaitedUntilSomethingHappensIsNotDone() {
        List<Event> ev = SharedParley.code("NEW DELHI, Nov 20 - The farm unions said they would not end their"
            + " agitation until parliament formally scrapped the laws.", "2021-11-20");
        noAssertedDeed(ev, EventType.RETREAT);
        List<Event> done = SharedParley.code("COLOMBO, May 19 - The army fought on until the last Tamil Tiger rebels"
            + " surrendered on Monday.", "2009-05-19");
        Event r = only(done, EventType.RETREAT);
        assertEquals(Modality.ASSERTED, r.modality());
    }

    @Test
    void blamingTheWeatherAccusesNoOne() {
        List<Event> ev = SharedParley.code("BOGOTA, July 5 - Coffee output in Colombia fell to its lowest level in 35"
            + " years in the first half of the year, the National Federation of Coffee Growers said, blaming heavy rains"
            + " and an ageing crop.", "2021-07-05");
        none(ev, EventType.ACCUSE);
    }

    @Test
    void aBattleWithAnIllnessIsNoAttack() {
        List<Event> ev = SharedParley.code("CARACAS, March 5 - Hugo Chavez, who died on Tuesday at 58 after a two-year"
            + " battle with cancer, transformed Venezuela with oil-funded social programmes.", "2013-03-05");
        none(ev, EventType.ASSAULT);
    }

    @Test
    void aParticipleSetOffByCommasDescribesThePersonItIsNoNews() {
        List<Event> ev = SharedParley.code("QUITO, Dec 17 - Ecuador's government said former Vice President Jorge Glas,"
            + " convicted of corruption, was a fugitive.", "2023-12-17");
        none(ev, EventType.SANCTION);
    }

    @Test
    void theLifeOfTheDeadInAnObituaryLeadIsNoNews() {
        List<Event> ev = SharedParley.code("Henry Kissinger, the U.S. secretary of state who orchestrated the opening to"
            + " China and negotiated the end of American involvement in the Vietnam War, has died at his home in"
            + " Connecticut at the age of 100, his consulting firm said.", "2023-11-30");
        assertTrue(ev.isEmpty(), ev.toString());
    }

    @Test
    void anOpinionPieceIsNotCodedButAReportIs() {
        String body = "The Sahel's juntas have bet their legitimacy on expelling the French and courting Moscow.";
        assertTrue(SharedParley.code("Opinion | " + body, "2024-05-02").isEmpty());
        assertTrue(!SharedParley.code("BAMAKO, May 2 - Mali's junta expelled the French ambassador on Tuesday.",
            "2024-05-02").isEmpty());
    }

    @Test
    void offeredWithdrawalPlanIsAnOfferNeverAWithdrawal() {
        List<Event> ev = SharedParley.code(
            "The United States offered a withdrawal plan during talks with the Taliban in Abu Dhabi.", "2018-12-20");
        noAssertedDeed(ev, EventType.RETREAT);
        Event c = only(ev, EventType.CONCEDE);
        assertEquals(Modality.PROPOSED, c.modality());
        assertEquals("USA", c.source().country());
    }

    @Test
    void negatedAttackIsNotCodedAndIsFlaggedWhenAskedFor() {
        String text = "Israeli forces did not attack the camp on Tuesday, the army said.";
        noAssertedDeed(SharedParley.code(text, "2021-05-12"), EventType.ASSAULT);
        assertTrue(SharedParley.code(text, "2021-05-12").isEmpty());
        Event e = only(SharedParley.codeAll(text, "2021-05-12"), EventType.ASSAULT);
        assertTrue(e.negated());
        assertEquals(Modality.DENIED, e.modality());
    }

    @Test
    void conditionalActIsNoDeedButItsOwnSidesThreat() {
        String text = "Turkey would launch a military operation if Kurdish fighters crossed the border, Erdogan said.";
        List<Event> ev = SharedParley.code(text, "2019-10-05");
        noAssertedDeed(ev, EventType.ASSAULT);
        noAssertedDeed(ev, EventType.MOBILIZE);
        // Turkey's president telling what Turkey would do on a condition threatens it
        Event threat = only(ev, EventType.THREATEN);
        assertEquals(Modality.ASSERTED, threat.modality(), threat.toString());
        // told by an outsider, the same act is only a hypothesis
        String guess = "Turkey would launch a military operation if Kurdish fighters crossed the border, analysts said.";
        none(SharedParley.code(guess, "2019-10-05"), EventType.THREATEN);
        List<Event> all = SharedParley.codeAll(guess, "2019-10-05");
        assertTrue(all.stream().anyMatch(e -> e.modality() == Modality.HYPOTHETICAL), () -> all.toString());
    }

    @Test
    void refusalIsRejectNotTheRefusedDeed() {
        List<Event> ev = SharedParley.code("The Taliban refused to release the prisoners.", "2019-02-01");
        noAssertedDeed(ev, EventType.RETREAT);
        Event r = only(ev, EventType.REJECT);
        assertEquals("ORG:taliban", r.source().id());
    }

    @Test
    void demandIsRequestWithTheDemandedActAsMode() {
        List<Event> ev = SharedParley.code(
            "The Taliban have long insisted on a complete withdrawal of foreign troops.", "2018-12-20");
        noAssertedDeed(ev, EventType.RETREAT);
        Event r = only(ev, EventType.REQUEST);
        assertEquals(Modality.REQUESTED, r.modality());
        assertEquals("withdraw", r.mode());
    }

    @Test
    void threatIsThreatenWithTheThreatenedActAsMode() {
        List<Event> ev = SharedParley.code("Iran threatened to attack U.S. bases in the region.", "2020-01-06");
        noAssertedDeed(ev, EventType.ASSAULT);
        Event t = only(ev, EventType.THREATEN);
        assertEquals("violence", t.mode());
        assertEquals("IRN", t.source().country());
    }

    @Test
    void claimInReportedSpeechIsAttributedToItsSpeaker() {
        List<Event> ev = SharedParley.code(
            "Afghan officials said Taliban fighters attacked a police checkpoint in Kunduz overnight.", "2019-08-31");
        Event a = only(ev, EventType.ASSAULT);
        assertEquals("ORG:taliban", a.source().id());
        assertNotNull(a.attribution());
        assertTrue(a.attribution().speaker().contains("officials"), a.attribution().toString());
        assertEquals(Modality.ASSERTED, a.modality());
    }
    @Test
    void foiledPlotIsNoAttack() {
        String text = "Security forces foiled a plot to assassinate the president, the interior ministry said.";
        noAssertedDeed(SharedParley.code(text, "2022-05-01"), EventType.ASSAULT);
        Event e = only(SharedParley.codeAll("Police thwarted an attack on the parliament building.", "2022-05-01"),
            EventType.ASSAULT);
        assertTrue(e.modality().isUnrealized(), e.toString());
    }
    @Test
    void wouldWithAFutureDateIsAPlanWithoutItAHypothesis() {
        List<Event> plan = SharedParley.codeAll("The EU would hold talks with the Palestinian president, Mahmoud Abbas,"
            + " next month.", "2018-01-22");
        assertTrue(plan.stream().anyMatch(e -> e.modality() == Modality.INTENDED), plan.toString());
        noAssertedDeed(plan, EventType.CONSULT);
        List<Event> guess = SharedParley.codeAll("The EU would hold talks with the Palestinian president.", "2018-01-22");
        assertTrue(guess.stream().allMatch(e -> e.modality() == Modality.HYPOTHETICAL), guess.toString());
    }

    @Test
    void whatASpeakerSaysAnotherMustDoIsADemandNotADeed() {
        List<Event> ev = SharedParley.code("DAMASCUS - Syrian President Bashar Assad said Turkey must mediate"
            + " Israel-Syria peace talks.", "2008-05-01");
        Event r = only(ev, EventType.REQUEST);
        assertEquals("SYR", r.source().country());
        assertEquals("TUR", r.target().country());
        noAssertedDeed(ev, EventType.CONSULT);
    }

    @Test
    void aDeniedGerundLeftAsALooseDependentIsStillDenied() {
        List<Event> ev = SharedParley.code("KIGALI - Rwanda has repeatedly denied backing the M23 rebels fighting in"
            + " eastern Congo.", "2023-06-01");
        noAssertedDeed(ev, EventType.SUPPORT);
    }

    @Test
    void suchAttacksAreAKindOfActNotOneThatHappened() {
        List<Event> ev = SharedParley.code("No group claimed responsibility, but Washington has in the past blamed such"
            + " attacks on Iran-backed militias.", "2020-01-08");
        none(ev, EventType.ASSAULT);
        // the same noun without "such" is an attack
        Event a = only(SharedParley.code("Iran-backed militias carried out attacks on U.S. bases in Iraq on Sunday.",
            "2020-01-08"), EventType.ASSAULT);
        assertTrue(a.target().text().contains("bases"), a.toString());
    }

    @Test
    void anExpectationOfOthersActsIsNoEventAndANamedOldAgreementIsNoNewOne() {
        List<Event> ev = SharedParley.code("Diplomats expect negotiations on reviving the Iran nuclear deal to resume"
            + " after the U.S. midterm elections, though no date has been set.", "2022-09-01");
        assertTrue(ev.isEmpty(), ev.toString());
        // rejecting a named proposal is still a rejection
        assertEquals("LBY", only(SharedParley.code("Libyan Prime Minister Fayez al-Sarraj rejected the EU proposal"
            + " for asylum processing centres in his country.", "2018-06-30"), EventType.REJECT).source().country());
    }

    @Test
    void troopsDefendingTheirOwnBorderBackNoOne() {
        none(SharedParley.code("KIGALI - Rwanda said its troops are only defending its border.", "2022-11-01"),
            EventType.SUPPORT);
    }

    @Test
    void anActConsideredOrExploredIsNotDone() {
        List<Event> ev = SharedParley.code("Washington is exploring ways to ease sanctions on Venezuela, officials said.",
            "2022-05-17");
        noAssertedDeed(ev, EventType.RETREAT);
        noAssertedDeed(ev, EventType.SANCTION);
    }

    @Test
    void anActToldInARelativeClauseOnThePastIsHistory() {
        none(SharedParley.code("The Special Tribunal for Lebanon on Wednesday postponed its verdict in the trial of four"
            + " Hezbollah members accused over the 2005 truck bombing that killed former Prime Minister Rafik al-Hariri.",
            "2020-08-05"), EventType.ASSAULT);
        none(SharedParley.code("Rwandans laid wreaths at mass graves on Sunday to mark 25 years since the genocide, in"
            + " which Hutu extremist militias and soldiers slaughtered some 800,000 Tutsis.", "2019-04-07"),
            EventType.ASSAULT);
        none(SharedParley.code("Oil prices climbed on Monday as traders fretted over the fate of the 2015 nuclear"
            + " deal, under which Iran agreed to curb its nuclear programme.", "2018-05-07"), EventType.AGREE);
        // a relative clause dated this year tells news
        only(SharedParley.code("The rebels, who attacked the police station in Beni on March 3, 2024, released two"
            + " hostages on Friday.", "2024-03-08"), EventType.ASSAULT);
    }

    @Test
    void noOneDoingItAndNeitherAlternativeAreNegated() {
        noAssertedDeed(SharedParley.code("Russia's defence ministry denied that its warplanes had bombed a hospital,"
            + " saying no Russian aircraft had carried out combat missions in the area.", "2019-05-07"), EventType.ASSAULT);
        List<Event> ev = SharedParley.code("Tens of thousands of protesters marched through Yerevan on Saturday, and"
            + " police did not fire on the crowd or detain anyone, witnesses said.", "2018-04-14");
        noAssertedDeed(ev, EventType.COERCE);
        noAssertedDeed(ev, EventType.ASSAULT);
        only(ev, EventType.PROTEST);
    }

    @Test
    void anActThatCouldHappenAndAnyoneWhoMightDoItAreNoDeed() {
        List<Event> ev = SharedParley.code("Prime Minister Sanae Takaichi told parliament on Friday that a Chinese naval"
            + " blockade or attack on Taiwan could constitute a survival-threatening situation.", "2025-11-07");
        noAssertedDeed(ev, EventType.COERCE);
        noAssertedDeed(ev, EventType.ASSAULT);
        none(SharedParley.code("EU ministers urged Israel to protect Palestinians in the West Bank and prosecute those"
            + " who attack them.", "2024-01-22"), EventType.ASSAULT);
    }

    @Test
    void talksAnErrandIsForShareItsModalityAndAVerdictOnTalksIsNoTalks() {
        noAssertedDeed(SharedParley.code("Mexican President Andres Manuel Lopez Obrador replied the same evening that he"
            + " would send Foreign Minister Marcelo Ebrard to Washington for talks.", "2019-05-31"), EventType.CONSULT);
        // an errand made is talks held
        only(SharedParley.code("The foreign minister flew to Washington on Monday for talks with Secretary of State"
            + " Antony Blinken.", "2023-05-08"), EventType.CONSULT);
        noAssertedDeed(SharedParley.code("Iran's Supreme Leader Ayatollah Ali Khamenei on Friday ruled out negotiations"
            + " with the United States, saying talks with Washington were \"not smart, wise or honourable\".",
            "2025-02-07"), EventType.CONSULT);
    }

    @Test
    void theMeansOfAnAllegedActIsPartOfTheAllegation() {
        List<Event> ev = SharedParley.code("The United States formally withdrew from the 1987 Intermediate-Range Nuclear"
            + " Forces Treaty with Russia on Friday, after accusing Moscow of violating the pact by deploying a banned"
            + " cruise missile, which the Kremlin denies.", "2019-08-02");
        none(ev, EventType.MOBILIZE);
        only(ev, EventType.ACCUSE);
    }

    @Test
    void anIntentionOthersSeeIsNoThreatAndOnePartyAloneHoldsNoTalks() {
        noAssertedDeed(SharedParley.code("North Korea appears ready to conduct a seventh nuclear test at any time, South"
            + " Korean and U.S. officials said on Tuesday.", "2022-06-07"), EventType.THREATEN);
        none(SharedParley.code("Kenyan President William Ruto said on Monday that Africa must wean itself off"
            + " expensive foreign loans, opening a climate summit in Nairobi.", "2023-09-04"), EventType.CONSULT);
        // several parties meeting with no one else named do
        first(SharedParley.code("European Union leaders held a summit in Brussels on Thursday.", "2024-02-01"),
            EventType.CONSULT);
    }

    @Test
    void whatADealIsMeantToBringAboutIsNotDone() {
        List<Event> ev = SharedParley.code("Armenia and Azerbaijan agreed to a ceasefire on Saturday. The truce is meant to"
            + " allow the two sides to swap prisoners and bodies.", "2020-10-10");
        noAssertedDeed(ev, EventType.RETREAT);
        noAssertedDeed(SharedParley.code("The deal means that Armenia will release 15 soldiers.", "2020-10-10"),
            EventType.RETREAT);
    }

    @Test
    void noAttemptToArrestAndADilemmaOverWhetherToArrestAreNoArrest() {
        noAssertedDeed(SharedParley.code("Russian President Vladimir Putin held talks in Ulaanbaatar on Tuesday, and"
            + " Mongolian authorities made no attempt to arrest him despite an International Criminal Court warrant.",
            "2024-09-03"), EventType.COERCE);
        noAssertedDeed(SharedParley.code("Putin will not attend the summit in person, South Africa's presidency said on"
            + " Wednesday, sparing the host a dilemma over whether to arrest him under an International Criminal Court"
            + " warrant.", "2023-07-19"), EventType.COERCE);
    }

    @Test
    void aCandidatesPledgeToVotersAtARallyIsNoAgreementButAPledgeToAStateIs() {
        none(SharedParley.code("Defence Minister Prabowo Subianto told a rally in Jakarta on Sunday that his government"
            + " would provide free lunches to all schoolchildren.", "2024-01-14"), EventType.AGREE);
        none(SharedParley.code("Libertarian presidential candidate Javier Milei promised supporters at a rally on Monday"
            + " that he would close the central bank.", "2023-11-13"), EventType.AGREE);
        Event a = first(SharedParley.code("Japan promised Ukraine $4.5 billion in aid on Monday.", "2024-02-19"),
            EventType.AGREE);
        assertEquals("UKR", a.target().country(), a.toString());
    }

    @Test
    void actsAPactProvidesForAnArrestAwaitedAndSanctionsAWarningForetellAreNotDone() {
        List<Event> pact = SharedParley.code("Turkey and Armenia signed an agreement on Saturday to establish diplomatic"
            + " relations and reopen their shared border.", "2009-10-10");
        only(pact, EventType.SUPPORT);
        none(pact, EventType.RETREAT);
        noAssertedDeed(SharedParley.code("Yemen's warring parties agreed on Thursday to a ceasefire in Hodeidah and to"
            + " withdraw their forces from the area.", "2018-12-13"), EventType.RETREAT);
        noAssertedDeed(SharedParley.code("Abiy said the operation is a law enforcement mission that will end when the"
            + " TPLF leaders are arrested.", "2020-11-20"), EventType.COERCE);
        noAssertedDeed(SharedParley.code("Ankara went ahead with the purchase despite repeated warnings from Washington"
            + " that it would trigger U.S. sanctions.", "2019-07-12"), EventType.SANCTION);
        // a deed done when another was done is done
        only(SharedParley.code("Police fired tear gas when protesters stormed the parliament building in Nairobi on"
            + " Tuesday.", "2024-06-25"), EventType.ASSAULT);
    }

    @Test
    void anAttackAForceIsToStopIsNotDoneButStoppingTheFightingIsATruce() {
        noAssertedDeed(SharedParley.code("The Security Council authorised all necessary measures to stop Muammar"
            + " Gaddafi's forces attacking civilians.", "2011-03-18"), EventType.ASSAULT);
        only(SharedParley.code("The army stopped the fighting on Sunday.", "2020-01-05"), EventType.RETREAT);
        only(SharedParley.code("The United Nations urged Israel to stop attacks on Gaza.", "2014-07-20"),
            EventType.REQUEST);
    }

    @Test
    void aPactsTermsAndACountOfPastWarsAreNotActsButWhatIsDoneUnderAPactIs() {
        List<Event> terms = SharedParley.code("Under the pact signed in Helsinki on Monday, Free Aceh Movement rebels"
            + " will hand over 840 weapons by the end of the year, and Jakarta will withdraw about half of its troops"
            + " from the province and grant an amnesty to the rebels.", "2005-08-15");
        none(terms, EventType.RETREAT);
        none(terms, EventType.CONCEDE);
        none(terms, EventType.AGREE);
        only(SharedParley.code("Israeli troops withdrew from the Netzarim corridor in central Gaza on Sunday under the"
            + " ceasefire deal with Hamas.", "2025-02-09"), EventType.RETREAT);
        none(SharedParley.code("The two countries have fought two of their three wars over the Himalayan region.",
            "2019-02-27"), EventType.ASSAULT);
    }

    @Test
    void cooperationSaidToContinueIsNotCodedAsDone() {
        noAssertedDeed(SharedParley.code("Colombian President Gustavo Petro threatened to suspend the extradition of drug"
            + " traffickers to the United States if Washington decertified Colombia, but said cooperation with U.S."
            + " agencies would continue for now.", "2023-09-15"), EventType.COOPERATE);
    }

    @Test
    void anActNamedWithNoIsNotDoneButTheSameActNamedPlainlyIs() {
        noAssertedDeed(SharedParley.code("Tens of thousands of people marched through Belgrade on Saturday, and police"
            + " made no arrests, the interior ministry said.", "2021-12-04"), EventType.COERCE);
        only(SharedParley.code("Police made dozens of arrests in Belgrade on Saturday, the interior ministry said.",
            "2021-12-04"), EventType.COERCE);
    }

    @Test
    void whatAClaimSaysHappenedIsNotCodedAsDone() {
        List<Event> ev = SharedParley.code("The Pentagon rejected Moscow's claim that American military advisers were"
            + " directing Ukrainian artillery fire.", "2022-06-01");
        noAssertedDeed(ev, EventType.ASSAULT);
        Event rebuff = only(ev, EventType.REJECT);
        assertEquals("Moscow", rebuff.target().text(), rebuff.toString());
        only(SharedParley.code("Rwanda accused Congolese troops of firing rockets into its territory on Monday, a charge"
            + " Kinshasa brushed aside as a pretext for aggression.", "2013-06-11"), EventType.REJECT);
    }

    @Test
    void anActAnotherIsSaidToAmountToIsAVerdictNotAnAct() {
        noAssertedDeed(SharedParley.code("Azerbaijani President Ilham Aliyev said in a televised address that the deal"
            + " amounted to Armenia's capitulation.", "2020-11-10"), EventType.RETREAT);
        List<Event> war = SharedParley.code("Moscow said any such move would be tantamount to a declaration of war.",
            "2022-03-05");
        noAssertedDeed(war, EventType.ASSAULT);
        none(war, EventType.THREATEN);
        only(SharedParley.code("Armenia's capitulation came after six weeks of fighting, Aliyev said.", "2020-11-10"),
            EventType.RETREAT);
    }

    @Test
    void aDealTalksEndedWithoutIsNoDeal() {
        // the parser takes "without" for the gerund's preposition here, not its marker
        List<Event> ev = SharedParley.code("KHARTOUM, Aug 2 - Sudan's army and the Rapid Support Forces held a third"
            + " round of Saudi-mediated talks in Jeddah on Sunday without reaching a deal on a truce.", "2023-08-02");
        noAssertedDeed(ev, EventType.AGREE);
        assertEquals(Modality.ASSERTED, only(ev, EventType.CONSULT).modality());
    }

    @Test
    void anAgreementSomeoneRefusesToAmendIsNotMadeAgain() {
        List<Event> ev = SharedParley.code("TEHRAN, Sept 9 - Iran's parliament speaker ruled out amending the agreement"
            + " with the International Atomic Energy Agency.", "2021-09-09");
        none(ev, EventType.AGREE);
        only(ev, EventType.REJECT);
        Event signed = only(SharedParley.code("DOHA, Feb 29 - The United States and the Taliban signed an agreement in"
            + " Doha on Saturday.", "2020-02-29"), EventType.SUPPORT);
        assertEquals("USA", signed.source().country());
    }

    @Test
    void aPledgeNotToAttackIsAPromisedConcessionNotADeniedAttack() {
        List<Event> ev = SharedParley.code("GAZA, Aug 7 - Islamic Jihad pledged on Sunday not to fire rockets at Israel"
            + " while the Egyptian-brokered truce holds.", "2022-08-07");
        noAssertedDeed(ev, EventType.ASSAULT);
        Event c = only(ev, EventType.CONCEDE);
        assertEquals(Modality.INTENDED, c.modality());
        List<Event> unpromised = SharedParley.code("JERUSALEM - Israel did not promise to attack Iran, officials said.",
            "2022-08-07");
        none(unpromised, EventType.CONCEDE);
    }

    @Test
    void aLeaderPersuadedToStepDownHasAgreedToItNotDoneIt() {
        List<Event> ev = SharedParley.code("PORT-AU-PRINCE - Former President Jimmy Carter persuaded the military"
            + " leader, Lieutenant General Raoul Cedras, to step down by Oct. 15.", "1994-09-19");
        noAssertedDeed(ev, EventType.RETREAT);
        Event c = only(SharedParley.code("DOHA - Qatar convinced the Taliban to release the hostages.", "2021-09-01"),
            EventType.CONCEDE);
        assertEquals(Modality.INTENDED, c.modality());
        assertEquals("ORG:taliban", c.source().id());
    }
}
