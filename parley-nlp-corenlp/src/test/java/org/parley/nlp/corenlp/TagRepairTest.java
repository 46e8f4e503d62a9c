package org.parley.nlp.corenlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TagRepairTest {

    private static String[] repaired(String words, String tags) {
        String[] w = words.split(" ");
        String[] t = tags.split(" ");
        TagRepair.repair(w, t);
        return t;
    }

    @Test
    void aBaseVerbAfterAnArticleAndANationalityIsANoun() {
        assertArrayEquals("NNP POS NN VBD RP DT NNP NN IN DT NN".split(" "),
            repaired("Algeria 's army shot down a Malian drone near the border",
                "NNP POS NN VBD RP DT NNP VB IN DT NN"));
        assertEquals("NN", repaired("the ministry called the U.S. move a provocation", "DT NN VBD DT NNP VB DT NN")[5]);
        // a name before a modal keeps the verb: "the U.S. will move"
        assertEquals("VB", repaired("the U.S. will move", "DT NNP MD VB")[3]);
    }

    @Test
    void aGerundRightAfterAnArticleModifyingNoNounIsANoun() {
        assertEquals("NN", repaired("Rubio called the ruling a witch hunt", "NNP VBD DT VBG DT NN NN")[3]);
        assertEquals("VBG", repaired("the ruling party won", "DT VBG NN VBD")[1]);
        assertEquals("VBG", repaired("a growing number of states", "DT VBG NN IN NNS")[1]);
    }

    @Test
    void aPresentTenseVerbAfterANameOrANominalAdjectiveStaysAVerb() {
        assertArrayEquals("DT NNPS VBP VBN DT NN".split(" "),
            repaired("The Houthis have rejected the proposal", "DT NNPS VBP VBN DT NN"));
        assertArrayEquals("DT NNP VBP VBN".split(" "), repaired("The Taliban have refused", "DT NNP VBP VBN"));
        assertArrayEquals("DT JJ VBP JJR".split(" "), repaired("the rich get richer", "DT JJ VBP JJR"));
        assertArrayEquals("DT CD VBP VBN".split(" "), repaired("The three have refused", "DT CD VBP VBN"));
    }

    @Test
    void aParticipleAfterAListOfSubjectsClosedByAndIsPastTense() {
        String[] t = repaired("The Afghan government , a number of political parties and the Taliban on Thursday"
            + " condemned US President Donald Trump 's decision",
            "DT JJ NN , DT NN IN JJ NNS CC DT NNP IN NNP VBN NNP NNP NNP NNP POS NN");
        assertEquals("VBD", t[14]);
        // an apposition after the comma, with no "and" closing a list, leaves the participle alone
        String[] appos = repaired("The town , the capital of the province captured in 2012",
            "DT NN , DT NN IN DT NN VBN IN CD");
        assertEquals("VBN", appos[8]);
        String[] open = repaired("The minister , a veteran diplomat reappointed Ahmed as envoy",
            "DT NN , DT JJ NN VBN NNP IN NN");
        assertEquals("VBN", open[6]);
    }

    @Test
    void theFirstVerbOfALeadReadAsAParticipleIsPastTense() {
        String[] t = repaired("DHAKA - A special tribunal in Dhaka on Monday sentenced ousted prime minister Sheikh Hasina"
            + " to death", ": DT JJ NN IN NNP IN NNP VBN VBN JJ NN NNP NNP TO NN".replace(":", "NNP :"));
        assertEquals("VBD", t[9]);
        assertEquals("VBN", t[10]);
        String[] day = repaired("On Tuesday the courts awarded Varig damages", "IN NNP DT NNS VBN NNP NNS");
        assertEquals("VBD", day[4]);
    }

    @Test
    void aReducedRelativeOrAModifierIsLeftAlone() {
        // a finite verb follows in the clause: "pledged" modifies the subject
        assertEquals("VBN", repaired("The aid pledged Monday will reach Gaza", "DT NN VBN NNP MD VB NNP")[2]);
        // passive and perfect participles
        assertEquals("VBN", repaired("Five soldiers were killed Monday", "CD NNS VBD VBN NNP")[3]);
        assertEquals("VBN", repaired("Russia has expelled two diplomats", "NNP VBZ VBN CD NNS")[2]);
        // a participle followed by a preposition is a modifier: "Gunmen armed with rockets"
        assertEquals("VBN", repaired("Gunmen armed with rockets stormed the airport", "NNS VBN IN NNS VBD DT NN")[1]);
        // an opener other than a day leaves the subject unclear
        assertEquals("VBN", repaired("At his Osaka detached house he said", "IN PRP$ NNP VBN NN PRP VBD")[3]);
    }

    @Test
    void strikesNamedByTheirMeansAreNouns() {
        assertEquals("NNS", repaired("carried out two dozen air strikes against al-Shabab",
            "VBD RP CD NN NN VBZ IN NNP")[5]);
        assertEquals("NN", repaired("a drone strike killed two", "DT NN VB VBD CD")[2]);
        // a subject that strikes is left alone
        assertEquals("VBZ", repaired("Israel strikes Gaza", "NNP VBZ NNP")[1]);
    }

    @Test
    void aVerbNounBeforeAPolicyNounIsItsModifier() {
        assertEquals("NN", repaired("lifted the trade and travel restrictions", "VBD DT NN CC VB NNS")[4]);
        assertEquals("NN", repaired("a 100 kilometres travel restriction", "DT CD NNS VBP NN")[3]);
        assertEquals("NN", repaired("the US-China trade war", "DT NNP NN NN")[2]);
    }

    @Test
    void aVerbNounAfterASubjectPronounOrInfinitiveStaysAVerb() {
        assertEquals("VBP", repaired("they travel routes that", "PRP VBP NNS WDT")[1]);
        assertEquals("VB", repaired("allowed to travel corridors", "VBN TO VB NNS")[2]);
        assertEquals("VB", repaired("they will travel routes", "PRP MD VB NNS")[2]);
    }

    @Test
    void personaNonGrataIsOneNoun() {
        assertArrayEquals("NNP VBD DT NN NN NN NN".split(" "),
            repaired("Russia declared the envoy persona non grata", "NNP VBD DT NN NN FW FW"));
    }

    @Test
    void liveBeforeAmmunitionIsAnAdjective() {
        assertArrayEquals("NNS VBD NN NN CC JJ NNS IN NNS".split(" "),
            repaired("forces fired tear gas and live rounds at protesters", "NNS VBD NN NN CC VB NNS IN NNS"));
        // a verb "live" keeps its tag: "where they live"
        assertArrayEquals("WRB PRP VBP".split(" "), repaired("where they live", "WRB PRP VBP"));
    }

    @Test
    void aMeansTaggedAsAVerbBeforeStrikesIsANoun() {
        assertArrayEquals("NNP VBD RP NN NNS IN DT NN".split(" "),
            repaired("Israel carried out drone strikes on the camp", "NNP VBD RP VB NNS IN DT NN"));
    }

    @Test
    void aParticipleAfterARelativeClauseSetOffByCommasIsTheSubjectsPastTense() {
        assertEquals("VBD", repaired("The Brotherhood , which says the toll is higher , called on Egyptians to march",
            "DT NNP , WDT VBZ DT NN VBZ JJR , VBN IN NNPS TO VB")[10]);
        // after a finite main verb the participle is left alone: "Police said the men , who fled , wanted in Kenya"
        assertEquals("VBN", repaired("Police said the men , who fled , wanted in Kenya",
            "NNS VBD DT NNS , WP VBD , VBN IN NNP")[8]);
    }

    @Test
    void aPluralNounTaggedAVerbBeforeAParticipleIsANoun() {
        assertArrayEquals("IN NNP , NNS VBD DT NN".split(" "),
            repaired("In March , insurgents attacked the town", "IN NNP , VBZ VBN DT NN"));
        // an auxiliary stays: "the army has attacked"
        assertArrayEquals("DT NN VBZ VBN".split(" "), repaired("the army has attacked", "DT NN VBZ VBN"));
    }

    @Test
    void theMilitaryBeforeItsVerbIsANounAndItsParticipleWithAPastConjunctAPastTense() {
        assertArrayEquals("DT NN VBD NN JJ NNP CC VBD NNP IN NN NN".split(" "),
            repaired("The military seized power last Wednesday and placed Mugabe under house arrest",
                "DT JJ VBN NN JJ NNP CC VBD NNP IN NN NN"));
        // an adjective before a noun stays one: "the military junta ruled"
        assertEquals("JJ", repaired("the military junta ruled", "DT JJ NN VBD")[1]);
        // a finite verb after the object without "and" keeps the reduced relative: "The aid pledged Monday will reach"
        assertEquals("VBN", repaired("The aid pledged Monday will reach them", "DT NN VBN NNP MD VB PRP")[2]);
    }
}
