package kz.suhbat.panel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What a panel member's own start page reads from storage. */
public interface MySittingsRepository {

    /** A sitting on or after a date of a campaign on whose panel the account sits, as that panel member. */
    record Seat(long sittingId, long memberId) {
    }

    /** How far a candidate's interview has come. */
    enum Stage { NOT_STARTED, ABSENT, UNDER_WAY, DECIDED }

    /**
     * A candidate of a sitting as it stands for one member: the slot's time, the interview's stage,
     * whether the member is among its raters and has submitted.
     */
    record SlotState(long candidateId, LocalTime startsAt, Stage stage, boolean rater, boolean submitted) {
    }

    /** The sittings from {@code from} on of every panel with a member linked to {@code accountId}. */
    List<Seat> seats(long accountId, LocalDate from);

    /** The sitting's candidates in time order, as they stand for {@code memberId}. */
    List<SlotState> slots(long sittingId, long memberId);
}
