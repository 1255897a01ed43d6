package kz.suhbat.interview.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.suhbat.common.ui.Confirmation;
import kz.suhbat.common.ui.DigitChoice;
import kz.suhbat.common.ui.ScrollIntoView;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.interview.GuideQuestion;
import kz.suhbat.interview.Rater;
import kz.suhbat.interview.SheetKey;

/**
 * The score sheets: who has submitted; a member opens their own sheet with their password (or the
 * secretary opens a paper sheet to transcribe); the open sheet, one competency per row, is scored by
 * typing the level's digit, Tab to the evidence, Enter to the next row. Only one sheet is on screen at
 * a time, and only its own scores.
 */
final class ScoringPane implements StepPane {

    private final SheetViewModel viewModel;
    private final I18n i18n;
    private final boolean running;
    private final ListView<Rater> raters = new ListView<>();
    private final PasswordField password = new PasswordField();
    private final Label passwordLabel = new Label();
    private final Button transcribe = new Button();
    private final VBox sheetBox = new VBox(10);
    private final Label sheetTitle = new Label();
    private final VBox rowsBox = new VBox(14);
    private ScrollPane rowsScroll;
    private final List<DigitChoice<Integer>> choices = new ArrayList<>();
    private final List<TextField> evidence = new ArrayList<>();
    private final Label hint = new Label();
    private final VBox closedBox = new VBox();
    private final javafx.beans.property.BooleanProperty notesShown = new javafx.beans.property.SimpleBooleanProperty();
    private VBox left;
    private Long chosenMember;
    private final Confirmation confirmation;
    private final HBox sheetButtons;
    private final VBox countersignBox = new VBox(6);
    private final Label countersignCaption = new Label();
    private final PasswordField countersignPassword = new PasswordField();
    private final SplitPane sheetScroll;
    private final HBox root;

    ScoringPane(SheetViewModel viewModel, I18n i18n, boolean running) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.running = running;
        raters.setId("raterList");
        raters.getStyleClass().add("wrapping-list");
        raters.setItems(viewModel.raters());
        raters.setCellFactory(list -> new RaterCell());
        raters.getSelectionModel().selectedItemProperty().addListener((obs, old, rater) -> {
            showUnlock(rater);
            if (rater != null) {
                chosenMember = rater.memberId();
            }
        });
        viewModel.raters().addListener((ListChangeListener<Rater>) change -> keepChoice());
        raters.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && raters.getSelectionModel().getSelectedItem() != null) {
                password.requestFocus();
                e.consume();
            }
        });
        password.setId("sheetPassword");
        password.setOnAction(e -> unlock());
        passwordLabel.setWrapText(true);
        passwordLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        passwordLabel.setLabelFor(password);
        Button open = new Button(i18n.get("sheet.open"));
        open.setOnAction(e -> unlock());
        transcribe.setText(i18n.get("sheet.transcribe"));
        transcribe.setOnAction(e -> transcribe());
        transcribe.setWrapText(true);
        transcribe.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Nodes.show(running, transcribe);
        Label caption = new Label(i18n.get("sheet.raters"));
        caption.getStyleClass().add("caption");
        VBox left = new VBox(10, caption, raters, passwordLabel, password, open, transcribe);
        VBox.setVgrow(raters, Priority.ALWAYS);
        left.setPadding(new Insets(16));
        left.setPrefWidth(380);
        left.setMinWidth(300);
        sheetTitle.getStyleClass().add("guide-competency");
        sheetTitle.setWrapText(true);
        hint.setWrapText(true);
        hint.setMinHeight(USE_PREF);
        hint.getStyleClass().add("muted");
        rowsBox.setPadding(new Insets(0, 12, 0, 0));
        Button submit = new Button(i18n.get("sheet.submit"));
        submit.getStyleClass().add("accent");
        submit.setOnAction(e -> askToSubmit());
        submit.disableProperty().bind(viewModel.submittedProperty());
        Button close = new Button(i18n.get("sheet.close"));
        close.setOnAction(e -> closeSheet());
        ScrollPane scroll = new ScrollPane(rowsBox);
        scroll.setFitToWidth(true);
        rowsScroll = scroll;
        LevelDescriptorsPane descriptors = new LevelDescriptorsPane(viewModel, i18n);
        SplitPane split = new SplitPane(scroll, descriptors.node());
        split.setDividerPositions(0.5);
        split.getStyleClass().add("sheet-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        sheetButtons = new HBox(10, submit, close);
        buildCountersign();
        confirmation = new Confirmation(i18n, "submitConfirmation");
        VBox.setVgrow(confirmation.node(), Priority.ALWAYS);
        sheetBox.getChildren().addAll(sheetTitle, hint, confirmation.node(), split, countersignBox, sheetButtons);
        sheetScroll = split;
        sheetBox.setPadding(new Insets(16));
        HBox.setHgrow(sheetBox, Priority.ALWAYS);
        Label how = new Label(i18n.get("sheet.how"));
        how.setWrapText(true);
        how.getStyleClass().add("guide-script-text");
        closedBox.getChildren().add(how);
        closedBox.setPadding(new Insets(24));
        HBox.setHgrow(closedBox, Priority.ALWAYS);
        this.left = left;
        root = new HBox(left, closedBox, sheetBox);
        viewModel.rows().addListener((ListChangeListener<SheetRow>) change -> buildSheet());
        viewModel.keyProperty().addListener((obs, old, key) -> showSheet(key));
        showSheet(null);
    }

    private static final double USE_PREF = javafx.scene.layout.Region.USE_PREF_SIZE;

    /** Under a transcription: the member reads it on screen and confirms it with their own password. */
    private void buildCountersign() {
        countersignCaption.setWrapText(true);
        countersignCaption.setMinHeight(USE_PREF);
        countersignCaption.setLabelFor(countersignPassword);
        countersignPassword.setId("countersignPassword");
        countersignPassword.setOnAction(e -> countersign());
        countersignPassword.setPrefColumnCount(16);
        Button confirm = new Button(i18n.get("sheet.countersign"));
        confirm.setId("countersign");
        confirm.setOnAction(e -> countersign());
        confirm.setMinWidth(USE_PREF);
        HBox entry = new HBox(10, countersignPassword, confirm);
        entry.setAlignment(Pos.CENTER_LEFT);
        countersignBox.getChildren().addAll(countersignCaption, entry);
        countersignBox.getStyleClass().add("countersign");
        countersignBox.disableProperty().bind(viewModel.submittedProperty());
    }

    private void countersign() {
        if (!countersignPassword.getText().isEmpty()) {
            viewModel.countersign(countersignPassword.getText());
            countersignPassword.clear();
        }
    }

    /** After the raters were reloaded, the same member stays chosen (the first one when none was). */
    private void keepChoice() {
        if (!raters.getSelectionModel().isEmpty() || raters.getItems().isEmpty()) {
            return;
        }
        raters.getItems().stream().filter(r -> chosenMember != null && r.memberId() == chosenMember).findFirst()
                .ifPresentOrElse(rater -> raters.getSelectionModel().select(rater),
                        () -> raters.getSelectionModel().select(0));
    }

    private void showUnlock(Rater rater) {
        passwordLabel.setText(rater == null ? i18n.get("sheet.chooseRater")
                : i18n.format("sheet.passwordOf", rater.fullName()));
        transcribe.setDisable(rater == null || rater.submitted());
    }

    private void unlock() {
        Rater rater = raters.getSelectionModel().getSelectedItem();
        if (rater != null && !password.getText().isEmpty()) {
            viewModel.unlock(rater, password.getText());
            password.clear();
        }
    }

    private void transcribe() {
        Rater rater = raters.getSelectionModel().getSelectedItem();
        if (rater != null && running) {
            viewModel.transcribe(rater);
        }
    }

    private void closeSheet() {
        viewModel.close();
        raters.requestFocus();
    }

    private void showSheet(SheetKey key) {
        confirmation.hide();
        Nodes.show(key != null, sheetBox);
        Nodes.show(key == null, closedBox, left);
        Nodes.show(key != null && key.transcription(), countersignBox);
        countersignPassword.clear();
        if (key != null) {
            sheetTitle.setText(i18n.format(key.transcription() ? "sheet.titleTranscription" : "sheet.title",
                    key.memberName()));
            countersignCaption.setText(i18n.format("sheet.countersignCaption", key.memberName()));
            hint.setText(i18n.format("sheet.hint", key.lowest(), key.highest()));
            javafx.application.Platform.runLater(() -> focusRow(0));
        } else if (root != null && root.getScene() != null) {
            javafx.application.Platform.runLater(raters::requestFocus);
        }
    }

    private void buildSheet() {
        rowsBox.getChildren().clear();
        choices.clear();
        evidence.clear();
        List<SheetRow> rows = viewModel.rows();
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            int index = i;
            Label name = new Label(row.name());
            name.setWrapText(true);
            DigitChoice<Integer> choice = new DigitChoice<>(viewModel.levels(), level -> level, null,
                    level -> viewModel.score(row, level));
            choice.setId("level-" + row.code());
            choice.setAlignment(Pos.CENTER_LEFT);
            choice.show(row.levelProperty().get());
            row.levelProperty().addListener((obs, old, level) -> choice.show(level));
            choice.focusedProperty().addListener((obs, was, focused) -> onRow(row, focused));
            choice.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                    focusRow(index + (e.getCode() == KeyCode.DOWN ? 1 : -1));
                    e.consume();
                }
            });
            TextField text = new TextField(row.evidenceProperty().get());
            text.setId("evidence-" + row.code());
            text.setPromptText(i18n.get("sheet.evidencePrompt"));
            row.evidenceProperty().addListener((obs, old, now) -> {
                if (!text.isFocused()) {
                    text.setText(now);
                }
            });
            text.setOnAction(e -> {
                viewModel.evidence(row, text.getText());
                focusRow(index + 1);
            });
            text.focusedProperty().addListener((obs, was, focused) -> {
                onRow(row, focused);
                if (!focused) {
                    viewModel.evidence(row, text.getText());
                }
            });
            text.editableProperty().bind(viewModel.submittedProperty().not());
            Label state = new Label();
            state.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> stateText(row),
                    row.stateProperty(), row.savedAtProperty()));
            row.stateProperty().addListener((obs, old, now) -> {
                state.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"),
                        now == SheetRow.State.FAILED);
                state.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("saved"),
                        now == SheetRow.State.SAVED);
            });
            state.getStyleClass().add("save-state");
            name.getStyleClass().add("sheet-competency");
            name.setMinHeight(USE_PREF);
            state.setMinWidth(0);
            state.setWrapText(true);
            HBox levels = new HBox(12, choice, state);
            levels.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(state, Priority.ALWAYS);
            choice.sizeToOptions();
            choice.setMinWidth(USE_PREF);
            VBox box = new VBox(6, name, levels, text, questionNotes(row));
            box.getStyleClass().add("sheet-row");
            rowsBox.getChildren().add(box);
            choice.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    ScrollIntoView.show(rowsScroll, box);
                }
            });
            choices.add(choice);
            evidence.add(text);
        }
    }

    /** A field of {@code row} took the focus: its levels' descriptors are shown. */
    private void onRow(SheetRow row, boolean focused) {
        if (focused && viewModel.currentProperty().get() != row) {
            viewModel.focus(row);
        }
    }

    /** The member's own notes on the competency's questions, shown with Ctrl+N. */
    private VBox questionNotes(SheetRow row) {
        VBox box = new VBox(4);
        for (int q = 0; q < row.questions().size(); q++) {
            GuideQuestion question = row.questions().get(q);
            TextField note = new TextField(row.noteProperty(question.index()).get());
            note.setId("note-" + row.code() + "-" + question.index());
            note.setPromptText(i18n.format("sheet.notePrompt", q + 1, i18n.text(question.question().text())));
            note.setOnAction(e -> viewModel.note(row, question.index(), note.getText()));
            note.focusedProperty().addListener((obs, was, focused) -> {
                onRow(row, focused);
                if (!focused) {
                    viewModel.note(row, question.index(), note.getText());
                }
            });
            row.noteProperty(question.index()).addListener((obs, old, now) -> {
                if (!note.isFocused()) {
                    note.setText(now);
                }
            });
            note.editableProperty().bind(viewModel.submittedProperty().not());
            note.getStyleClass().add("question-note");
            box.getChildren().add(note);
        }
        box.visibleProperty().bind(notesShown);
        box.managedProperty().bind(notesShown);
        return box;
    }

    /** What is being typed is saved first: the worker stores it before what comes next. */
    private void saveFieldBeingTyped() {
        if (root.getScene() != null && root.getScene().getFocusOwner() instanceof TextField field
                && field.getOnAction() != null) {
            field.getOnAction().handle(new javafx.event.ActionEvent(field, field));
        }
    }

    /**
     * Before the sheet is locked, every level and evidence on it (as on screen), a competency left
     * unscored standing out; submitting waits for Enter.
     */
    private void askToSubmit() {
        SheetKey key = viewModel.keyProperty().get();
        if (key == null || viewModel.submittedProperty().get()) {
            return;
        }
        List<Confirmation.Line> lines = new ArrayList<>();
        List<SheetRow> rows = viewModel.rows();
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            Integer level = row.levelProperty().get();
            String text = evidence.get(i).getText().strip();
            lines.add(level == null ? new Confirmation.Line(i18n.format("confirm.notScored", row.name()), true)
                    : Confirmation.Line.of(i18n.format(text.isEmpty() ? "confirm.level" : "confirm.levelWithEvidence",
                    row.name(), level, text)));
        }
        if (key.transcription()) {
            lines.add(new Confirmation.Line(i18n.format("confirm.unconfirmedTranscription", key.memberName()), true));
        }
        confirmation.ask(i18n.format("confirm.submitTitle", key.memberName()), lines, i18n.get("confirm.submit"),
                viewModel::submit, List.of(hint, sheetScroll, countersignBox, sheetButtons));
    }

    private String stateText(SheetRow row) {
        return switch (row.stateProperty().get()) {
            case EMPTY -> i18n.get("sheet.state.EMPTY");
            case SAVING -> i18n.get("sheet.state.SAVING");
            case SAVED -> i18n.format("sheet.state.SAVED", row.savedAtProperty().get());
            case FAILED -> i18n.get("sheet.state.FAILED");
        };
    }

    private void focusRow(int index) {
        if (index >= 0 && index < choices.size()) {
            choices.get(index).requestFocus();
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void showStep() {
        if (viewModel.keyProperty().get() != null) {
            return;
        }
        java.util.OptionalLong asked = viewModel.takeAsked();
        if (asked.isPresent()) {
            raters.getItems().stream().filter(r -> r.memberId() == asked.getAsLong()).findFirst()
                    .ifPresent(rater -> raters.getSelectionModel().select(rater));
        }
        keepChoice();
        javafx.application.Platform.runLater(asked.isPresent() ? password::requestFocus : raters::requestFocus);
    }

    @Override
    public boolean keyPressed(KeyEvent event, boolean typing) {
        boolean open = viewModel.keyProperty().get() != null;
        if (open && confirmation.keyPressed(event)) {
            return true;
        }
        if (open && event.getCode() == KeyCode.ENTER && event.isControlDown()) {
            saveFieldBeingTyped();
            askToSubmit();
            return true;
        }
        if (open && (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT) && !typing
                && root.getScene() != null && root.getScene().getFocusOwner() instanceof DigitChoice) {
            viewModel.lookAt(event.getCode() == KeyCode.RIGHT ? 1 : -1);
            return true;
        }
        if (open && event.getCode() == KeyCode.K && event.isControlDown() && countersignBox.isVisible()) {
            saveFieldBeingTyped();
            countersignPassword.requestFocus();
            return true;
        }
        if (open && event.getCode() == KeyCode.N && event.isControlDown()) {
            notesShown.set(!notesShown.get());
            return true;
        }
        if (open && event.getCode() == KeyCode.ESCAPE && !typing) {
            closeSheet();
            return true;
        }
        if (!open && running && event.getCode() == KeyCode.T && event.isControlDown()) {
            transcribe();
            return true;
        }
        return false;
    }

    @Override
    public List<Shortcut> shortcuts() {
        if (viewModel.keyProperty().get() != null && confirmation.showing()) {
            return CONFIRMATION_KEYS;
        }
        SheetKey key = viewModel.keyProperty().get();
        if (key != null) {
            List<Shortcut> keys = new ArrayList<>(List.of(new Shortcut("1–9", "shortcut.level"),
                    new Shortcut("← →", "shortcut.lookAtLevel"), new Shortcut("Tab", "shortcut.evidence"),
                    new Shortcut("↑ ↓", "shortcut.row"), new Shortcut("Ctrl+N", "shortcut.questionNotes"),
                    new Shortcut("Ctrl+Enter", "shortcut.submit"), new Shortcut("Esc", "shortcut.closeSheet")));
            if (key.transcription()) {
                keys.add(keys.size() - 1, new Shortcut("Ctrl+K", "shortcut.countersign"));
            }
            return keys;
        }
        List<Shortcut> keys = new ArrayList<>(List.of(new Shortcut("↑ ↓", "shortcut.chooseRater"),
                new Shortcut("Enter", "shortcut.password")));
        if (running) {
            keys.add(new Shortcut("Ctrl+T", "shortcut.transcribe"));
        }
        return keys;
    }

    private final class RaterCell extends ListCell<Rater> {
        @Override
        protected void updateItem(Rater rater, boolean empty) {
            super.updateItem(rater, empty);
            setText(empty || rater == null ? null : (rater.submitted() ? "✓ " : "○ ") + rater.fullName()
                    + (rater.chair() ? " · " + i18n.get("panel.role.CHAIR") : "") + " — "
                    + i18n.get(rater.submitted() ? "sheet.submittedMark" : "sheet.pendingMark")
                    + (rater.countersigned() ? ", " + i18n.get("sheet.countersignedMark") : ""));
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
