package kz.suhbat.interview;

import java.util.List;
import java.util.UUID;
import kz.suhbat.security.Account;

/**
 * An unlocked score sheet: one member's sheet of one interview, opened either with the member's own
 * password or by the secretary to transcribe the member's signed paper sheet. Only the scoring service
 * makes keys, and it accepts only keys it made and has not closed, in the session that opened them.
 */
public final class SheetKey {

    private final long interviewId;
    private final long memberId;
    private final String memberName;
    private final boolean transcription;
    private final long openedBy;
    private final Account author;
    private final List<String> competencyCodes;
    private final int lowest;
    private final int highest;
    private final String token = UUID.randomUUID().toString();

    SheetKey(long interviewId, long memberId, String memberName, boolean transcription, long openedBy,
             Account author, List<String> competencyCodes, int lowest, int highest) {
        this.interviewId = interviewId;
        this.memberId = memberId;
        this.memberName = memberName;
        this.transcription = transcription;
        this.openedBy = openedBy;
        this.author = author;
        this.competencyCodes = List.copyOf(competencyCodes);
        this.lowest = lowest;
        this.highest = highest;
    }

    public long interviewId() {
        return interviewId;
    }

    public long memberId() {
        return memberId;
    }

    public String memberName() {
        return memberName;
    }

    /** Whether the secretary is typing in the member's paper sheet. */
    public boolean transcription() {
        return transcription;
    }

    /** The profile's competencies, in order, that the sheet scores. */
    public List<String> competencyCodes() {
        return competencyCodes;
    }

    /** The lowest level of the scale. */
    public int lowest() {
        return lowest;
    }

    /** The highest level of the scale. */
    public int highest() {
        return highest;
    }

    long openedBy() {
        return openedBy;
    }

    /**
     * Whom the entries made with this key are attributed to: the member who unlocked their own sheet
     * with their password (even while the secretary is signed in), or the secretary who transcribes.
     */
    Account author() {
        return author;
    }

    String token() {
        return token;
    }
}
