package kz.suhbat.interview;

import java.util.List;

/**
 * What still stands between an interview and its finalisation: sheets not submitted, the quorum lost,
 * neither the chair nor the deputy chair taking part (no one can confirm agreed levels or break a tie),
 * divergences not discussed, votes missing, or no majority. {@code names} are the members or the
 * competency codes concerned; {@code counts} the numbers a quorum gap is stated with.
 */
public record Gap(Kind kind, List<String> names, List<Integer> counts) {

    public enum Kind { SHEETS_NOT_SUBMITTED, NO_QUORUM, NO_PRESIDING, NOT_DISCUSSED, VOTES_MISSING, NO_MAJORITY }

    public Gap {
        names = List.copyOf(names);
        counts = List.copyOf(counts);
    }

    static Gap of(Kind kind, List<String> names) {
        return new Gap(kind, names, List.of());
    }
}
