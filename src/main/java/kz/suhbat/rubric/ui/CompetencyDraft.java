package kz.suhbat.rubric.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.PostGroup;

/** A competency with its indicators and questions while it is edited. */
final class CompetencyDraft {

    final StringProperty code = new SimpleStringProperty("");
    final ObjectProperty<LocalizedText> name = new SimpleObjectProperty<>(TextDrafts.EMPTY);
    final ObjectProperty<LocalizedText> definition = new SimpleObjectProperty<>(TextDrafts.EMPTY);
    final ObservableSet<PostGroup> postGroups = FXCollections.observableSet(PostGroup.values());
    final ObservableSet<Corps> corps = FXCollections.observableSet(Corps.values());
    final ObservableList<IndicatorDraft> indicators = FXCollections.observableArrayList();
    final ObservableList<QuestionDraft> questions = FXCollections.observableArrayList();

    static CompetencyDraft of(Competency competency) {
        CompetencyDraft draft = new CompetencyDraft();
        draft.code.set(competency.code());
        draft.name.set(competency.name());
        draft.definition.set(competency.definition());
        draft.postGroups.retainAll(competency.postGroups());
        draft.corps.retainAll(competency.corps());
        competency.indicators().forEach(indicator -> draft.indicators.add(IndicatorDraft.of(indicator)));
        competency.questions().forEach(question -> draft.questions.add(QuestionDraft.of(question)));
        return draft;
    }

    Competency toCompetency() {
        return new Competency(code.get().trim(), name.get(), definition.get(), postGroups, corps,
                indicators.stream().map(IndicatorDraft::toIndicator).toList(),
                questions.stream().map(QuestionDraft::toQuestion).toList());
    }
}
