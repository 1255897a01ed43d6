package kz.suhbat.interview;

import kz.suhbat.scoring.Score;

/**
 * Whose hand a revealed score sheet is in: the member typed it in themselves, or the secretary
 * transcribed the member's signed paper sheet, which the member then confirmed with their password or
 * did not (a member without an account cannot). Each has a translated mark {@code sheet.origin.<NAME>},
 * shown at the reveal and printed in the protocol; an unconfirmed transcription still counts.
 */
public enum SheetOrigin {
    MEMBER,
    TRANSCRIBED_CONFIRMED,
    TRANSCRIBED_UNCONFIRMED;

    /** The origin of {@code rater}'s sheet, whose current scores are {@code scores}. */
    static SheetOrigin of(Rater rater, java.util.List<Score> scores) {
        boolean transcribed = scores.stream().anyMatch(s -> s.memberId() == rater.memberId() && s.transcribed());
        if (!transcribed) {
            return MEMBER;
        }
        return rater.countersigned() ? TRANSCRIBED_CONFIRMED : TRANSCRIBED_UNCONFIRMED;
    }

    public boolean transcribed() {
        return this != MEMBER;
    }
}
