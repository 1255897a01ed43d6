package kz.suhbat.interview.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.suhbat.common.ui.LevelDescriptor;
import kz.suhbat.interview.GuideQuestion;
import kz.suhbat.scoring.Score;

/**
 * One competency of an open score sheet: the level and evidence as stored (they change only when the
 * service has saved them), and whether an entry is on its way, saved, or refused.
 */
public final class SheetRow {

    /** Where the row's last entry stands. */
    public enum State { EMPTY, SAVING, SAVED, FAILED }

    private final String code;
    private final String name;
    private final ObjectProperty<Integer> level = new SimpleObjectProperty<>();
    private final StringProperty evidence = new SimpleStringProperty("");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.EMPTY);
    private final StringProperty savedAt = new SimpleStringProperty("");
    private final List<GuideQuestion> questions;
    private final List<LevelDescriptor> levels;
    private final Map<Integer, StringProperty> notes = new HashMap<>();

    public SheetRow(String code, String name, List<GuideQuestion> questions, List<LevelDescriptor> levels) {
        this.code = code;
        this.name = name;
        this.questions = List.copyOf(questions);
        this.levels = List.copyOf(levels);
        questions.forEach(q -> notes.put(q.index(), new SimpleStringProperty("")));
    }

    /** Each level of the scale with the competency's behavioural indicators at it, lowest first. */
    public List<LevelDescriptor> levels() {
        return levels;
    }

    /** The competency's questions still asked, for the member's own notes on each. */
    public List<GuideQuestion> questions() {
        return questions;
    }

    /** The member's own note on a question, as stored. */
    public StringProperty noteProperty(int questionIndex) {
        return notes.computeIfAbsent(questionIndex, i -> new SimpleStringProperty(""));
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    void stored(Score score, String time) {
        level.set(score.level());
        evidence.set(score.evidence());
        state.set(State.SAVED);
        savedAt.set(time);
    }

    void saving() {
        state.set(State.SAVING);
    }

    void failed() {
        state.set(State.FAILED);
    }

    public ObjectProperty<Integer> levelProperty() {
        return level;
    }

    public StringProperty evidenceProperty() {
        return evidence;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty savedAtProperty() {
        return savedAt;
    }
}
