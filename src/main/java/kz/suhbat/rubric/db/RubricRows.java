package kz.suhbat.rubric.db;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.rubric.QuestionKind;

/** Rows as they come out of the rubric tables, before they are assembled into a framework. */
final class RubricRows {

    private RubricRows() {
    }

    record FrameworkRow(long id, String code, int version, FrameworkStatus status, LocalizedText name,
                        LocalizedText description) {
    }

    record CompetencyRow(long id, String code, LocalizedText name, LocalizedText definition,
                         Set<PostGroup> postGroups, Set<Corps> corps) {
    }

    record IndicatorRow(long competencyId, Indicator indicator) {
    }

    record QuestionRow(long id, long competencyId, QuestionKind kind, int suggestedMinutes, LocalizedText text,
                       List<Integer> revealsLevels) {
    }

    record ProbeRow(long questionId, LocalizedText text) {
    }

    record ProfileRow(long id, String code, LocalizedText name, PostGroup postGroup, Corps corps,
                      BigDecimal passThreshold) {
    }

    record WeightRow(long profileId, String competencyCode, BigDecimal weight) {
    }
}
