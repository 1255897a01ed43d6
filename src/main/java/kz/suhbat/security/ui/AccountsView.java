package kz.suhbat.security.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.EnumChoice;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.security.Account;
import kz.suhbat.security.Role;

/** Accounts of the office: list, new account, edit, password reset, deactivation. */
public final class AccountsView {

    private final AccountsViewModel viewModel;
    private final I18n i18n;
    private final DialogService dialogs;

    @FXML private BorderPane accountsPage;
    @FXML private ProgressIndicator busy;
    @FXML private javafx.scene.layout.HBox renewingBox;
    @FXML private javafx.scene.control.ProgressBar renewingBar;
    @FXML private Label message;
    @FXML private Button editAccountButton;
    @FXML private Button resetPasswordButton;
    @FXML private Button deactivateButton;
    @FXML private TableView<Account> accountTable;
    @FXML private TableColumn<Account, String> nameColumn;
    @FXML private TableColumn<Account, String> loginColumn;
    @FXML private TableColumn<Account, String> roleColumn;
    @FXML private TableColumn<Account, String> statusColumn;
    @FXML private VBox accountForm;
    @FXML private Label formTitle;
    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label loginLabel;
    @FXML private TextField loginField;
    @FXML private Label roleLabel;
    @FXML private ComboBox<Role> roleBox;
    @FXML private Label passwordLabel;
    @FXML private TextField passwordField;
    @FXML private Button generateButton;
    @FXML private Label passwordNote;

    public AccountsView(AccountsViewModel viewModel, I18n i18n, DialogService dialogs) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayName()));
        loginColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().login()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.get("role." + c.getValue().role().name())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(status(c.getValue())));
        accountTable.setItems(viewModel.accounts());
        Nodes.whenEmpty(accountTable, i18n.get("accounts.empty"));
        accountTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, account) -> viewModel.selectedProperty().set(account));
        if (viewModel.selectedProperty().get() != null) {
            accountTable.getSelectionModel().select(viewModel.selectedProperty().get());
        }
        var noneSelected = accountTable.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.status().busyProperty());
        editAccountButton.disableProperty().bind(noneSelected);
        resetPasswordButton.disableProperty().bind(noneSelected);
        deactivateButton.disableProperty().bind(noneSelected);

        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        loginField.textProperty().bindBidirectional(viewModel.loginProperty());
        EnumChoice.install(roleBox, Role.values(), "role", i18n);
        roleBox.valueProperty().bindBidirectional(viewModel.roleProperty());
        passwordField.textProperty().bindBidirectional(viewModel.temporaryPasswordProperty());
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        // Renewing the database key takes a while: its progress is shown in words and as a bar.
        var renewing = viewModel.status().busyProperty()
                .and(viewModel.status().progressProperty().greaterThanOrEqualTo(0));
        renewingBox.visibleProperty().bind(renewing);
        renewingBox.managedProperty().bind(renewing);
        renewingBar.progressProperty().bind(viewModel.status().progressProperty());

        ViewSubscriptions subscriptions = new ViewSubscriptions(accountsPage);
        subscriptions.listen(viewModel.formProperty(), (obs, old, form) -> showForm(form));
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        showForm(viewModel.formProperty().get());
        viewModel.refresh();
    }

    private String status(Account account) {
        if (!account.active()) {
            return i18n.get("account.inactive");
        }
        return i18n.get(account.mustChangePassword() ? "account.mustChange" : "account.active");
    }

    private void showForm(AccountsViewModel.Form form) {
        boolean shown = form != AccountsViewModel.Form.NONE;
        accountForm.setVisible(shown);
        accountForm.setManaged(shown);
        if (!shown) {
            return;
        }
        formTitle.setText(i18n.get("accounts.form." + form.name()));
        boolean create = form == AccountsViewModel.Form.CREATE;
        boolean reset = form == AccountsViewModel.Form.RESET;
        loginField.setDisable(!create);
        nameField.setDisable(reset);
        Nodes.show(!reset, roleLabel, roleBox);
        Nodes.show(create || reset, passwordLabel, passwordField.getParent(), passwordNote);
        (create ? nameField : reset ? passwordField : nameField).requestFocus();
    }



    @FXML
    private void startCreate() {
        viewModel.startCreate();
    }

    @FXML
    private void startEdit() {
        viewModel.startEdit();
    }

    @FXML
    private void startReset() {
        viewModel.startReset();
    }

    @FXML
    private void generate() {
        viewModel.generate();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void deactivate() {
        Account account = viewModel.selectedProperty().get();
        if (account != null && dialogs.confirm(i18n.get("accounts.deactivate"),
                i18n.format("accounts.deactivateConfirm", account.displayName()))) {
            viewModel.deactivate();
        }
    }
}
