package kz.suhbat.campaign.ui;

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
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Post;
import kz.suhbat.campaign.Iin;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;

/** The candidates of a campaign: the list, a form to add or correct one, and import from a file. */
public final class CandidatesView {

    private final CandidatesViewModel viewModel;
    private final CandidateImportViewModel importer;
    private final I18n i18n;
    private final DialogService dialogs;

    @FXML private BorderPane candidatesPane;
    @FXML private ProgressIndicator busy;
    @FXML private Label message;
    @FXML private Button addCandidateButton;
    @FXML private Button editCandidateButton;
    @FXML private Button removeCandidateButton;
    @FXML private Button importCandidatesButton;
    @FXML private TableView<Candidate> candidateTable;
    @FXML private TableColumn<Candidate, String> nameColumn;
    @FXML private TableColumn<Candidate, String> iinColumn;
    @FXML private TableColumn<Candidate, String> postColumn;
    @FXML private VBox candidateForm;
    @FXML private TextField lastNameField;
    @FXML private TextField firstNameField;
    @FXML private TextField middleNameField;
    @FXML private TextField iinField;
    @FXML private Label iinCheck;
    @FXML private ComboBox<Post> postField;

    public CandidatesView(CandidatesViewModel viewModel, CandidateImportViewModel importer, I18n i18n,
                          DialogService dialogs) {
        this.viewModel = viewModel;
        this.importer = importer;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(candidatesPane);
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fullName()));
        iinColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().iin()));
        postColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().postName(i18n.language())));
        kz.suhbat.common.ui.WrappingCell.wrap(postColumn);
        candidateTable.setItems(viewModel.candidates());
        Nodes.whenEmpty(candidateTable, i18n.get("candidate.none"));
        candidateTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, candidate) -> viewModel.selectedProperty().set(candidate));
        var noneSelected = candidateTable.getSelectionModel().selectedItemProperty().isNull();
        editCandidateButton.disableProperty().bind(noneSelected);
        removeCandidateButton.disableProperty().bind(noneSelected);
        boolean editable = viewModel.editable();
        Nodes.show(editable, addCandidateButton, editCandidateButton, removeCandidateButton, importCandidatesButton);

        lastNameField.textProperty().bindBidirectional(viewModel.lastNameProperty());
        firstNameField.textProperty().bindBidirectional(viewModel.firstNameProperty());
        middleNameField.textProperty().bindBidirectional(viewModel.middleNameProperty());
        iinField.textProperty().bindBidirectional(viewModel.iinProperty());
        postField.setItems(viewModel.posts());
        postField.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Post post) {
                return post == null ? "" : post.name(i18n.language());
            }

            @Override
            public Post fromString(String text) {
                return viewModel.posts().stream().filter(p -> p.named(text)).findFirst().orElse(null);
            }
        });
        postField.valueProperty().bindBidirectional(viewModel.postProperty());
        iinCheck.textProperty().bind(viewModel.iinCheckProperty());
        subscriptions.listen(viewModel.iinProperty(), (obs, old, text) -> styleIin(text));
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        subscriptions.listen(viewModel.formProperty(), (obs, old, form) -> showForm(form));
        showForm(viewModel.formProperty().get());
        subscriptions.listen(importer.pendingProperty(), (obs, old, pending) -> {
            if (pending != null) {
                CandidateImportDialog.ask(candidatesPane.getScene().getWindow(), pending, i18n)
                        .ifPresentOrElse(importer::importWith, importer::cancel);
            }
        });
        subscriptions.listen(importer.problemsProperty(), (obs, old, problems) -> {
            if (problems != null && !problems.isEmpty()) {
                dialogs.showError(i18n.get("candidate.import"), i18n.format("candidate.importRefused",
                        problems.size()) + "\n\n" + String.join("\n", problems));
            }
        });
    }

    private void styleIin(String text) {
        iinCheck.getStyleClass().removeAll("error-text", "success-text");
        if (!text.isBlank()) {
            iinCheck.getStyleClass().add(Iin.check(text).isPresent() ? "error-text" : "success-text");
        }
    }

    private void showForm(CandidatesViewModel.Form form) {
        Nodes.show(form != CandidatesViewModel.Form.NONE, candidateForm);
        if (form != CandidatesViewModel.Form.NONE) {
            lastNameField.requestFocus();
        }
    }


    @FXML
    private void startAdd() {
        viewModel.startAdd();
    }

    @FXML
    private void startEdit() {
        viewModel.startEdit();
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
    private void remove() {
        Candidate candidate = viewModel.selectedProperty().get();
        if (candidate != null && dialogs.confirm(i18n.get("candidate.remove"),
                i18n.format("candidate.removeConfirm", candidate.fullName()))) {
            viewModel.remove();
        }
    }

    @FXML
    private void importFile() {
        dialogs.chooseFileToOpen(i18n.get("candidate.import"), i18n.get("candidate.importFiles"), "csv", "xlsx")
                .ifPresent(importer::read);
    }
}
