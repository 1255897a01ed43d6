package kz.suhbat.common.ui;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs views may open; one implementation over JavaFX, owned by the main window. */
public interface DialogService {

    boolean confirm(String title, String message);

    Optional<String> askText(String title, String message, String initial);

    void showError(String title, String message);

    void showInformation(String title, String message);

    Optional<Path> chooseFileToOpen(String title, String description, String... extensions);

    /** Several files at once; empty when the user chose none. */
    java.util.List<Path> chooseFilesToOpen(String title, String description, String... extensions);

    Optional<Path> chooseFolder(String title);

    Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions);

    /** A file to save as one of several {@code kinds}, {@code preselected} offered first; with the kind chosen. */
    Optional<SaveChoice> chooseFileToSave(String title, String initialName, java.util.List<FileKind> kinds,
                                          FileKind preselected);

    /** A kind of file a save dialog offers: what the user reads, and its file name extension. */
    record FileKind(String description, String extension) {
    }

    /** The file named in a save dialog and the kind the user had chosen for it. */
    record SaveChoice(Path file, FileKind kind) {
    }
}
