package kz.suhbat.security.ui;

import java.io.ByteArrayInputStream;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.EnumChoice;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.Spinners;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.TrilingualField;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.security.Letterhead;
import kz.suhbat.security.Region;

/** The office's details, what its protocols print, the idle lock and the backup schedule. */
public final class OfficeSettingsView {

    private final OfficeSettingsViewModel viewModel;
    private final I18n i18n;
    private final DialogService dialogs;

    @FXML private BorderPane officePage;
    @FXML private ProgressIndicator busy;
    @FXML private VBox nameBox;
    @FXML private VBox cityBox;
    @FXML private Label missingName;
    @FXML private TextField officeCode;
    @FXML private ComboBox<Region> regionBox;
    @FXML private Spinner<Integer> lockMinutes;
    @FXML private Spinner<Integer> backupHours;
    @FXML private Spinner<Integer> backupsKept;
    @FXML private ImageView letterheadImage;
    @FXML private Label noLetterhead;
    @FXML private Button removeLetterheadButton;
    @FXML private VBox legalBasisBox;
    @FXML private Button saveOfficeButton;
    @FXML private Label message;

    public OfficeSettingsView(OfficeSettingsViewModel viewModel, I18n i18n, DialogService dialogs) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(officePage);
        nameBox.getChildren().add(bound(TrilingualField.stacked("officeName"), viewModel.nameProperty()));
        cityBox.getChildren().add(bound(new TrilingualField("officeCity", false), viewModel.cityProperty()));
        Nodes.showWhileText(missingName, viewModel.missingNameProperty());
        officeCode.textProperty().bindBidirectional(viewModel.codeProperty());
        EnumChoice.install(regionBox, Region.values(), "region", i18n);
        regionBox.valueProperty().bindBidirectional(viewModel.regionProperty());
        Spinners.bind(lockMinutes, 1, 240, viewModel.lockMinutesProperty(), subscriptions);
        Spinners.bind(backupHours, 0, 168, viewModel.backupHoursProperty(), subscriptions);
        Spinners.bind(backupsKept, 1, 100, viewModel.backupsKeptProperty(), subscriptions);
        for (String type : viewModel.campaignTypes()) {
            Label caption = new Label(i18n.get("campaign.type." + type));
            caption.getStyleClass().add("field-caption");
            TrilingualField basis = bound(new TrilingualField("legalBasis-" + type, true),
                    viewModel.legalBasisProperty(type));
            // Empty is allowed here: the built-in text greyed in the field is printed.
            basis.getStyleClass().add("optional-translations");
            for (Language language : Language.values()) {
                basis.input(language).setPromptText(viewModel.builtInBasis(type, language));
                if (basis.input(language) instanceof TextArea area) {
                    area.setPrefRowCount(4);
                }
            }
            caption.setLabelFor(basis.input(i18n.language()));
            legalBasisBox.getChildren().addAll(caption, basis);
        }
        subscriptions.listen(viewModel.letterheadProperty(), (obs, old, now) -> showLetterhead(now));
        showLetterhead(viewModel.letterheadProperty().get());
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        saveOfficeButton.disableProperty().bind(viewModel.status().busyProperty());
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        viewModel.load();
    }

    private static TrilingualField bound(TrilingualField field, ObjectProperty<LocalizedText> value) {
        field.valueProperty().bindBidirectional(value);
        return field;
    }

    private void showLetterhead(Letterhead letterhead) {
        letterheadImage.setImage(letterhead == null ? null : new Image(new ByteArrayInputStream(letterhead.image())));
        Nodes.show(letterhead != null, letterheadImage, removeLetterheadButton);
        Nodes.show(letterhead == null, noLetterhead);
    }

    @FXML
    private void chooseLetterhead() {
        dialogs.chooseFileToOpen(i18n.get("office.letterheadChoose"), i18n.get("office.letterheadFile"), "png",
                "jpg", "jpeg").ifPresent(viewModel::chooseLetterhead);
    }

    @FXML
    private void removeLetterhead() {
        viewModel.removeLetterhead();
    }

    @FXML
    private void save() {
        Spinners.commit(lockMinutes);
        Spinners.commit(backupHours);
        Spinners.commit(backupsKept);
        viewModel.save();
    }
}
