package kz.suhbat.campaign;

import kz.suhbat.common.ReasonedRefusal;

/** A campaign, candidate or panel operation refused; shown as {@code campaign.error.<REASON>}. */
public final class CampaignException extends ReasonedRefusal {

    public enum Reason {
        TITLE_MISSING, POSTS_MISSING, DATES_INVALID, PROFILE_MISSING, QUORUM_INVALID, NOT_FOUND, CLOSED,
        NAME_MISSING, IIN_INVALID, IIN_TAKEN, MEMBER_NAME_MISSING, ONE_CHAIR, ONE_SECRETARY, REASON_MISSING,
        QUORUM_NOT_MET, SITTING_NOT_PLANNED, SITTING_NOT_OPEN, OBSERVER_LATE, SLOT_TAKEN, DIVERGENCE_INVALID,
        POST_DUPLICATE, POST_PROFILE_MISSING, POST_IN_USE, POST_MISSING, POST_PROFILE_IN_USE,
        POST_VERSIONS_DIFFER, ONE_DEPUTY, DEPUTY_NOT_MEMBER,
        /** Longer than the central office keeps: {0} the longest length. */
        TITLE_TOO_LONG,
        /** {0} the post's name, {1} the longest length */
        POST_TOO_LONG,
        /** {0} the longest length */
        NAME_TOO_LONG,
        /** {0} the longest length */
        ORGANISATION_TOO_LONG,
        /** {0} the longest length */
        MEMBER_NAME_TOO_LONG,
        /** {0} the longest length of the posts' names together */
        POSTS_TOO_LONG,
        /** A campaign stays a training course, or stays real, once it is stored. */
        TRAINING_TYPE_FIXED
    }

    public CampaignException(Reason reason, Object... args) {
        super(reason, args);
    }

    public Reason reason() {
        return (Reason) reasonCode();
    }
}
