package kz.suhbat.rubric;

import kz.suhbat.common.i18n.LocalizedText;

/** A framework as listed: enough to choose one without loading it. */
public record FrameworkSummary(long id, String code, int version, FrameworkStatus status, LocalizedText name,
                               int competencyCount) {
}
