package kz.suhbat.panel;

import java.time.LocalDate;

/** A day on which the panel sits, in a room, with its time slots. */
public record Sitting(long id, long campaignId, LocalDate date, String room, SittingStatus status) {
}
