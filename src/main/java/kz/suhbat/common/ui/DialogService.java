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
}
