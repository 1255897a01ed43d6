package kz.suhbat.rubric;

import kz.suhbat.common.i18n.LocalizedText;

/**
 * A framework version as listed: enough to choose one without loading it. {@code used} means an
 * interview has used this version, so it is frozen: editing makes a new version.
 */
public record FrameworkSummary(long id, String code, int version, FrameworkStatus status, LocalizedText name,
                               int competencyCount, boolean used) {
}
