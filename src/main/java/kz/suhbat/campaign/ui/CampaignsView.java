package kz.suhbat.campaign.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignStatus;
import kz.suhbat.campaign.CampaignSummary;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.StateBody;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.ui.DateFields;
import kz.suhbat.common.ui.EnumCell;
import kz.suhbat.common.ui.EnumChoice;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.Spinners;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.TrainingBanner;
import kz.suhbat.common.ui.TrilingualField;
import kz.suhbat.common.ui.ViewLoader;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.common.ui.WrappingCell;

/**
 * Campaigns: the list with its filters on the left; the chosen campaign's details, candidates, panel
 * and schedule in tabs on the right.
 */
public final class CampaignsView {

    private static final javafx.scene.input.KeyCombination SAVE = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private final CampaignsViewModel viewModel;
    private final I18n i18n;
    private final ViewLoader viewLoader;
    private final CampaignTabs tabs;

    @FXML private BorderPane campaignsPage;
    @FXML private ProgressIndicator busy;
    @FXML private ComboBox<CampaignType> typeFilter;
    @FXML private ComboBox<CampaignStatus> statusFilter;
    @FXML private ComboBox<String> officeFilter;
    @FXML private ListView<CampaignSummary> campaignList;
    @FXML private Button newCampaignButton;
    @FXML private VBox campaignSide;
    @FXML private TabPane campaignTabs;
    @FXML private Tab candidatesTab;
    @FXML private Tab panelTab;
    @FXML private Tab scheduleTab;
    @FXML private Label titleLabel;
    @FXML private VBox titleBox;
    @FXML private Label missingNames;
    @FXML private ComboBox<CampaignType> typeBox;
    @FXML private ComboBox<StateBody> bodyBox;
    @FXML private TableView<PostRow> postsTable;
    @FXML private TableColumn<PostRow, String> postNameColumn;
    @FXML private TableColumn<PostRow, String> postProfileColumn;
    @FXML private Label postNameLabel;
    @FXML private VBox postNameBox;
    private final TrilingualField titleField = TrilingualField.stacked("titleField").optional(Language.EN);
    private final TrilingualField postNameField = TrilingualField.stacked("postNameField").optional(Language.EN);
    @FXML private ComboBox<ProfileChoice> postProfileBox;
    @FXML private Button addPostButton;
    @FXML private Button removePostButton;
    @FXML private DatePicker opensField;
    @FXML private DatePicker closesField;
    @FXML private ComboBox<CampaignStatus> statusBox;
    @FXML private Spinner<Integer> quorumNumerator;
    @FXML private Spinner<Integer> quorumDenominator;
    @FXML private Spinner<Integer> divergenceSpread;
    @FXML private Label officeLabel;
    @FXML private Button saveCampaignButton;
    @FXML private Label campaignMessage;

    public CampaignsView(CampaignsViewModel viewModel, I18n i18n, ViewLoader viewLoader, CampaignTabs tabs) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.viewLoader = viewLoader;
        this.tabs = tabs;
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(campaignsPage);
        filter(typeFilter, CampaignType.values(), "campaign.type.", "campaign.filter.type");
        filter(statusFilter, CampaignStatus.values(), "campaign.status.", "campaign.filter.status");
        typeFilter.valueProperty().bindBidirectional(viewModel.typeFilterProperty());
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        officeFilter.setItems(viewModel.offices());
        officeFilter.valueProperty().bindBidirectional(viewModel.officeFilterProperty());

        campaignList.setItems(viewModel.campaigns());
        campaignList.setCellFactory(list -> new SummaryCell());
        campaignList.getSelectionModel().selectedItemProperty().addListener((obs, old, summary) -> {
            if (summary != null) {
                viewModel.selectedProperty().set(summary.campaign());
            }
        });
        subscriptions.listen(viewModel.selectedProperty(), (obs, old, campaign) -> showSelection(campaign));

        titleBox.getChildren().add(titleField);
        titleLabel.setLabelFor(titleField.input(Language.KK));
        titleField.valueProperty().bindBidirectional(viewModel.titleProperty());
        Nodes.showWhileText(missingNames, viewModel.missingNamesProperty());
        EnumChoice.install(typeBox, viewModel.types().toArray(CampaignType[]::new), "campaign.type", i18n);
        typeBox.valueProperty().bindBidirectional(viewModel.typeProperty());
        EnumChoice.install(bodyBox, StateBody.values(), "campaign.body", i18n);
        bodyBox.valueProperty().bindBidirectional(viewModel.bodyProperty());
        bindPosts(subscriptions);
        DateFields.localize(opensField, i18n);
        DateFields.localize(closesField, i18n);
        opensField.valueProperty().bindBidirectional(viewModel.opensProperty());
        closesField.valueProperty().bindBidirectional(viewModel.closesProperty());
        EnumChoice.install(statusBox, CampaignStatus.values(), "campaign.status", i18n);
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        Spinners.bind(quorumNumerator, 1, 10, viewModel.quorumNumeratorProperty(), subscriptions);
        Spinners.bind(quorumDenominator, 1, 10, viewModel.quorumDenominatorProperty(), subscriptions);
        Spinners.bind(divergenceSpread, 1, 10, viewModel.divergenceSpreadProperty(), subscriptions);
        StatusMessage.bind(campaignMessage, viewModel.action(), subscriptions);
        busy.visibleProperty().bind(viewModel.action().busyProperty());

        boolean editable = viewModel.editable();
        newCampaignButton.setVisible(editable);
        newCampaignButton.setManaged(editable);
        saveCampaignButton.setVisible(editable);
        saveCampaignButton.setManaged(editable);
        titleField.setDisable(!editable);
        for (javafx.scene.control.Control field : java.util.List.of(typeBox, bodyBox, postProfileBox, addPostButton,
                removePostButton, opensField, closesField, statusBox, quorumNumerator, quorumDenominator,
                divergenceSpread)) {
            field.setDisable(!editable);
        }
        campaignSide.getChildren().add(0, TrainingBanner.shownWhile(viewModel.training(), i18n));
        candidatesTab.setContent(viewLoader.load(CandidatesView.class).root());
        panelTab.setContent(tabs.panel().get());
        scheduleTab.setContent(tabs.sittings().get());
        saveCampaignButton.getParent().getParent().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (SAVE.match(key) && editable) {
                key.consume();
                save();
            }
        });
        showSelection(viewModel.selectedProperty().get());
        campaignTabs.getSelectionModel().select(viewModel.shownTabProperty().get());
        subscriptions.listen(campaignTabs.getSelectionModel().selectedIndexProperty(),
                (obs, old, index) -> viewModel.shownTabProperty().set(index.intValue()));
        viewModel.refresh();
    }

    /**
     * The posts table shows each post's name and profile; the fields below it edit the post chosen in
     * the table.
     */
    private void bindPosts(ViewSubscriptions subscriptions) {
        postsTable.setItems(viewModel.posts());
        WrappingCell.wrap(postNameColumn);
        WrappingCell.wrap(postProfileColumn);
        postNameBox.getChildren().add(postNameField);
        postNameLabel.setLabelFor(postNameField.input(Language.KK));
        postNameColumn.setCellValueFactory(c -> javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.name(c.getValue().nameProperty().get()), c.getValue().nameProperty()));
        postProfileColumn.setCellValueFactory(c -> javafx.beans.binding.Bindings.createStringBinding(
                () -> profileName(c.getValue().profileProperty().get()), c.getValue().profileProperty()));
        postProfileBox.setItems(viewModel.profiles());
        postProfileBox.setCellFactory(list -> new ProfileCell());
        postProfileBox.setButtonCell(new ProfileCell());
        subscriptions.listen(postsTable.getSelectionModel().selectedItemProperty(),
                (obs, old, row) -> editPost(old, row));
        subscriptions.listen(viewModel.posts(), (javafx.collections.ListChangeListener<PostRow>) change -> {
            if (postsTable.getSelectionModel().getSelectedItem() == null && !viewModel.posts().isEmpty()) {
                postsTable.getSelectionModel().selectFirst();
            }
        });
        if (!viewModel.posts().isEmpty()) {
            postsTable.getSelectionModel().selectFirst();
        }
        editPost(null, postsTable.getSelectionModel().getSelectedItem());
    }

    private void editPost(PostRow old, PostRow row) {
        if (old != null) {
            postNameField.valueProperty().unbindBidirectional(old.nameProperty());
            postProfileBox.valueProperty().unbindBidirectional(old.profileProperty());
        }
        if (row != null) {
            postNameField.valueProperty().bindBidirectional(row.nameProperty());
            postProfileBox.valueProperty().bindBidirectional(row.profileProperty());
        } else {
            postNameField.valueProperty().set(LocalizedText.of("", "", ""));
            postProfileBox.setValue(null);
        }
        boolean chosen = row != null && viewModel.editable();
        postNameField.setDisable(!chosen);
        postProfileBox.setDisable(!chosen);
        removePostButton.setDisable(!chosen);
    }

    @FXML
    private void addPost() {
        PostRow row = viewModel.addPost();
        postsTable.getSelectionModel().select(row);
        postNameField.input(Language.KK).requestFocus();
    }

    @FXML
    private void removePost() {
        PostRow row = postsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.removePost(row);
            postsTable.getSelectionModel().selectFirst();
            postsTable.requestFocus();
        }
    }

    /** The profile's name alone: every post of a campaign has a profile of the same framework version. */
    private String profileName(ProfileChoice choice) {
        return choice == null ? "" : i18n.text(choice.profileName());
    }

    private String profileText(ProfileChoice choice) {
        return choice == null ? "" : i18n.format("campaign.profileChoice", choice.frameworkCode(), choice.version(),
                i18n.text(choice.profileName()));
    }

    private void showSelection(Campaign campaign) {
        boolean shown = campaign != null;
        candidatesTab.setDisable(!shown);
        panelTab.setDisable(!shown);
        scheduleTab.setDisable(!shown);
        officeLabel.setText(shown ? campaign.officeCode() + " · " + i18n.get("region." + campaign.region().name())
                : "");
        if (shown) {
            viewModel.campaigns().stream().filter(s -> s.campaign().id() == campaign.id()).findFirst()
                    .ifPresent(s -> campaignList.getSelectionModel().select(s));
        } else {
            campaignList.getSelectionModel().clearSelection();
            campaignTabs.getSelectionModel().selectFirst();
        }
    }

    private <E extends Enum<E>> void filter(ComboBox<E> box, E[] values, String prefix, String allKey) {
        box.getItems().setAll(values);
        box.getItems().add(0, null);
        box.setCellFactory(list -> new AllCell<>(prefix, allKey));
        box.setButtonCell(new AllCell<>(prefix, allKey));
    }

    /** A filter's choice: a value, or (null) all of them. */
    private final class AllCell<E extends Enum<E>> extends EnumCell<E> {
        private final String allKey;

        AllCell(String prefix, String allKey) {
            super(i18n, prefix);
            this.allKey = allKey;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            if (item == null) {
                setText(i18n.get(allKey));
            }
        }
    }


    @FXML
    private void startNew() {
        viewModel.startNew();
        campaignTabs.getSelectionModel().selectFirst();
        titleField.input(Language.KK).requestFocus();
    }

    @FXML
    private void save() {
        Spinners.commit(quorumNumerator);
        Spinners.commit(quorumDenominator);
        Spinners.commit(divergenceSpread);
        viewModel.save();
    }

    private static final double LIST_CELL_ALLOWANCE = 40;

    private final class SummaryCell extends ListCell<CampaignSummary> {
        @Override
        protected void updateItem(CampaignSummary summary, boolean empty) {
            super.updateItem(summary, empty);
            if (empty || summary == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Campaign c = summary.campaign();
            Label title = new Label(i18n.name(c.title()));
            title.setWrapText(true);
            title.getStyleClass().add("campaign-title");
            Label details = new Label(i18n.get("campaign.type." + c.type().name()) + " · "
                    + i18n.get("campaign.status." + c.status().name()) + " · "
                    + i18n.format("campaign.candidateCount", summary.candidates()) + "\n"
                    + DateFields.medium(i18n).format(c.opens()) + " – " + DateFields.medium(i18n).format(c.closes()));
            details.setWrapText(true);
            details.getStyleClass().add("muted");
            VBox box = new VBox(2, title, details);
            // A label's preferred width is what its list offers (less the cell's padding and a scroll bar at the
            // largest text size), so its height counts every wrapped line and no word is split.
            for (Label label : List.of(title, details)) {
                label.prefWidthProperty().bind(getListView().widthProperty().subtract(LIST_CELL_ALLOWANCE));
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            setText(null);
            setGraphic(box);
            setTooltip(new javafx.scene.control.Tooltip(i18n.name(c.title()) + "\n" + details.getText()));
        }
    }

    private final class ProfileCell extends ListCell<ProfileChoice> {
        @Override
        protected void updateItem(ProfileChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty || choice == null ? null : profileText(choice));
        }
    }
}
