package kz.suhbat.rubric.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.RatingScale;

/** A whole framework while it is edited; {@link #toFramework()} gives the domain value to save. */
final class FrameworkDraft {

    final StringProperty code = new SimpleStringProperty("");
    final ObjectProperty<LocalizedText> name = new SimpleObjectProperty<>(TextDrafts.EMPTY);
    final ObjectProperty<LocalizedText> description = new SimpleObjectProperty<>(TextDrafts.EMPTY);
    final ObservableList<LevelDraft> levels = FXCollections.observableArrayList();
    final ObservableList<CompetencyDraft> competencies = FXCollections.observableArrayList();
    final ObservableList<ProfileDraft> profiles = FXCollections.observableArrayList();
    private final int version;
    private final FrameworkStatus status;

    FrameworkDraft(int version, FrameworkStatus status) {
        this.version = version;
        this.status = status;
    }

    static FrameworkDraft empty() {
        FrameworkDraft draft = new FrameworkDraft(1, FrameworkStatus.DRAFT);
        draft.useScale(1, 5);
        return draft;
    }

    static FrameworkDraft of(Framework framework) {
        FrameworkDraft draft = new FrameworkDraft(framework.version(), framework.status());
        draft.code.set(framework.code());
        draft.name.set(framework.name());
        draft.description.set(framework.description());
        framework.scale().levels().forEach(level -> draft.levels.add(LevelDraft.of(level)));
        framework.competencies().forEach(c -> draft.competencies.add(CompetencyDraft.of(c)));
        framework.profiles().forEach(p -> draft.profiles.add(ProfileDraft.of(p)));
        return draft;
    }

    int version() {
        return version;
    }

    FrameworkStatus status() {
        return status;
    }

    /** Replaces the scale by levels {@code lowest..highest}, keeping texts of levels that remain. */
    void useScale(int lowest, int highest) {
        List<LevelDraft> kept = levels.stream().filter(l -> l.level() >= lowest && l.level() <= highest).toList();
        ObservableList<LevelDraft> next = FXCollections.observableArrayList();
        for (int level = lowest; level <= highest; level++) {
            int wanted = level;
            next.add(kept.stream().filter(l -> l.level() == wanted).findFirst().orElseGet(() -> new LevelDraft(wanted)));
        }
        levels.setAll(next);
    }

    List<String> competencyCodes() {
        return competencies.stream().map(c -> c.code.get().trim()).filter(code -> !code.isEmpty()).toList();
    }

    Framework toFramework() {
        return new Framework(code.get().trim(), version, status, name.get(), description.get(),
                new RatingScale(levels.stream().map(LevelDraft::toLevel).toList()),
                competencies.stream().map(CompetencyDraft::toCompetency).toList(),
                profiles.stream().map(ProfileDraft::toProfile).toList());
    }
}
