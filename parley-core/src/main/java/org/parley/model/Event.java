package org.parley.model;

import java.util.List;

/**
 * One coded event, as written by {@code parley code}. Field names follow the output contract in
 * DESIGN.md.
 *
 * @param id          stable hash of article id, evidence span and type
 * @param articleId   the article it came from
 * @param sentence    0-based sentence index in the article
 * @param evidence    the sentence text
 * @param date        ISO date of the event, or null when no date is known
 * @param datePrecision {@code day}, {@code week}, {@code month} or {@code year}; null with no date
 * @param type        PLOVER type
 * @param mode        PLOVER mode, or null
 * @param context     context tags, sorted
 * @param cameoRoot   two-digit CAMEO root
 * @param quadClass   1–4 (PLOVER grouping of the type)
 * @param goldstein   Goldstein-style score of the CAMEO root
 * @param modality    realisation status
 * @param negated     true when the text negates the act
 * @param source      who acts
 * @param target      who is acted on, or null
 * @param location    where, or null
 * @param attribution who says so, or null
 * @param quantities  stated magnitudes
 * @param confidence  0–1
 * @param rule        what fired, for explanation
 */
public record Event(String id, String articleId, int sentence, String evidence, String date,
                    String datePrecision, EventType type,
                    String mode, List<String> context, String cameoRoot, int quadClass, double goldstein,
                    Modality modality, boolean negated, Actor source, Actor target, Location location,
                    Attribution attribution, Quantities quantities, double confidence, String rule) {
    public Event {
        context = List.copyOf(context);
        quantities = quantities == null ? Quantities.NONE : quantities;
    }
}
