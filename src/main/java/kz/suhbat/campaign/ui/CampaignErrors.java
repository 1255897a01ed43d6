package kz.suhbat.campaign.ui;

import kz.suhbat.campaign.CampaignException;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.security.ui.ErrorText;

/** The translated message of a refused campaign, candidate or panel operation. */
public final class CampaignErrors {

    private CampaignErrors() {
    }

    public static String text(Throwable failure, I18n i18n) {
        if (failure instanceof CampaignException refused) {
            Object[] args = refused.args();
            if (refused.reason() == CampaignException.Reason.IIN_INVALID && args.length == 1) {
                args = new Object[] {i18n.get("iin.problem." + args[0])};
            }
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof LocalizedText name) {
                    args[i] = name.inOrElse(i18n.language());
                }
            }
            return i18n.format("campaign.error." + refused.reason().name(), args);
        }
        return ErrorText.of(failure, i18n);
    }
}
