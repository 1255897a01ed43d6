package kz.suhbat.training.ui.exercise;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.common.ui.LevelDescriptor;

/**
 * One competency of an exercise's sheet: the level as stored (it changes only once the service has saved
 * it), the evidence as typed and as last stored, the level the trainee is looking at, and where the last
 * entry stands.
 */
public final class CompetencyRow {

    /** Where the row's last entry stands; evidence typed before a level waits for the level. */
    public enum State { EMPTY, WAITING_FOR_LEVEL, SAVING, SAVED, FAILED }

    private final String code;
    private final String name;
    private final List<LevelDescriptor> levels;
    private final ObjectProperty<Integer> level = new SimpleObjectProperty<>();
    private final StringProperty evidence = new SimpleStringProperty("");
    private final ObjectProperty<Integer> lookedAt = new SimpleObjectProperty<>();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.EMPTY);
    private String storedEvidence = "";

    CompetencyRow(String code, String name, List<LevelDescriptor> levels) {
        this.code = code;
        this.name = name;
        this.levels = List.copyOf(levels);
    }

    void stored(int storedLevel, String text) {
        level.set(storedLevel);
        storedEvidence = text;
        state.set(State.SAVED);
    }

    /** Whether the evidence typed differs from what is stored. */
    boolean evidenceChanged() {
        return !evidence.get().strip().equals(storedEvidence);
    }

    void state(State now) {
        state.set(now);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** The scale's levels, lowest first, each with the competency's indicators at it. */
    public List<LevelDescriptor> levels() {
        return levels;
    }

    /** The descriptor of the level looked at, if any. */
    public java.util.Optional<LevelDescriptor> lookedAtLevel() {
        return levels.stream().filter(l -> lookedAt.get() != null && l.level() == lookedAt.get()).findFirst();
    }

    public ObjectProperty<Integer> levelProperty() {
        return level;
    }

    /** The evidence as typed. */
    public StringProperty evidenceProperty() {
        return evidence;
    }

    public ObjectProperty<Integer> lookedAtProperty() {
        return lookedAt;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }
}
