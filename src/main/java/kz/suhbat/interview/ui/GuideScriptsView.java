package kz.suhbat.interview.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.TrilingualField;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.interview.GuideScripts;

/**
 * The office's opening and closing scripts, each in Kazakh, Russian and English side by side, with the
 * placeholders the guide fills in, a way back to the standard text, and Ctrl+S to save.
 */
public final class GuideScriptsView {

    private static final int ROWS = 9;

    private final GuideScriptsViewModel viewModel;

    @FXML private BorderPane scriptsPage;
    @FXML private ProgressIndicator busy;
    @FXML private VBox placeholderList;
    @FXML private VBox openingBox;
    @FXML private VBox closingBox;
    @FXML private Button saveScriptsButton;
    @FXML private Label message;

    public GuideScriptsView(GuideScriptsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(scriptsPage);
        openingBox.getChildren().add(field("openingScript", GuideScripts.Kind.OPENING));
        closingBox.getChildren().add(field("closingScript", GuideScripts.Kind.CLOSING));
        for (String placeholder : viewModel.placeholders()) {
            Label line = new Label(placeholder);
            line.setWrapText(true);
            line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            placeholderList.getChildren().add(line);
        }
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        saveScriptsButton.disableProperty().bind(viewModel.status().busyProperty());
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        scriptsPage.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.S && event.isShortcutDown()) {
                event.consume();
                save();
            }
        });
        viewModel.load();
    }

    private TrilingualField field(String id, GuideScripts.Kind kind) {
        TrilingualField field = new TrilingualField(id, true);
        for (Language language : Language.values()) {
            ((TextArea) field.input(language)).setPrefRowCount(ROWS);
        }
        field.valueProperty().bindBidirectional(viewModel.text(kind));
        return field;
    }

    @FXML
    private void restoreOpening() {
        viewModel.restore(GuideScripts.Kind.OPENING);
    }

    @FXML
    private void restoreClosing() {
        viewModel.restore(GuideScripts.Kind.CLOSING);
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
