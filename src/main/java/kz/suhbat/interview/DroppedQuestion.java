package kz.suhbat.interview;

import java.time.Instant;

/** A question of the profile dropped for every candidate of a campaign, with the reason written down. */
public record DroppedQuestion(long campaignId, String competencyCode, int questionIndex, String reason,
                              long droppedBy, Instant droppedAt) {
}
