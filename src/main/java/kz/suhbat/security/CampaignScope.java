package kz.suhbat.security;

import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Which campaigns an account reaches: a panel member or an observer only the campaigns whose panel they
 * sit on; a trainer every training course and nothing else; a trainee the training courses they are on or
 * sit on the mock panel of; the secretary, the administrator and the analyst everything their office
 * holds. The services that read or change a campaign, its candidates, panel, interviews, results or
 * protocol check it, after the role check of {@link Access}.
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

    /**
     * Refuses the signed-in account a campaign outside its scope: for services that find the campaign
     * after the role check, from an interview, a sitting or a sheet. Nothing is checked when no one is
     * signed in (the services' role checks have refused by then).
     */
    public void checkSignedIn(long campaignId) {
        access.current().ifPresent(account -> check(account, campaignId));
    }

    /** The campaigns {@code account} reads, to filter a list with. */
    public LongPredicate readable(Account account) {
        return switch (account.role()) {
            case MEMBER, OBSERVER -> seats.campaignsOf(account.id())::contains;
            case TRAINER -> seats.trainingCampaigns()::contains;
            case TRAINEE -> trainee(account.id());
            case ADMINISTRATOR, SECRETARY, ANALYST -> campaignId -> true;
        };
    }

    /** Whether {@code role} works with training courses only. */
    public static boolean trainingOnly(Role role) {
        return role == Role.TRAINER || role == Role.TRAINEE;
    }

    private LongPredicate trainee(long accountId) {
        Set<Long> training = seats.trainingCampaigns();
        Set<Long> own = new java.util.HashSet<>(seats.campaignsOf(accountId));
        own.addAll(seats.coursesOf(accountId));
        own.retainAll(training);
        return own::contains;
    }
}
