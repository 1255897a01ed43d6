package kz.suhbat.common.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import kz.suhbat.common.i18n.I18n;

/**
 * Loads a view by convention: {@code FooView} is the controller of {@code Foo.fxml} in the same
 * package, with the current language's bundle and controllers built by the {@link ControllerFactory}.
 */
public final class ViewLoader {

    private final I18n i18n;
    private final ControllerFactory controllers;

    public ViewLoader(I18n i18n, ControllerFactory controllers) {
        this.i18n = i18n;
        this.controllers = controllers;
    }

    public <V> Loaded<V> load(Class<V> viewClass) {
        String name = viewClass.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL location = viewClass.getResource(name);
        if (location == null) {
            throw new IllegalStateException("Missing " + name + " beside " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, i18n.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, viewClass.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + location, e);
        }
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<V>(Parent root, V view) {
    }
}
