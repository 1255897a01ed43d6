package kz.suhbat.training;

import kz.suhbat.common.i18n.LocalizedText;

/** A training course: a campaign of type TRAINING, its framework, and its rule for the calibrated status. */
public record Course(long campaignId, LocalizedText title, long frameworkId, CalibrationRule rule) {
}
