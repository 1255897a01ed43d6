package kz.suhbat.rubric;

import java.util.List;
import java.util.Optional;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;

/** A competency framework in one version: scale, competencies and position profiles. */
public record Framework(String code, int version, FrameworkStatus status, LocalizedText name,
                        LocalizedText description, RatingScale scale, List<Competency> competencies,
                        List<PositionProfile> profiles) {

    public Framework {
        competencies = List.copyOf(competencies);
        profiles = List.copyOf(profiles);
    }

    public Optional<Competency> competency(String competencyCode) {
        return competencies.stream().filter(c -> c.code().equals(competencyCode)).findFirst();
    }

    /** How many texts of the framework have no translation in {@code language}. */
    public long missingTranslations(Language language) {
        return TextInventory.of(this).stream().filter(text -> text.isMissingIn(language)).count();
    }
}
