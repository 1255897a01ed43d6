package kz.suhbat.common.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs over JavaFX, owned by the window the supplier gives, so they stay in front of it. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final DialogButtons buttons;

    public FxDialogService(Supplier<Window> owner, DialogButtons buttons) {
        this.owner = owner;
        this.buttons = buttons;
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType ok = buttons.ok();
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, ok, buttons.cancel());
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.getDialogPane().getButtonTypes().setAll(buttons.ok(), buttons.cancel());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        return dialog.showAndWait().map(String::trim).filter(text -> !text.isEmpty());
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, buttons.close()).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, buttons.close()).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... choices) {
        Alert alert = new Alert(type, message, choices);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(520);
        alert.setResizable(true);
        return alert;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
        File file = chooser(title, description, extensions).showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public java.util.List<Path> chooseFilesToOpen(String title, String description, String... extensions) {
        java.util.List<File> files = chooser(title, description, extensions).showOpenMultipleDialog(owner.get());
        return files == null ? java.util.List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String description,
                                           String... extensions) {
        FileChooser chooser = chooser(title, description, extensions);
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<SaveChoice> chooseFileToSave(String title, String initialName, java.util.List<FileKind> kinds,
                                                 FileKind preselected) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        java.util.List<FileChooser.ExtensionFilter> filters = kinds.stream().map(kind ->
                new FileChooser.ExtensionFilter(kind.description(), "*." + kind.extension())).toList();
        chooser.getExtensionFilters().setAll(filters);
        chooser.setSelectedExtensionFilter(filters.get(Math.max(0, kinds.indexOf(preselected))));
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        int chosen = filters.indexOf(chooser.getSelectedExtensionFilter());
        return Optional.of(new SaveChoice(file.toPath(), chosen < 0 ? preselected : kinds.get(chosen)));
    }

    private static FileChooser chooser(String title, String description, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description,
                Arrays.stream(extensions).map(extension -> "*." + extension).toList()));
        return chooser;
    }
}
