package kz.suhbat.campaign;

/** A campaign, candidate or panel operation refused; shown as {@code campaign.error.<REASON>}. */
public final class CampaignException extends RuntimeException implements kz.suhbat.common.Refusal {

    public enum Reason {
        TITLE_MISSING, POSTS_MISSING, DATES_INVALID, PROFILE_MISSING, QUORUM_INVALID, NOT_FOUND, CLOSED,
        NAME_MISSING, IIN_INVALID, IIN_TAKEN, MEMBER_NAME_MISSING, ONE_CHAIR, ONE_SECRETARY, REASON_MISSING,
        QUORUM_NOT_MET, SITTING_NOT_PLANNED, OBSERVER_LATE, SLOT_TAKEN, DIVERGENCE_INVALID
    }

    private final Reason reason;
    private final transient Object[] args;

    public CampaignException(Reason reason, Object... args) {
        super(reason.name());
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** The values that fill the message (counts for a quorum refusal, for example). */
    public Object[] args() {
        return args.clone();
    }
}
