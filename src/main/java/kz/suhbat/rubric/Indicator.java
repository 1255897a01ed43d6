package kz.suhbat.rubric;

import kz.suhbat.common.i18n.LocalizedText;

/** A behavioural indicator of one level of a competency. */
public record Indicator(int level, Polarity polarity, LocalizedText text) {
}
