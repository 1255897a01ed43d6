package kz.suhbat.security;

import kz.suhbat.common.Refusal;

/**
 * A panel member or observer asked for a campaign whose panel they do not sit on. Shown as
 * {@code access.notOnPanel}.
 */
public final class NotOnPanelException extends RuntimeException implements Refusal {

    public NotOnPanelException(Account account, long campaignId) {
        super(account.login() + " (" + account.role() + ") does not sit on the panel of campaign " + campaignId);
    }
}
