package kz.suhbat.devices.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.util.Duration;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ChildWindows;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.devices.RoomAddress;

/**
 * The members' devices window: the secretary picks the room's network and starts the devices; the QR
 * code, the short address and the certificate's fingerprint are shown large enough for the projector;
 * the table says, every two seconds, whose device is connected and whose sheet is in.
 */
public final class RoomView {

    private static final int QR_PIXELS_PER_MODULE = 6;
    private static final Duration REFRESH = Duration.seconds(2);

    private final RoomViewModel viewModel;
    private final I18n i18n;
    private final ChildWindows windows;
    private final Timeline polling = new Timeline();

    @FXML private BorderPane roomPage;
    @FXML private Label title;
    @FXML private ComboBox<RoomAddress> addressBox;
    @FXML private Button startButton;
    @FXML private Button stopButton;
    @FXML private Label message;
    @FXML private ScrollPane joinBox;
    @FXML private Label idleHint;
    @FXML private ImageView qrCode;
    @FXML private TextField linkField;
    @FXML private Label shortFingerprint;
    @FXML private Label fingerprintHint;
    @FXML private Label fullFingerprint;
    @FXML private Label candidateLabel;
    @FXML private TableView<MemberRow> membersTable;
    @FXML private TableColumn<MemberRow, String> nameColumn;
    @FXML private TableColumn<MemberRow, String> deviceColumn;
    @FXML private TableColumn<MemberRow, String> sheetColumn;

    RoomView(RoomViewModel viewModel, I18n i18n, ChildWindows windows) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.windows = windows;
    }

    @FXML
    private void initialize() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(i18n.language().locale());
        String room = viewModel.sitting().room();
        title.setText(i18n.format("room.window.title", dates.format(viewModel.sitting().date())
                + (room.isBlank() ? "" : ", " + room)));
        addressBox.setItems(viewModel.addresses());
        addressBox.setCellFactory(list -> new AddressCell());
        addressBox.setButtonCell(new AddressCell());
        addressBox.valueProperty().bindBidirectional(viewModel.addressProperty());
        addressBox.disableProperty().bind(viewModel.runningProperty());
        startButton.disableProperty().bind(viewModel.runningProperty().or(viewModel.addressProperty().isNull())
                .or(viewModel.status().busyProperty()));
        stopButton.disableProperty().bind(viewModel.runningProperty().not().or(viewModel.status().busyProperty()));
        StatusMessage.bind(message, viewModel.status(), new ViewSubscriptions(roomPage));
        joinBox.visibleProperty().bind(viewModel.runningProperty());
        joinBox.managedProperty().bind(joinBox.visibleProperty());
        idleHint.visibleProperty().bind(viewModel.runningProperty().not());
        idleHint.managedProperty().bind(idleHint.visibleProperty());
        linkField.textProperty().bind(viewModel.linkProperty());
        shortFingerprint.textProperty().bind(viewModel.shortFingerprintProperty());
        fingerprintHint.textProperty().bind(Bindings.createStringBinding(() -> i18n.format(
                "room.window.fingerprintHint", viewModel.shortFingerprintProperty().get()),
                viewModel.shortFingerprintProperty()));
        fullFingerprint.textProperty().bind(viewModel.fingerprintProperty());
        qrCode.imageProperty().bind(Bindings.createObjectBinding(() -> viewModel.qrTextProperty().get().isEmpty()
                ? null : QrImage.of(viewModel.qrTextProperty().get(), QR_PIXELS_PER_MODULE),
                viewModel.qrTextProperty()));
        candidateLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.candidateProperty().get()
                .isEmpty() ? i18n.get("room.window.noCandidate")
                : i18n.format("room.window.candidate", viewModel.candidateProperty().get()),
                viewModel.candidateProperty()));
        membersTable.setItems(viewModel.members());
        membersTable.setPlaceholder(new Label(i18n.get("room.window.noMembers")));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        deviceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(device(c.getValue())));
        sheetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                i18n.get("room.sheet." + c.getValue().sheet().name())));
        polling.getKeyFrames().add(new KeyFrame(REFRESH, e -> {
            viewModel.refresh();
            if (viewModel.runningProperty().get()) {
                windows.keepAwake();
            }
        }));
        polling.setCycleCount(Animation.INDEFINITE);
        viewModel.load();
    }

    /** Reads the devices' state again every two seconds while {@code window} is shown. */
    void pollWhileShowing(Window window) {
        window.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                polling.play();
            } else {
                polling.stop();
            }
        });
        if (window.isShowing()) {
            polling.play();
        }
    }

    private String device(MemberRow row) {
        return row.device() == MemberRow.DeviceState.SEEN ? i18n.format("room.device.SEEN", row.lastSeen())
                : i18n.get("room.device." + row.device().name());
    }

    @FXML
    private void start() {
        viewModel.start();
    }

    @FXML
    private void stop() {
        viewModel.stop();
    }

    private final class AddressCell extends ListCell<RoomAddress> {
        @Override
        protected void updateItem(RoomAddress address, boolean empty) {
            super.updateItem(address, empty);
            setText(empty || address == null ? null : address.loopback()
                    ? i18n.format("room.window.thisLaptop", address.host())
                    : address.host() + " · " + address.network());
        }
    }
}
