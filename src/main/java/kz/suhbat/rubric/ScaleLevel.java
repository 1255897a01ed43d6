package kz.suhbat.rubric;

import kz.suhbat.common.i18n.LocalizedText;

/** One level of a rating scale: its number, a short label and what a rater sees at that level. */
public record ScaleLevel(int level, LocalizedText label, LocalizedText descriptor) {
}
