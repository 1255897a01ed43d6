package kz.suhbat.app;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.ui.TaskExecutor;

/** State of the main window: where the user is, the language, the text size and the contrast. Survives a language switch. */
final class MainWindowViewModel {

    private final AppSettings settings;
    private final I18n i18n;
    private final TaskExecutor executor;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.FRAMEWORKS);
    private final IntegerProperty textSize;
    private final javafx.beans.property.BooleanProperty highContrast;
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty ready = new javafx.beans.property.SimpleBooleanProperty();

    MainWindowViewModel(AppSettings settings, I18n i18n, TaskExecutor executor) {
        this.settings = settings;
        this.i18n = i18n;
        this.executor = executor;
        this.textSize = new SimpleIntegerProperty(settings.textSize());
        this.highContrast = new javafx.beans.property.SimpleBooleanProperty(settings.highContrast());
        highContrast.addListener((obs, old, on) -> {
            settings.setHighContrast(on);
            saveSettings();
        });
    }

    /** The sections can be shown: their services are open. */
    void ready() {
        ready.set(true);
    }

    /** The database could not be opened; the window says why instead of showing sections. */
    void failed(Throwable error) {
        failure.set(error);
    }

    javafx.beans.property.ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    ObjectProperty<Throwable> failureProperty() {
        return failure;
    }

    List<Section> sections() {
        return List.of(Section.values());
    }

    ObjectProperty<Section> sectionProperty() {
        return section;
    }

    List<Language> languages() {
        return List.of(Language.values());
    }

    Language language() {
        return i18n.language();
    }

    /** Switches the whole interface to {@code language} and remembers it for the next start. */
    void setLanguage(Language language) {
        if (language == null || language == i18n.language()) {
            return;
        }
        settings.setLanguage(language);
        saveSettings();
        i18n.setLanguage(language);
    }

    IntegerProperty textSizeProperty() {
        return textSize;
    }

    /** White on black with yellow accents, for projectors and weak eyesight; remembered. */
    javafx.beans.property.BooleanProperty highContrastProperty() {
        return highContrast;
    }

    void toggleHighContrast() {
        highContrast.set(!highContrast.get());
    }

    void largerText() {
        changeTextSize(textSize.get() + 2);
    }

    void smallerText() {
        changeTextSize(textSize.get() - 2);
    }

    void defaultTextSize() {
        changeTextSize(AppSettings.DEFAULT_TEXT_SIZE);
    }

    private void changeTextSize(int size) {
        int clamped = AppSettings.clampTextSize(size);
        if (clamped == textSize.get()) {
            return;
        }
        textSize.set(clamped);
        settings.setTextSize(clamped);
        saveSettings();
    }

    private void saveSettings() {
        executor.run(() -> {
            settings.save();
            return null;
        }, ignored -> { }, failure -> { });
    }
}
