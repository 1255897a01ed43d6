package kz.suhbat.interview;

import java.time.Instant;

/**
 * A note on one question of a competency: a member's own ({@code memberId} set) or the panel's, written
 * by the secretary ({@code memberId} null). Notes are evidence and are kept with the scores.
 */
public record Note(long interviewId, Long memberId, String competencyCode, int questionIndex, String text,
                   long writtenBy, Instant writtenAt) {

    public Note {
        text = text == null ? "" : text.strip();
    }

    public boolean panelNote() {
        return memberId == null;
    }
}
