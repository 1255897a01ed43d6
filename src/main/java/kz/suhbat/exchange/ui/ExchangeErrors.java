package kz.suhbat.exchange.ui;

import kz.suhbat.common.i18n.I18n;
import kz.suhbat.exchange.ExchangeRefusal;
import kz.suhbat.exchange.SigningKeyRefusal;

/** The sentence a user reads for a package or key refused. */
public final class ExchangeErrors {

    private ExchangeErrors() {
    }

    public static String text(ExchangeRefusal refusal, I18n i18n) {
        return i18n.format(refusal.messageKey(), refusal.args());
    }

    public static String text(SigningKeyRefusal refusal, I18n i18n) {
        return i18n.format(refusal.messageKey(), refusal.args());
    }
}
