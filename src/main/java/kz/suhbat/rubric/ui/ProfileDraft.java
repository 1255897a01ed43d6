package kz.suhbat.rubric.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.rubric.ProfileCompetency;

/** A position profile while it is edited: numbers are kept as typed until they are valid. */
final class ProfileDraft {

    final StringProperty code = new SimpleStringProperty("");
    final ObjectProperty<LocalizedText> name = new SimpleObjectProperty<>(TextDrafts.EMPTY);
    final ObjectProperty<PostGroup> postGroup = new SimpleObjectProperty<>(PostGroup.EXECUTIVE);
    final ObjectProperty<Corps> corps = new SimpleObjectProperty<>(Corps.B);
    final StringProperty threshold = new SimpleStringProperty("3");
    final ObservableList<Weight> weights = FXCollections.observableArrayList();

    /** One competency of the framework: chosen or not, and its weight as typed. */
    static final class Weight {
        final String competencyCode;
        final BooleanProperty chosen = new SimpleBooleanProperty();
        final StringProperty percent = new SimpleStringProperty("");

        Weight(String competencyCode) {
            this.competencyCode = competencyCode;
        }
    }

    static ProfileDraft of(PositionProfile profile) {
        ProfileDraft draft = new ProfileDraft();
        draft.code.set(profile.code());
        draft.name.set(profile.name());
        draft.postGroup.set(profile.postGroup());
        draft.corps.set(profile.corps());
        draft.threshold.set(profile.passThreshold().toPlainString());
        for (ProfileCompetency weight : profile.competencies()) {
            Weight row = new Weight(weight.competencyCode());
            row.chosen.set(true);
            row.percent.set(weight.weight().toPlainString());
            draft.weights.add(row);
        }
        return draft;
    }

    /** Makes the weight rows match the framework's competencies, keeping what was chosen. */
    void alignWith(List<String> competencyCodes) {
        List<Weight> aligned = new ArrayList<>();
        for (String code : competencyCodes) {
            aligned.add(weights.stream().filter(w -> w.competencyCode.equals(code)).findFirst()
                    .orElseGet(() -> new Weight(code)));
        }
        weights.setAll(aligned);
    }

    static Optional<BigDecimal> number(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(typed.trim().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    PositionProfile toProfile() {
        List<ProfileCompetency> chosen = weights.stream().filter(w -> w.chosen.get())
                .map(w -> new ProfileCompetency(w.competencyCode, number(w.percent.get()).orElse(BigDecimal.ZERO)))
                .toList();
        return new PositionProfile(code.get().trim(), name.get(), postGroup.get(), corps.get(),
                number(threshold.get()).orElse(BigDecimal.ZERO), chosen);
    }
}
