package kz.suhbat.panel;

/**
 * A member's declaration about one candidate: no conflict of interest, or a conflict with its reason.
 * A member with a conflict is recused from that candidate's scoring.
 */
public record ConflictDeclaration(long memberId, long candidateId, boolean conflict, String reason) {

    public ConflictDeclaration {
        reason = reason == null ? "" : reason.strip();
    }
}
