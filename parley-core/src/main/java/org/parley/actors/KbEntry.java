package org.parley.actors;

/** What a name in the actor knowledge base stands for. */
public sealed interface KbEntry {
    /** A country's name ("Afghanistan", "U.S."). */
    record CountryName(String iso3) implements KbEntry { }

    /** A country adjective or demonym ("Afghan", "Emiratis"). */
    record CountryAdjective(String iso3) implements KbEntry { }

    /** A capital or seat of government standing for the government ("Kabul"). */
    record Capital(String iso3) implements KbEntry { }

    /** An organisation, armed group, party, institution or outlet. */
    record Organization(String id, String name, String country, String sector, String kind) implements KbEntry { }

    /** A person known through one or more tenures. */
    record Person(String id, String name) implements KbEntry { }

    /** A sector noun ("troops", "security forces"). */
    record SectorNoun(String sector) implements KbEntry { }

    /** An office title ("foreign minister", "secretary of state"). */
    record Office(String key, String sector) implements KbEntry { }
}
