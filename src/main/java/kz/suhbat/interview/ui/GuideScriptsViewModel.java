package kz.suhbat.interview.ui;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.interview.GuideScriptService;
import kz.suhbat.interview.GuideScripts;
import kz.suhbat.interview.ScriptPlaceholder;

/**
 * The office's opening and closing scripts as the administrator edits them, each in the three
 * languages. The fields show what the guide will say: the office's text, or the standard text where the
 * office has none. A text left as the standard one is stored empty, so it keeps following the standard.
 */
public final class GuideScriptsViewModel {

    private final GuideScriptService scripts;
    private final I18n i18n;
    private final ObjectProperty<LocalizedText> opening = new SimpleObjectProperty<>(LocalizedText.of("", "", ""));
    private final ObjectProperty<LocalizedText> closing = new SimpleObjectProperty<>(LocalizedText.of("", "", ""));
    private final ActionStatus status;
    private boolean loaded;

    public GuideScriptsViewModel(GuideScriptService scripts, TaskExecutor executor, I18n i18n) {
        this.scripts = scripts;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> InterviewErrors.text(failure, i18n));
    }

    /**
     * Reads the stored scripts the first time the screen is shown; later (a language switch builds the
     * screen again) the fields keep what was typed and not yet saved, and only the last message goes.
     */
    public void load() {
        status.clear();
        if (!loaded) {
            loaded = true;
            status.run(scripts::scripts, this::show);
        }
    }

    private void show(GuideScripts stored) {
        for (GuideScripts.Kind kind : GuideScripts.Kind.values()) {
            LocalizedText own = stored.script(kind);
            LocalizedText standard = StandardScripts.of(kind);
            text(kind).set(merge(own, standard, true));
        }
    }

    /** Puts the standard text of the script back into its three fields; saving keeps it. */
    public void restore(GuideScripts.Kind kind) {
        text(kind).set(StandardScripts.of(kind));
        status.succeeded(i18n.format("guideScripts.restored", title(kind)));
    }

    public void save() {
        GuideScripts changed = GuideScripts.BUILT_IN;
        for (GuideScripts.Kind kind : GuideScripts.Kind.values()) {
            LocalizedText typed = text(kind).get();
            if (!GuideScripts.fits(typed)) {
                status.failedWith(i18n.format("guideScripts.tooLong", GuideScripts.MAX_LENGTH));
                return;
            }
            changed = changed.with(kind, merge(typed, StandardScripts.of(kind), false));
        }
        GuideScripts toSave = changed;
        status.run(() -> scripts.save(toSave), saved -> status.succeeded(i18n.get("guideScripts.saved")));
    }

    /**
     * Per language: for showing, the office's text or else the standard one; for storing, the typed text,
     * or nothing where it is the standard one (or empty).
     */
    private static LocalizedText merge(LocalizedText text, LocalizedText standard, boolean showing) {
        String[] merged = Arrays.stream(Language.values()).map(language -> {
            String own = text.in(language).strip();
            boolean isStandard = own.isEmpty() || own.equals(standard.in(language).strip());
            return isStandard ? (showing ? standard.in(language) : "") : own;
        }).toArray(String[]::new);
        return LocalizedText.of(merged[0], merged[1], merged[2]);
    }

    /** The placeholders the guide fills in, each with what it stands for, in the user's language. */
    public List<String> placeholders() {
        return Arrays.stream(ScriptPlaceholder.values())
                .map(p -> p.token() + " — " + i18n.get("guideScripts.placeholder." + p.name())).toList();
    }

    public String title(GuideScripts.Kind kind) {
        return i18n.get(kind == GuideScripts.Kind.OPENING ? "guide.opening" : "guide.closing");
    }

    public ObjectProperty<LocalizedText> text(GuideScripts.Kind kind) {
        return kind == GuideScripts.Kind.OPENING ? opening : closing;
    }

    public ActionStatus status() {
        return status;
    }
}
