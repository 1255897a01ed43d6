package kz.suhbat.training.rehearsal;

import java.time.LocalDate;
import java.util.List;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;

/** The end of a rehearsal: the framework and scope practised, the day, and per competency what it reached. */
public record RehearsalSummary(LocalizedText framework, LocalizedText scope, Language language, LocalDate date,
                               List<CompetencyResult> competencies) {

    public RehearsalSummary {
        competencies = List.copyOf(competencies);
    }
}
