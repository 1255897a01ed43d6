package kz.suhbat.interview;

import java.time.Instant;
import java.util.Comparator;
import kz.suhbat.panel.PanelRole;

/**
 * A voting member who scores a candidate (present and not recused when the interview started), when
 * their score sheet was submitted, if it was, when the member countersigned the secretary's
 * transcription of their paper sheet, if they did, and whether they are the panel's deputy chair.
 */
public record Rater(long memberId, String fullName, PanelRole role, Long accountId, Instant submittedAt,
                    Instant countersignedAt, boolean deputy) {

    public boolean submitted() {
        return submittedAt != null;
    }

    /** Whether the member confirmed the transcription of their paper sheet with their own password. */
    public boolean countersigned() {
        return countersignedAt != null;
    }

    /** The surname: the first word of the name as lists give it (a column heading of the scores). */
    public String surname() {
        return fullName.split("\\s+")[0];
    }

    /** The chair first, then the members by name in the order {@code names} gives. */
    public static Comparator<Rater> panelOrder(Comparator<String> names) {
        return Comparator.comparing(Rater::chair).reversed().thenComparing(Rater::fullName, names);
    }

    public boolean chair() {
        return role == PanelRole.CHAIR;
    }
}
