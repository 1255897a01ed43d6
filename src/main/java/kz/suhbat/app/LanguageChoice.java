package kz.suhbat.app;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import kz.suhbat.common.i18n.Language;

/** The language switch, each language named in itself; the same on every screen. */
final class LanguageChoice {

    private LanguageChoice() {
    }

    static void install(ComboBox<Language> box, MainWindowViewModel window) {
        box.getItems().setAll(window.languages());
        box.setCellFactory(list -> new LanguageCell());
        box.setButtonCell(new LanguageCell());
        box.getSelectionModel().select(window.language());
        box.valueProperty().addListener((obs, old, language) -> window.setLanguage(language));
    }

    private static final class LanguageCell extends ListCell<Language> {
        @Override
        protected void updateItem(Language language, boolean empty) {
            super.updateItem(language, empty);
            setText(empty || language == null ? null : language.nativeName());
        }
    }
}
