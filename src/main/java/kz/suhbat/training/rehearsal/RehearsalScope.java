package kz.suhbat.training.rehearsal;

import java.util.List;
import java.util.Optional;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.ProfileCompetency;

/** What a rehearsal practises: the competencies of a position profile, or a single competency. */
public sealed interface RehearsalScope {

    /** The competencies practised, in the order they are asked, each with at least one question. */
    List<Competency> competencies();

    /** What the scope is called: the profile's or the competency's name. */
    LocalizedText name();

    /** The number of questions there are to practise. */
    default int availableQuestions() {
        return competencies().stream().mapToInt(c -> c.questions().size()).sum();
    }

    /** The competencies of {@code profile} in the profile's order, as {@code framework} defines them. */
    static RehearsalScope profile(Framework framework, PositionProfile profile) {
        List<Competency> competencies = profile.competencies().stream().map(ProfileCompetency::competencyCode)
                .map(framework::competency).flatMap(Optional::stream)
                .filter(competency -> !competency.questions().isEmpty()).toList();
        return new Profile(profile, competencies);
    }

    static RehearsalScope competency(Competency competency) {
        return new Single(competency);
    }

    /** The competencies of a position profile that have questions. */
    record Profile(PositionProfile profile, List<Competency> competencies) implements RehearsalScope {

        public Profile {
            competencies = List.copyOf(competencies);
        }

        @Override
        public LocalizedText name() {
            return profile.name();
        }
    }

    /** One competency. */
    record Single(Competency competency) implements RehearsalScope {

        @Override
        public LocalizedText name() {
            return competency.name();
        }

        @Override
        public List<Competency> competencies() {
            return competency.questions().isEmpty() ? List.of() : List.of(competency);
        }
    }
}
