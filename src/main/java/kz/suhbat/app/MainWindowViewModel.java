package kz.suhbat.app;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.security.Account;

/**
 * State of the main window: who is signed in, where they are, the language, the text size and the
 * contrast. Survives a language switch.
 */
final class MainWindowViewModel {

    /** What the sidebar's account buttons do; the shell provides them. */
    interface SessionActions {
        void changePassword();

        void lock();

        void signOut();
    }

    private final AppSettings settings;
    private final I18n i18n;
    private final TaskExecutor executor;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.CAMPAIGNS);
    private final IntegerProperty textSize;
    private final javafx.beans.property.BooleanProperty highContrast;
    private final ObjectProperty<Account> account = new SimpleObjectProperty<>();
    private SessionActions actions;

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

    /** {@code signedIn} is now at the window; they see the sections their role opens, starting at the first. */
    void signedIn(Account signedIn, SessionActions sessionActions) {
        this.actions = sessionActions;
        Account before = account.get();
        account.set(signedIn);
        if (before == null || before.id() != signedIn.id() || !sections().contains(section.get())) {
            Section start = Section.startFor(signedIn.role());
            section.set(sections().contains(start) ? start : sections().get(0));
        }
    }

    ObjectProperty<Account> accountProperty() {
        return account;
    }

    List<Section> sections() {
        Account signedIn = account.get();
        return Arrays.stream(Section.values()).filter(s -> signedIn != null && s.openTo(signedIn.role())).toList();
    }

    void changePassword() {
        actions.changePassword();
    }

    void lock() {
        actions.lock();
    }

    void signOut() {
        actions.signOut();
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
