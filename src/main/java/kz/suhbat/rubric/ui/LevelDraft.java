package kz.suhbat.rubric.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.ScaleLevel;

/** A scale level while it is edited. */
final class LevelDraft {

    private final int level;
    final ObjectProperty<LocalizedText> label = new SimpleObjectProperty<>(TextDrafts.EMPTY);
    final ObjectProperty<LocalizedText> descriptor = new SimpleObjectProperty<>(TextDrafts.EMPTY);

    LevelDraft(int level) {
        this.level = level;
    }

    static LevelDraft of(ScaleLevel scaleLevel) {
        LevelDraft draft = new LevelDraft(scaleLevel.level());
        draft.label.set(scaleLevel.label());
        draft.descriptor.set(scaleLevel.descriptor());
        return draft;
    }

    int level() {
        return level;
    }

    ScaleLevel toLevel() {
        return new ScaleLevel(level, label.get(), descriptor.get());
    }
}
