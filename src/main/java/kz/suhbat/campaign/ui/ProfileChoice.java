package kz.suhbat.campaign.ui;

import kz.suhbat.common.i18n.LocalizedText;

/** A position profile a campaign can use: a profile of one framework version. */
public record ProfileChoice(long frameworkId, String frameworkCode, int version, String profileCode,
                            LocalizedText profileName) {
}
