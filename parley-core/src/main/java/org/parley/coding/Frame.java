package org.parley.coding;

import org.parley.model.Modality;

/**
 * What governs an act: its modality and negation, a governing cue that turns it into another event
 * (a demand, a refusal, a threat), and who reports it.
 *
 * @param modality   realisation status of the governed act
 * @param negated    the text negates the act
 * @param effect     REQUESTED, REFUSED or THREAT when a cue turns the act into that event, else null
 * @param cueToken   the cue word's index for {@code effect}, else -1
 * @param speech     the reporting verb ("said") or "according to" head, else -1
 * @param speaker    head of the speaker phrase, else -1
 * @param via        head of the outlet or listener phrase ("told a newspaper"), else -1
 * @param cue        the reporting cue as written, or null
 * @param hedged     a hedge ("reportedly", "allegedly") weakens the claim
 * @param path       the words walked, for explanations
 */
public record Frame(Modality modality, boolean negated, Cue.Effect effect, int cueToken, int speech, int speaker,
                    int via, String cue, boolean hedged, String path) {
}
