package org.parley.nlp.corenlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DepRepairTest {

    @Test
    void aTensedVerbReadAsAuxiliaryOfItsInfinitiveGovernsIt() {
        // groups threatened to shell bases, as the parser leaves it: "threatened" an aux of "shell"
        String[] words = {"groups", ",", "threatened", "to", "shell", "bases"};
        String[] tags = {"NNS", ",", "VBD", "TO", "VB", "NNS"};
        int[] heads = {4, 0, 4, 4, -1, 4};
        String[] rels = {"nsubj", "punct", "aux", "mark", "root", "obj"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertArrayEquals(new int[] {2, 0, -1, 4, 2, 4}, heads);
        assertArrayEquals(new String[] {"nsubj", "punct", "root", "mark", "xcomp", "obj"}, rels);
    }

    @Test
    void quasiModalsBeforeToStayAuxiliaries() {
        String[] words = {"Iran", "has", "to", "release", "them"};
        String[] tags = {"NNP", "VBZ", "TO", "VB", "PRP"};
        int[] heads = {3, 3, 3, -1, 3};
        String[] rels = {"nsubj", "aux", "mark", "root", "obj"};
        assertEquals(0, DepRepair.repair(words, tags, heads, rels));
        assertArrayEquals(new int[] {3, 3, 3, -1, 3}, heads);
    }

    @Test
    void anAmountHungUnderItsBoundIsTheVerbsObject() {
        // Ireland provided over $ 3 million in funding, as the parser leaves it: "over" an adverb of the verb
        String[] words = {"Ireland", "provided", "over", "$", "3", "million", "in", "funding"};
        String[] tags = {"NNP", "VBD", "IN", "$", "CD", "CD", "IN", "NN"};
        int[] heads = {1, -1, 1, 2, 5, 3, 7, 3};
        String[] rels = {"nsubj", "root", "advmod", "dep", "compound", "nummod", "case", "nmod"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertArrayEquals(new int[] {1, -1, 3, 1, 5, 3, 7, 3}, heads);
        assertEquals("obj", rels[3]);
        assertEquals("advmod", rels[2]);
        // a verb with an object of its own keeps it: "gave Kyiv over 3 million"
        String[] w2 = {"they", "gave", "Kyiv", "over", "$", "3", "million"};
        String[] t2 = {"PRP", "VBD", "NNP", "IN", "$", "CD", "CD"};
        int[] h2 = {1, -1, 1, 1, 3, 6, 4};
        String[] r2 = {"nsubj", "root", "obj", "advmod", "dep", "compound", "nummod"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
    }

    @Test
    void aPastTenseVerbAfterAReducedRelativeReadAsTheRootIsTheMainVerb() {
        // Gunmen armed with rifles stormed the airport, as the parser leaves it: "armed" the root
        String[] words = {"Gunmen", "armed", "with", "rifles", "stormed", "the", "airport"};
        String[] tags = {"NNS", "VBN", "IN", "NNS", "VBD", "DT", "NN"};
        int[] heads = {1, -1, 3, 1, 1, 6, 4};
        String[] rels = {"nsubj", "root", "case", "obl", "dep", "det", "obj"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertArrayEquals(new int[] {4, 0, 3, 1, -1, 6, 4}, heads);
        assertEquals("acl", rels[1]);
        assertEquals("root", rels[4]);
        // a passive with its auxiliary is a clause of its own: "Rebels were armed with rifles" stays
        String[] w2 = {"Rebels", "were", "armed", "with", "rifles", "said", "police"};
        String[] t2 = {"NNS", "VBD", "VBN", "IN", "NNS", "VBD", "NNS"};
        int[] h2 = {2, 2, -1, 4, 2, 2, 5};
        String[] r2 = {"nsubj:pass", "aux:pass", "root", "case", "obl", "parataxis", "nsubj"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
    }

    @Test
    void aParticipleReadAsTheObjectsOwnVerbIsAReducedRelativeOnTheObject() {
        // removed the sanctions on Rusal and other companies linked to Deripaska, as the parser leaves it
        String[] words = {"Treasury", "removed", "the", "sanctions", "on", "Rusal", "and", "companies", "linked", "to",
            "Deripaska"};
        String[] tags = {"NNP", "VBD", "DT", "NNS", "IN", "NNP", "CC", "NNS", "VBN", "IN", "NNP"};
        int[] heads = {1, -1, 3, 8, 5, 3, 7, 5, 1, 10, 8};
        String[] rels = {"nsubj", "root", "det", "nsubj", "case", "nmod", "cc", "conj", "dep", "case", "obl"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(1, heads[3]);
        assertEquals("obj", rels[3]);
        assertEquals(7, heads[8]);
        assertEquals("acl", rels[8]);
        // a participle with its own auxiliary keeps its subject: "said the talks had been postponed"
        String[] w2 = {"he", "said", "the", "talks", "had", "been", "postponed"};
        String[] t2 = {"PRP", "VBD", "DT", "NNS", "VBD", "VBN", "VBN"};
        int[] h2 = {1, -1, 3, 6, 6, 6, 1};
        String[] r2 = {"nsubj", "root", "det", "nsubj:pass", "aux", "aux:pass", "dep"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
    }

    @Test
    void aResultativeAdjectiveBeforeTheObjectIsItsPredicate() {
        String[] words = {"troops", "shot", "dead", "52", "Palestinians"};
        String[] tags = {"NNS", "VBD", "JJ", "CD", "NNPS"};
        int[] heads = {1, -1, 1, 4, 1};
        String[] rels = {"nsubj", "root", "obj", "nummod", "obj"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals("xcomp", rels[2]);
        assertEquals("obj", rels[4]);
    }

    @Test
    void aTensedVerbAfterWhichReadAsAnAdjectiveHeadsARelativeClause() {
        // Kinshasa , which severed relations with Kigali , accused Rwanda, as the parser leaves it
        String[] words = {"Kinshasa", ",", "which", "severed", "relations", "with", "Kigali", ",", "accused", "Rwanda"};
        String[] tags = {"NNP", ",", "WDT", "VBD", "NNS", "IN", "NNP", ",", "VBD", "NNP"};
        int[] heads = {8, 0, 4, 4, 0, 6, 4, 0, -1, 8};
        String[] rels = {"nsubj", "punct", "det", "amod", "appos", "case", "nmod", "punct", "root", "obj"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertArrayEquals(new int[] {8, 0, 3, 0, 3, 6, 3, 0, -1, 8}, heads);
        assertEquals("acl:relcl", rels[3]);
        assertEquals("nsubj", rels[2]);
        assertEquals("obj", rels[4]);
        assertEquals("obl", rels[6]);
    }

    @Test
    void aMainClauseReadAsTheSubjectOfALaterCopulaIsTheRoot() {
        // Erdogan spoke with Putin and told him Ankara was ready, as the parser leaves it: "spoke" a csubj of "ready"
        String[] words = {"Erdogan", "spoke", "with", "Putin", "and", "told", "him", "Ankara", "was", "ready"};
        String[] tags = {"NNP", "VBD", "IN", "NNP", "CC", "VBD", "PRP", "NNP", "VBD", "JJ"};
        int[] heads = {1, 9, 3, 1, 5, 1, 5, 5, 9, -1};
        String[] rels = {"nsubj", "csubj", "case", "obl", "cc", "conj", "iobj", "obj", "cop", "root"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(-1, heads[1]);
        assertEquals(5, heads[9]);
        assertEquals("ccomp", rels[9]);
        assertEquals(9, heads[7]);
        assertEquals("nsubj", rels[7]);
        // a clause with its complementiser is a subject: "That he resigned was a surprise"
        String[] w2 = {"That", "he", "resigned", "was", "a", "surprise"};
        String[] t2 = {"IN", "PRP", "VBD", "VBD", "DT", "NN"};
        int[] h2 = {2, 2, 5, 5, 5, -1};
        String[] r2 = {"mark", "nsubj", "csubj", "cop", "det", "root"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
    }

    @Test
    void aReducedRelativeReadAsTheVerbOfASubordinateClauseGivesWayToItsVerb() {
        // declared martial law after militants linked to IS rampaged through Marawi, as the parser leaves it
        String[] words = {"Duterte", "declared", "law", "after", "militants", "linked", "to", "IS", "rampaged",
            "through", "Marawi"};
        String[] tags = {"NNP", "VBD", "NN", "IN", "NNS", "VBN", "IN", "NNP", "VBD", "IN", "NNP"};
        int[] heads = {1, -1, 1, 5, 5, 1, 7, 5, 5, 10, 8};
        String[] rels = {"nsubj", "root", "obj", "mark", "nsubj", "advcl", "case", "obl", "dep", "case", "obl"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(1, heads[8]);
        assertEquals("advcl", rels[8]);
        assertEquals(8, heads[4]);
        assertEquals(8, heads[3]);
        assertEquals(4, heads[5]);
        assertEquals("acl", rels[5]);
    }

    @Test
    void aSecondActOpenedByAndBeforeALaterReportIsTheFirstActsConjunct() {
        // Erdogan spoke with Putin and urged a ceasefire , his office said: "urged" read as what was said
        String[] words = {"Erdogan", "spoke", "with", "Putin", "and", "urged", "a", "ceasefire", ",", "his", "office",
            "said"};
        String[] tags = {"NNP", "VBD", "IN", "NNP", "CC", "VBD", "DT", "NN", ",", "PRP$", "NN", "VBD"};
        int[] heads = {1, -1, 3, 1, 5, 11, 7, 5, 11, 10, 11, 1};
        String[] rels = {"nsubj", "root", "case", "obl", "cc", "ccomp", "det", "obj", "punct", "nmod:poss", "nsubj",
            "parataxis"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(1, heads[5]);
        assertEquals("conj", rels[5]);
        assertEquals("parataxis", rels[11]);
        // a reported clause with a subject of its own stays reported: "and Moscow agreed, his office said"
        String[] w2 = {"Erdogan", "spoke", "and", "Moscow", "agreed", ",", "officials", "said"};
        String[] t2 = {"NNP", "VBD", "CC", "NNP", "VBD", ",", "NNS", "VBD"};
        int[] h2 = {1, -1, 4, 4, 7, 7, 7, 1};
        String[] r2 = {"nsubj", "root", "cc", "nsubj", "ccomp", "punct", "nsubj", "parataxis"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
    }

    @Test
    void aFiniteVerbReadAsAGerundsConjunctJoinsTheGerundsGovernor() {
        // India accused Pakistan of harbouring militants and demanded action: "demanded" hung on "harbouring"
        String[] words = {"India", "accused", "Pakistan", "of", "harbouring", "militants", "and", "demanded", "action"};
        String[] tags = {"NNP", "VBD", "NNP", "IN", "VBG", "NNS", "CC", "VBD", "NN"};
        int[] heads = {1, -1, 1, 4, 1, 4, 7, 4, 7};
        String[] rels = {"nsubj", "root", "obj", "case", "obl", "obj", "cc", "conj", "obj"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(1, heads[7]);
        assertEquals("conj", rels[7]);
        // a gerund's own conjunct gerund stays: "of harbouring militants and funding them"
        String[] t2 = {"NNP", "VBD", "NNP", "IN", "VBG", "NNS", "CC", "VBG", "NN"};
        int[] h2 = {1, -1, 1, 4, 1, 4, 7, 4, 7};
        String[] r2 = {"nsubj", "root", "obj", "case", "obl", "obj", "cc", "conj", "obj"};
        assertEquals(0, DepRepair.repair(words, t2, h2, r2));
    }

    @Test
    void aParticipleAfterACommaReadAsAnAdjectiveOfASecondObjectGovernsThatObject() {
        // ending its accords , accusing French forces of ...: "accusing" read as an adjective of "forces"
        String[] words = {"it", "was", "ending", "its", "accords", ",", "accusing", "French", "forces"};
        String[] tags = {"PRP", "VBD", "VBG", "PRP$", "NNS", ",", "VBG", "JJ", "NNS"};
        int[] heads = {2, 2, -1, 4, 2, 2, 8, 8, 2};
        String[] rels = {"nsubj", "aux", "root", "nmod:poss", "obj", "punct", "amod", "amod", "obj"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(2, heads[6]);
        assertEquals("advcl", rels[6]);
        assertEquals(6, heads[8]);
        assertEquals("obj", rels[8]);
        // a participle on the verb's only object stays an adjective: "hit , burning buildings"
        String[] w2 = {"shells", "hit", ",", "burning", "buildings"};
        String[] t2 = {"NNS", "VBD", ",", "VBG", "NNS"};
        int[] h2 = {1, -1, 1, 4, 1};
        String[] r2 = {"nsubj", "root", "punct", "amod", "obj"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
    }

    @Test
    void aSpanOfTimeBeforeLaterReadAsASecondSubjectIsATimePhrase() {
        String[] words = {"Hours", "later", "it", "expelled", "agencies"};
        String[] tags = {"NNS", "RB", "PRP", "VBD", "NNS"};
        int[] heads = {3, 3, 3, -1, 3};
        String[] rels = {"nsubj", "advmod", "nsubj", "root", "obj"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals("obl:tmod", rels[0]);
        // the only subject stays one: "Hours later passed"
        String[] w2 = {"Hours", "later", "passed"};
        String[] t2 = {"NNS", "RB", "VBD"};
        int[] h2 = {2, 2, -1};
        String[] r2 = {"nsubj", "advmod", "root"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
    }

    @Test
    void aNounAfterACommaReadAsASecondSubjectIsModifiedByARelativeClause() {
        // Turkey said troops would monitor the truce , a claim Moscow rejected
        String[] words = {"Turkey", "said", "troops", "would", "monitor", "the", "truce", ",", "a", "claim", "Moscow",
            "rejected"};
        String[] tags = {"NNP", "VBD", "NNS", "MD", "VB", "DT", "NN", ",", "DT", "NN", "NNP", "VBD"};
        int[] heads = {1, -1, 4, 4, 1, 6, 4, 1, 9, 11, 11, 1};
        String[] rels = {"nsubj", "root", "nsubj", "aux", "ccomp", "det", "obj", "punct", "det", "nsubj", "nsubj",
            "ccomp"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(9, heads[11]);
        assertEquals("acl:relcl", rels[11]);
        assertEquals(1, heads[9]);
        // a verb with an object keeps its subjects: ", the army Moscow sent" is not this
        String[] w2 = {"Turkey", "said", ",", "a", "claim", "Moscow", "rejected", "it"};
        String[] t2 = {"NNP", "VBD", ",", "DT", "NN", "NNP", "VBD", "PRP"};
        int[] h2 = {1, -1, 6, 4, 6, 6, 1, 6};
        String[] r2 = {"nsubj", "root", "punct", "det", "nsubj", "nsubj", "ccomp", "obj"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
    }

    @Test
    void aVerbHungInsideARelativeClauseOnTheRootNounIsTheSentencesVerb() {
        // The Brotherhood , which says the toll is higher , called on Egyptians to march
        String[] words = {"The", "Brotherhood", ",", "which", "says", "the", "toll", "is", "higher", ",", "called", "on",
            "Egyptians", "to", "march"};
        String[] tags = {"DT", "NNP", ",", "WDT", "VBZ", "DT", "NN", "VBZ", "JJR", ",", "VBD", "IN", "NNPS", "TO", "VB"};
        int[] heads = {1, -1, 1, 4, 1, 6, 8, 8, 4, 8, 8, 14, 14, 14, 10};
        String[] rels = {"det", "root", "punct", "nsubj", "acl:relcl", "det", "nsubj", "cop", "ccomp", "punct", "dep",
            "mark", "nsubj", "mark", "advcl"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(-1, heads[10]);
        assertEquals(10, heads[1]);
        assertEquals("nsubj", rels[1]);
    }

    @Test
    void aReportReadAsTheClausalSubjectOfALaterVerbGovernsIt() {
        // Officials said sanctions would remain: "said" read as the clausal subject of "remain"
        String[] words = {"Officials", "said", "sanctions", "would", "remain"};
        String[] tags = {"NNS", "VBD", "NNS", "MD", "VB"};
        int[] heads = {1, 4, 1, 4, -1};
        String[] rels = {"nsubj", "csubj", "obj", "aux", "root"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(-1, heads[1]);
        assertEquals(1, heads[4]);
        assertEquals("ccomp", rels[4]);
        assertEquals(4, heads[2]);
        assertEquals("nsubj", rels[2]);
        // a verb that is not one of saying is left alone: "Kim and Putin held talks ..."
        String[] w2 = {"Kim", "held", "talks", "would", "help"};
        int[] h2 = {1, 4, 1, 4, -1};
        String[] r2 = {"nsubj", "csubj", "obj", "aux", "root"};
        assertEquals(0, DepRepair.repair(w2, tags, h2, r2));
    }

    @Test
    void aReportedClausesSubjectReadAsTheReportsObjectIsTheClausesSubject() {
        // but said cooperation would continue: "cooperation" read as the object of "said"
        String[] words = {"Petro", "said", "cooperation", "would", "continue"};
        String[] tags = {"NNP", "VBD", "NN", "MD", "VB"};
        int[] heads = {1, -1, 1, 4, 1};
        String[] rels = {"nsubj", "root", "obj", "aux", "dep"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(4, heads[2]);
        assertEquals("nsubj", rels[2]);
        assertEquals("ccomp", rels[4]);
        // a clause with a subject of its own keeps it: "said the plan, which he would defend"
        String[] w2 = {"Petro", "said", "cooperation", "he", "would", "continue"};
        String[] t2 = {"NNP", "VBD", "NN", "PRP", "MD", "VB"};
        int[] h2 = {1, -1, 1, 5, 5, 1};
        String[] r2 = {"nsubj", "root", "obj", "nsubj", "aux", "dep"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
    }

    @Test
    void aTrailingReportWhoseSubjectWasTheVerbsObjectTakesTheSpeakerAsSubject() {
        // "The government declared a state of emergency, the health ministry said": "state" read as the subject of
        // "said", the ministry as its apposition, and "said" as the complement of "declared"
        String[] words = {"The", "government", "declared", "a", "state", "of", "emergency", ",", "the", "ministry",
            "said", "."};
        String[] tags = {"DT", "NN", "VBD", "DT", "NN", "IN", "NN", ",", "DT", "NN", "VBD", "."};
        int[] heads = {1, 2, -1, 4, 10, 6, 4, 4, 9, 4, 2, 2};
        String[] rels = {"det", "nsubj", "root", "det", "nsubj", "case", "nmod", "punct", "det", "appos", "ccomp",
            "punct"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(-1, heads[10]);
        assertEquals(10, heads[2]);
        assertEquals("ccomp", rels[2]);
        assertEquals(2, heads[4]);
        assertEquals("obj", rels[4]);
        assertEquals(10, heads[9]);
        assertEquals("nsubj", rels[9]);
        // a subject with an apposition set off by two commas is the speaker: "China, its main backer, said it ..."
        String[] w2 = {"Others", "condemned", "it", ",", "while", "China", ",", "its", "backer", ",", "said", "."};
        String[] t2 = {"NNS", "VBD", "PRP", ",", "IN", "NNP", ",", "PRP$", "NN", ",", "VBD", "."};
        int[] h2 = {1, -1, 1, 10, 10, 10, 5, 8, 5, 5, 1, 1};
        String[] r2 = {"nsubj", "root", "obj", "punct", "mark", "nsubj", "punct", "nmod:poss", "appos", "punct",
            "advcl", "punct"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
    }

    @Test
    void aVerbAfterCommaAndThatTheParserJoinedToARelativeClauseIsAConjunctOfTheMainVerb() {
        // "Police fired at protesters who had blocked roads, and arrested 150 people"
        String[] words = {"Police", "fired", "at", "protesters", "who", "had", "blocked", "roads", ",", "and",
            "arrested", "150", "people"};
        String[] tags = {"NNS", "VBD", "IN", "NNS", "WP", "VBD", "VBN", "NNS", ",", "CC", "VBD", "CD", "NNS"};
        int[] heads = {1, -1, 3, 1, 6, 6, 3, 6, 6, 10, 6, 12, 10};
        String[] rels = {"nsubj", "root", "case", "obl", "nsubj", "aux", "acl:relcl", "obj", "punct", "cc", "conj",
            "nummod", "obj"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(1, heads[10]);
        assertEquals("conj", rels[10]);
        // without the comma the conjunct stays in the clause: "protesters who blocked roads and burned tyres"
        String[] w2 = {"Police", "fired", "at", "protesters", "who", "blocked", "roads", "and", "burned", "tyres"};
        String[] t2 = {"NNS", "VBD", "IN", "NNS", "WP", "VBD", "NNS", "CC", "VBD", "NNS"};
        int[] h2 = {1, -1, 3, 1, 5, 3, 5, 8, 5, 8};
        String[] r2 = {"nsubj", "root", "case", "obl", "nsubj", "acl:relcl", "obj", "cc", "conj", "obj"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
    }

    @Test
    void aPluralNounReadAsACompoundOfTheNameAVerbOfNamingGivesIsTheNamedParty() {
        // "Khamenei called the leaders "criminals"": "leaders" read as a compound of "criminals"
        String[] words = {"Khamenei", "called", "the", "leaders", "\"", "criminals", "\""};
        String[] tags = {"NNP", "VBD", "DT", "NNS", "''", "NNS", "''"};
        int[] heads = {1, -1, 5, 5, 5, 1, 1};
        String[] rels = {"nsubj", "root", "det", "compound", "punct", "obj", "punct"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(1, heads[3]);
        assertEquals("iobj", rels[3]);
        assertEquals(3, heads[2]);
        // a plural that modifies as a compound stays one: "called the sports officials"
        String[] w2 = {"He", "called", "the", "sports", "officials"};
        String[] t2 = {"PRP", "VBD", "DT", "NNS", "NNS"};
        int[] h2 = {1, -1, 4, 4, 1};
        String[] r2 = {"nsubj", "root", "det", "compound", "obj"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
        // and a singular head is no name: "called the arms embargo"
        String[] w3 = {"He", "called", "the", "arms", "embargo"};
        String[] t3 = {"PRP", "VBD", "DT", "NNS", "NN"};
        int[] h3 = {1, -1, 4, 4, 1};
        String[] r3 = {"nsubj", "root", "det", "compound", "obj"};
        assertEquals(0, DepRepair.repair(w3, t3, h3, r3));
    }

    @Test
    void aChargeDeniedAtTheEndReadAsTheDenialsObjectIsAnAppositionWithARelativeClause() {
        // "The rebels accused the troops, a charge the army denied.": "charge" read as the object of "denied",
        // the clause hung on "troops"
        String[] words = {"The", "rebels", "accused", "the", "troops", ",", "a", "charge", "the", "army", "denied", "."};
        String[] tags = {"DT", "NNS", "VBD", "DT", "NNS", ",", "DT", "NN", "DT", "NN", "VBD", "."};
        int[] heads = {1, 2, -1, 4, 2, 4, 7, 10, 9, 10, 4, 2};
        String[] rels = {"det", "nsubj", "root", "det", "obj", "punct", "det", "obj", "det", "nsubj", "acl:relcl", "punct"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals(2, heads[7]);
        assertEquals("appos", rels[7]);
        assertEquals(7, heads[10]);
        assertEquals("acl:relcl", rels[10]);
        assertEquals(10, heads[9]);
        assertEquals("nsubj", rels[9]);
        // "a charge Asmara has denied", with "charge" the subject and "Asmara" its apposition
        String[] w2 = {"He", "accused", "Eritrea", ",", "a", "charge", "Asmara", "has", "denied", "."};
        String[] t2 = {"PRP", "VBD", "NNP", ",", "DT", "NN", "NNP", "VBZ", "VBN", "."};
        int[] h2 = {1, -1, 1, 2, 5, 8, 5, 8, 2, 1};
        String[] r2 = {"nsubj", "root", "obj", "punct", "det", "nsubj", "appos", "aux", "dep", "punct"};
        assertEquals(1, DepRepair.repair(w2, t2, h2, r2));
        assertEquals(8, h2[6]);
        assertEquals("nsubj", r2[6]);
        assertEquals(5, h2[8]);
        assertEquals(8, h2[7]);
        // before a participle: "He accused India, a charge Delhi denied, blaming others."
        String[] w5 = {"He", "accused", "India", ",", "a", "charge", "Delhi", "denied", ",", "blaming", "others", "."};
        String[] t5 = {"PRP", "VBD", "NNP", ",", "DT", "NN", "NNP", "VBD", ",", "VBG", "NNS", "."};
        int[] h5 = {1, -1, 1, 2, 5, 7, 7, 2, 9, 7, 9, 1};
        String[] r5 = {"nsubj", "root", "obj", "punct", "det", "obj", "dep", "dep", "punct", "dep", "obj", "punct"};
        assertEquals(1, DepRepair.repair(w5, t5, h5, r5));
        assertEquals(1, h5[5]);
        assertEquals("appos", r5[5]);
        assertEquals(5, h5[7]);
        assertEquals(7, h5[6]);
        assertEquals("nsubj", r5[6]);
        assertEquals(7, h5[9]);
        assertEquals("advcl", r5[9]);
        assertEquals(9, h5[10]);
        // already parsed as the relative clause it is: "..., a claim Moscow rejected"
        String[] w3 = {"Turkey", "said", "it", "would", "help", ",", "a", "claim", "Moscow", "rejected", "."};
        String[] t3 = {"NNP", "VBD", "PRP", "MD", "VB", ",", "DT", "NN", "NNP", "VBD", "."};
        int[] h3 = {1, -1, 4, 4, 1, 1, 7, 1, 9, 7, 1};
        String[] r3 = {"nsubj", "root", "nsubj", "aux", "ccomp", "punct", "det", "appos", "nsubj", "acl:relcl", "punct"};
        assertEquals(0, DepRepair.repair(w3, t3, h3, r3));
        // a noun that is no charge keeps its parse: "..., a move lawyers rejected"
        String[] w4 = {"Police", "dropped", "the", "case", ",", "a", "move", "lawyers", "rejected", "."};
        String[] t4 = {"NNS", "VBD", "DT", "NN", ",", "DT", "NN", "NNS", "VBD", "."};
        int[] h4 = {1, -1, 3, 1, 1, 6, 1, 8, 6, 1};
        String[] r4 = {"nsubj", "root", "det", "obj", "punct", "det", "appos", "nsubj", "acl:relcl", "punct"};
        assertEquals(0, DepRepair.repair(w4, t4, h4, r4));
    }

    @Test
    void aClauseAfterTheListenerOfAVerbOfTellingReadAsParataxisIsWhatWasTold() {
        // "Kiir told the ceremony he would release all prisoners."
        String[] words = {"Kiir", "told", "the", "ceremony", "he", "would", "release", "all", "prisoners", "."};
        String[] tags = {"NNP", "VBD", "DT", "NN", "PRP", "MD", "VB", "DT", "NNS", "."};
        int[] heads = {1, -1, 3, 1, 6, 6, 1, 8, 6, 1};
        String[] rels = {"nsubj", "root", "det", "obj", "nsubj", "aux", "parataxis", "det", "obj", "punct"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals("ccomp", rels[6]);
        assertEquals(1, heads[6]);
        // after a colon the clause stands on its own: "He told them: we will fight."
        String[] w2 = {"He", "told", "them", ":", "we", "will", "fight", "."};
        String[] t2 = {"PRP", "VBD", "PRP", ":", "PRP", "MD", "VB", "."};
        int[] h2 = {1, -1, 1, 1, 6, 6, 1, 1};
        String[] r2 = {"nsubj", "root", "obj", "punct", "nsubj", "aux", "parataxis", "punct"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
        assertEquals("parataxis", r2[6]);
    }

    @Test
    void aParticipleOnTheObjectOfAnOrderReadAsARelativeIsWhatIsToBeDone() {
        // "A court ordered the leader arrested on Sunday."
        String[] words = {"A", "court", "ordered", "the", "leader", "arrested", "on", "Sunday", "."};
        String[] tags = {"DT", "NN", "VBD", "DT", "NN", "VBN", "IN", "NNP", "."};
        int[] heads = {1, 2, -1, 4, 2, 4, 7, 5, 2};
        String[] rels = {"det", "nsubj", "root", "det", "obj", "acl", "case", "obl", "punct"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals("xcomp", rels[5]);
        assertEquals(2, heads[5]);
        assertEquals("nsubj", rels[4]);
        assertEquals(5, heads[4]);
        // a participle with a verb of its own after it describes the object: "ordered the men held in Goma freed"
        String[] w2 = {"It", "ordered", "the", "men", "held", "in", "Goma", "freed", "."};
        String[] t2 = {"PRP", "VBD", "DT", "NNS", "VBN", "IN", "NNP", "VBD", "."};
        int[] h2 = {1, -1, 3, 1, 3, 6, 4, 4, 1};
        String[] r2 = {"nsubj", "root", "det", "obj", "acl", "case", "obl", "advmod", "punct"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
        assertEquals("acl", r2[4]);
    }

    @Test
    void twoPartiesConjoinedInsideACompoundAreTwoNounPhrasesWhenTheFirstHasAPossessor() {
        // "Colombia's government and FARC rebels signed a deal."
        String[] words = {"Colombia", "'s", "government", "and", "FARC", "rebels", "signed", "a", "deal", "."};
        String[] tags = {"NNP", "POS", "NN", "CC", "NN", "NNS", "VBD", "DT", "NN", "."};
        int[] heads = {2, 0, 5, 4, 2, 6, -1, 8, 6, 6};
        String[] rels = {"nmod:poss", "case", "compound", "cc", "conj", "nsubj", "root", "det", "obj", "punct"};
        assertEquals(1, DepRepair.repair(words, tags, heads, rels));
        assertEquals("nsubj", rels[2]);
        assertEquals(6, heads[2]);
        assertEquals("conj", rels[5]);
        assertEquals(2, heads[5]);
        assertEquals("compound", rels[4]);
        assertEquals(5, heads[4]);
        assertEquals(5, heads[3]);
        // without a possessor the coordination modifies the head: "oil and gas companies"
        String[] w2 = {"oil", "and", "gas", "companies", "protested", "."};
        String[] t2 = {"NN", "CC", "NN", "NNS", "VBD", "."};
        int[] h2 = {3, 2, 0, 4, -1, 4};
        String[] r2 = {"compound", "cc", "conj", "nsubj", "root", "punct"};
        assertEquals(0, DepRepair.repair(w2, t2, h2, r2));
    }
}
