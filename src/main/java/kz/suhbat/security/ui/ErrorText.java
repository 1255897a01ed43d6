package kz.suhbat.security.ui;

import kz.suhbat.common.i18n.I18n;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.AccountException;
import kz.suhbat.security.NotOnPanelException;

/** The translated message of a failure in an account, office or backup operation. */
public final class ErrorText {

    private ErrorText() {
    }

    public static String of(Throwable failure, I18n i18n) {
        if (failure instanceof AccountException refused) {
            return i18n.get("account.error." + refused.reason().name());
        }
        if (failure instanceof AccessDeniedException) {
            return i18n.get("access.denied");
        }
        if (failure instanceof NotOnPanelException) {
            return i18n.get("access.notOnPanel");
        }
        return i18n.format("error.unexpected", String.valueOf(failure.getMessage()));
    }
}
