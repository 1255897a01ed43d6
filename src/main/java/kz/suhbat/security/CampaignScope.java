package kz.suhbat.security;

import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Which campaigns an account reads: a panel member or an observer only the campaigns whose panel they
 * sit on; the secretary, the administrator and the analyst everything their office holds. The services
 * that read a campaign, its candidates, panel, interviews, results or protocol check it before they
 * read, after the role check of {@link Access}.
 */
public final class CampaignScope {

    private final Access access;
    private final PanelSeats seats;

    public CampaignScope(Access access, PanelSeats seats) {
        this.access = access;
        this.seats = seats;
    }

    /**
     * The signed-in account, when it may perform {@code operation} on the campaign; an
     * {@link AccessDeniedException} for a role that may not, a {@link NotOnPanelException} for a member
     * or observer who does not sit on the campaign's panel.
     */
    public Account require(Operation operation, long campaignId) {
        Account account = access.require(operation);
        check(account, campaignId);
        return account;
    }

    /** Refuses {@code account}, already allowed its operation, a campaign it does not read. */
    public void check(Account account, long campaignId) {
        if (!readable(account).test(campaignId)) {
            throw new NotOnPanelException(account, campaignId);
        }
    }

    /** The campaigns {@code account} reads, to filter a list with. */
    public LongPredicate readable(Account account) {
        if (!seated(account.role())) {
            return campaignId -> true;
        }
        Set<Long> own = seats.campaignsOf(account.id());
        return own::contains;
    }

    /** Roles that read only the campaigns whose panel they sit on. */
    private static boolean seated(Role role) {
        return role == Role.MEMBER || role == Role.OBSERVER;
    }
}
