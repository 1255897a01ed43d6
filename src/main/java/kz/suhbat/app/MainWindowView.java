package kz.suhbat.app;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.ui.ViewLoader;
import kz.suhbat.security.Account;

/** The main window: navigation, language and text size on the left, the chosen section in the middle. */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final ViewLoader viewLoader;
    private final I18n i18n;

    @FXML private javafx.scene.layout.BorderPane mainWindow;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private ComboBox<Language> languageBox;
    @FXML private javafx.scene.control.CheckBox highContrastBox;
    @FXML private javafx.scene.control.Label accountName;
    @FXML private javafx.scene.control.Label accountRole;
    @FXML private javafx.scene.control.ScrollPane sidebarScroll;
    @FXML private VBox sidebar;

    MainWindowView(MainWindowViewModel viewModel, ViewLoader viewLoader, I18n i18n) {
        this.viewModel = viewModel;
        this.viewLoader = viewLoader;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        for (Section section : viewModel.sections()) {
            ToggleButton button = new ToggleButton(i18n.get(section.labelKey()));
            button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
            button.setUserData(section);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setWrapText(true);
            button.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
            button.getStyleClass().add("nav-button");
            navigation.getChildren().add(button);
            if (section == viewModel.sectionProperty().get()) {
                button.setSelected(true);
            }
        }
        group.selectedToggleProperty().addListener((obs, old, selected) -> onNavigate(group, old, selected));
        show(viewModel.sectionProperty().get());

        // The sidebar fills the window's height, and scrolls when large text makes it taller.
        sidebar.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> sidebarScroll.getViewportBounds().getHeight(), sidebarScroll.viewportBoundsProperty()));
        LanguageChoice.install(languageBox, viewModel);
        highContrastBox.selectedProperty().bindBidirectional(viewModel.highContrastProperty());
        Account account = viewModel.accountProperty().get();
        accountName.setText(account.displayName());
        accountRole.setText(i18n.get("role." + account.role().name()));
    }

    private void onNavigate(ToggleGroup group, Toggle old, Toggle selected) {
        if (selected == null) {
            group.selectToggle(old);
            return;
        }
        Section section = (Section) selected.getUserData();
        viewModel.sectionProperty().set(section);
        show(section);
    }

    private void show(Section section) {
        content.getChildren().setAll(viewLoader.load(section.viewClass()).root());
    }

    @FXML
    private void changePassword() {
        viewModel.changePassword();
    }

    @FXML
    private void lock() {
        viewModel.lock();
    }

    @FXML
    private void signOut() {
        viewModel.signOut();
    }

    @FXML
    private void largerText() {
        viewModel.largerText();
    }

    @FXML
    private void smallerText() {
        viewModel.smallerText();
    }
}
