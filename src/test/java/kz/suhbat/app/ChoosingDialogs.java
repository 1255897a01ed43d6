package kz.suhbat.app;

import java.nio.file.Path;
import java.util.Deque;
import java.util.Optional;
import kz.suhbat.common.ui.DialogService;

/**
 * The window's dialogs for tests: everything as the user sees it, except that file and folder choosers
 * (native dialogs a test cannot drive) answer with the next prepared path.
 */
final class ChoosingDialogs implements DialogService {

    private final DialogService real;
    private final Deque<Path> chosen;

    ChoosingDialogs(DialogService real, Deque<Path> chosen) {
        this.real = real;
        this.chosen = chosen;
    }

    @Override
    public boolean confirm(String title, String message) {
        return real.confirm(title, message);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return real.askText(title, message, initial);
    }

    @Override
    public void showError(String title, String message) {
        real.showError(title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        real.showInformation(title, message);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
        return Optional.ofNullable(chosen.poll());
    }

    @Override
    public java.util.List<Path> chooseFilesToOpen(String title, String description, String... extensions) {
        Path next = chosen.poll();
        return next == null ? java.util.List.of() : java.util.List.of(next);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(chosen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String description,
                                           String... extensions) {
        return Optional.ofNullable(chosen.poll());
    }

    /** The next prepared path, as if its kind were chosen: the preselected one, else the first of its extension. */
    @Override
    public Optional<SaveChoice> chooseFileToSave(String title, String initialName, java.util.List<FileKind> kinds,
                                                 FileKind preselected) {
        return Optional.ofNullable(chosen.poll()).map(path -> {
            String name = path.getFileName().toString();
            FileKind kind = name.endsWith("." + preselected.extension()) ? preselected : kinds.stream()
                    .filter(k -> name.endsWith("." + k.extension())).findFirst().orElse(preselected);
            return new SaveChoice(path, kind);
        });
    }
}
