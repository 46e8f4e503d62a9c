package org.parley.model;

import java.util.List;

/**
 * A resolved actor mention.
 *
 * @param text    the span as written in the sentence
 * @param name    canonical name from the knowledge base, or null when only a country/sector is known
 * @param id      stable knowledge-base id (e.g. {@code PER:ashraf_ghani}, {@code ORG:taliban}), or null
 * @param country ISO 3166 alpha-3 code, or null (international organisations, unknown)
 * @param sector  sector code ({@code GOV}, {@code MIL}, {@code REB}, …), or null
 * @param members the resolved members of a compound actor ("Saudi, Pakistani and Emirati officials");
 *                empty for a simple actor
 */
public record Actor(String text, String name, String id, String country, String sector, List<Actor> members) {
    public Actor {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public static Actor simple(String text, String name, String id, String country, String sector) {
        return new Actor(text, name, id, country, sector, List.of());
    }

    public boolean isCompound() {
        return !members.isEmpty();
    }

    /**
     * True when the knowledge base resolved anything beyond the raw text; a compound when it resolved one of its
     * members ("heavy rains and an ageing crop" is no party).
     */
    public boolean isResolved() {
        if (id != null || country != null || sector != null) {
            return true;
        }
        for (Actor m : members) {
            if (m.isResolved()) {
                return true;
            }
        }
        return false;
    }

    /** Every simple actor this actor stands for: itself, or its members. */
    public List<Actor> flatten() {
        return members.isEmpty() ? List.of(this) : members;
    }
}
