package kz.suhbat.rubric.ui;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Question;
import kz.suhbat.rubric.QuestionKind;

/** A question with its probes while it is edited. */
final class QuestionDraft {

    final ObjectProperty<QuestionKind> kind = new SimpleObjectProperty<>(QuestionKind.BEHAVIOURAL);
    final IntegerProperty minutes = new SimpleIntegerProperty(5);
    final ObjectProperty<LocalizedText> text = new SimpleObjectProperty<>(TextDrafts.EMPTY);
    final ObservableList<ObjectProperty<LocalizedText>> probes = FXCollections.observableArrayList();
    final ObservableSet<Integer> revealsLevels = FXCollections.observableSet();

    static QuestionDraft of(Question question) {
        QuestionDraft draft = new QuestionDraft();
        draft.kind.set(question.kind());
        draft.minutes.set(question.suggestedMinutes());
        draft.text.set(question.text());
        question.probes().forEach(probe -> draft.probes.add(new SimpleObjectProperty<>(probe)));
        draft.revealsLevels.addAll(question.revealsLevels());
        return draft;
    }

    void addProbe() {
        probes.add(new SimpleObjectProperty<>(TextDrafts.EMPTY));
    }

    Question toQuestion() {
        List<LocalizedText> probeTexts = probes.stream().map(ObjectProperty::get)
                .filter(probe -> probe.missingCount() < 3).toList();
        return new Question(kind.get(), Math.max(1, minutes.get()), text.get(), probeTexts,
                List.copyOf(revealsLevels));
    }
}
