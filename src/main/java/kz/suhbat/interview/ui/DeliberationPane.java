package kz.suhbat.interview.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.suhbat.common.ui.DigitChoice;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.scoring.CompetencyResult;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.InterviewGuide;
import kz.suhbat.interview.Rater;
import kz.suhbat.scoring.Score;

/**
 * The reveal: every rater's level per competency, mean, spread and the divergence flag, the agreed
 * result and its reason, and the total with how it was computed. The competency chosen with the arrow
 * keys shows each rater's evidence; K records it as discussed, A opens the agreed-level form (confirmed
 * by the presiding chair's password), O lets the chair open a competency that does not diverge for
 * discussion, so that a level can be agreed for it.
 */
final class DeliberationPane implements StepPane {

    private final DeliberationViewModel viewModel;
    private final InterviewViewModel interview;
    private final I18n i18n;
    private final GridPane table = new GridPane();
    private final Label computation = new Label();
    private final VBox evidence = new VBox(6);
    private final VBox agreeForm = new VBox(8);
    private final HBox agreeEntry = new HBox(10);
    private final Label agreeLabel = new Label();
    private final TextField agreeReason = new TextField();
    private final PasswordField agreePassword = new PasswordField();
    private final Label agreePasswordLabel = new Label();
    private final Label openPasswordLabel = new Label();
    private final VBox openForm = new VBox(8);
    private final Label openLabel = new Label();
    private final PasswordField openPassword = new PasswordField();
    /** The competency the open form opens for discussion. */
    private String openingOn;
    private DigitChoice<Integer> agreeLevel;
    private Integer chosenLevel;
    /** The competency whose agreed level the open form records. */
    private String agreeingOn;
    private int selected;
    private final VBox revealed = new VBox(12);
    private final RevealFrame frame;

    DeliberationPane(DeliberationViewModel viewModel, InterviewViewModel interview, I18n i18n) {
        this.viewModel = viewModel;
        this.interview = interview;
        this.i18n = i18n;
        table.setId("revealTable");
        table.getStyleClass().add("reveal-table");
        table.setHgap(0);
        computation.setId("computation");
        computation.setWrapText(true);
        agreeReason.setId("agreeReason");
        agreeReason.setPromptText(i18n.get("deliberation.agreeReason"));
        agreeReason.setOnAction(e -> agree());
        HBox.setHgrow(agreeReason, Priority.ALWAYS);
        agreeReason.setMinWidth(240);
        Button save = new Button(i18n.get("deliberation.agreeSave"));
        save.setId("agreeSave");
        save.setOnAction(e -> agree());
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button cancel = new Button(i18n.get("deliberation.agreeCancel"));
        cancel.setOnAction(e -> closeForms());
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        agreeLabel.setWrapText(true);
        agreeLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        agreeEntry.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        agreeEntry.getChildren().add(agreeReason);
        agreePassword.setId("agreePassword");
        agreePassword.setOnAction(e -> agree());
        agreePasswordLabel.setId("agreePasswordLabel");
        agreeForm.getChildren().addAll(agreeLabel, agreeEntry, passwordLine(agreePasswordLabel, agreePassword),
                new HBox(10, save, cancel));
        agreeForm.getStyleClass().add("agree-form");
        Nodes.show(false, agreeForm);
        openLabel.setWrapText(true);
        openLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        openPassword.setId("openPassword");
        openPassword.setOnAction(e -> open());
        Button openSave = new Button(i18n.get("deliberation.openSave"));
        openSave.setId("openSave");
        openSave.setOnAction(e -> open());
        openSave.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button openCancel = new Button(i18n.get("deliberation.agreeCancel"));
        openCancel.setOnAction(e -> closeForms());
        openCancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        openForm.getChildren().addAll(openLabel, passwordLine(openPasswordLabel, openPassword),
                new HBox(10, openSave, openCancel));
        openForm.getStyleClass().add("agree-form");
        Nodes.show(false, openForm);
        Label evidenceCaption = new Label(i18n.get("deliberation.evidence"));
        evidenceCaption.getStyleClass().add("caption");
        revealed.getChildren().addAll(table, computation, agreeForm, openForm, evidenceCaption, evidence);
        frame = new RevealFrame(viewModel, revealed);
        viewModel.deliberationProperty().addListener((obs, old, now) -> showStep());
    }

    @Override
    public Node node() {
        return frame.root();
    }

    @Override
    public void showStep() {
        Deliberation deliberation = viewModel.deliberationProperty().get();
        InterviewGuide guide = interview.guideProperty().get();
        frame.show();
        if (deliberation == null || guide == null) {
            return;
        }
        agreementStored(deliberation);
        boolean justOpened = openedStored(deliberation);
        buildTable(deliberation, guide);
        computation.setText(computation(deliberation, guide));
        select(Math.min(selected, deliberation.results().competencies().size() - 1));
        if (justOpened) {
            openAgreeForm();
        } else if (!agreeForm.isVisible() && !openForm.isVisible()) {
            frame.root().requestFocus();
        }
    }

    private void buildTable(Deliberation deliberation, InterviewGuide guide) {
        table.getChildren().clear();
        List<String> headings = new ArrayList<>(List.of(i18n.get("deliberation.competency")));
        deliberation.raters().forEach(r -> headings.add(r.surname()));
        headings.addAll(List.of(i18n.get("deliberation.mean"), i18n.get("deliberation.spread"),
                i18n.get("deliberation.result"), ""));
        table.getColumnConstraints().clear();
        for (int c = 0; c < headings.size(); c++) {
            Label heading = cell(headings.get(c), "reveal-heading");
            table.add(heading, c, 0);
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            if (c == 0) {
                // the competencies' names take what the numbers leave, and are never squeezed into broken words
                column.setMinWidth(205);
                column.setPrefWidth(230);
                column.setHgrow(Priority.ALWAYS);
            } else if (c == headings.size() - 1) {
                heading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                column.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            } else {
                heading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                column.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            table.getColumnConstraints().add(column);
        }
        List<CompetencyResult> results = deliberation.results().competencies();
        for (int r = 0; r < results.size(); r++) {
            CompetencyResult result = results.get(r);
            List<Node> cells = new ArrayList<>();
            Label name = cell(i18n.format("deliberation.nameAndWeight", name(guide, result.competencyCode()),
                    result.weight().stripTrailingZeros().toPlainString()), "reveal-name");
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            cells.add(name);
            for (Rater rater : deliberation.raters()) {
                Integer level = result.levels().get(rater.memberId());
                cells.add(cell(level == null ? "—" : level.toString(), "reveal-level"));
            }
            cells.add(cell(result.mean().toPlainString(), null));
            cells.add(cell(Integer.toString(result.spread()), null));
            cells.add(cell(result.result().toPlainString() + (result.agreed() ? " *" : ""), "reveal-result"));
            cells.add(cell(flag(result), result.awaitsDiscussion() ? "divergent" : "muted"));
            for (int c = 0; c < cells.size(); c++) {
                Node node = cells.get(c);
                if (c > 0) {
                    ((Label) node).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
                node.getStyleClass().add(r % 2 == 0 ? "reveal-even" : "reveal-odd");
                table.add(node, c, r + 1);
            }
        }
    }

    /** The short mark of a competency in the table; the chosen one is spelled out below it. */
    private String flag(CompetencyResult result) {
        if (result.agreed()) {
            return "✓ " + i18n.format("deliberation.agreedShort", result.outcome().agreedLevel());
        }
        if (result.awaitsDiscussion()) {
            return "⚑ " + i18n.get("deliberation.divergentShort");
        }
        if (opened(result)) {
            return "○ " + i18n.get("deliberation.openedShort");
        }
        return result.discussed() ? "✓ " + i18n.get("deliberation.discussedFlag") : "";
    }

    private String flagInFull(CompetencyResult result) {
        if (result.agreed()) {
            return i18n.format("deliberation.agreedFlag", result.outcome().agreedLevel(), result.outcome().reason());
        }
        if (result.awaitsDiscussion()) {
            return "⚑ " + i18n.get("deliberation.divergent");
        }
        return opened(result) ? "○ " + i18n.get("deliberation.openedFlag") : "";
    }

    private static boolean opened(CompetencyResult result) {
        return result.outcome() != null && result.outcome().opened();
    }

    /** An agreed level is allowed where the raters diverge or where the chair opened the competency. */
    private static boolean open(CompetencyResult result) {
        return result.divergent() || opened(result);
    }

    /** The presiding chair's password field, with the label that names them (a prompt hides while typing). */
    private static HBox passwordLine(Label label, PasswordField field) {
        label.setLabelFor(field);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setMinWidth(260);
        field.setPrefWidth(320);
        HBox line = new HBox(10, label, field);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    /** Who confirms the chair's part for this candidate, as the password fields name them. */
    private String presidingName(Deliberation deliberation) {
        return deliberation.presiding().map(Rater::fullName).orElse(i18n.get("deliberation.noPresiding"));
    }

    private String computation(Deliberation deliberation, InterviewGuide guide) {
        String sum = deliberation.results().competencies().stream()
                .map(r -> r.result().toPlainString() + " × " + r.weight().stripTrailingZeros().toPlainString() + "%")
                .collect(Collectors.joining(" + "));
        return i18n.format(deliberation.results().reachesThreshold() ? "deliberation.totalReached"
                        : "deliberation.totalMissed", sum, deliberation.results().total().toPlainString(),
                deliberation.results().thresholdShown());
    }

    private String name(InterviewGuide guide, String code) {
        return guide.competencies().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(GuideCompetency::competency).map(c -> i18n.text(c.name())).orElse(code);
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        label.getStyleClass().add("reveal-cell");
        if (style != null) {
            label.getStyleClass().add(style);
        }
        GridPane.setFillWidth(label, true);
        GridPane.setFillHeight(label, true);
        return label;
    }

    private void select(int index) {
        Deliberation deliberation = viewModel.deliberationProperty().get();
        if (deliberation == null || index < 0 || index >= deliberation.results().competencies().size()) {
            return;
        }
        selected = index;
        for (Node node : table.getChildren()) {
            Integer row = GridPane.getRowIndex(node);
            node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"),
                    row != null && row == index + 1);
        }
        CompetencyResult result = deliberation.results().competencies().get(index);
        evidence.getChildren().clear();
        String full = flagInFull(result);
        if (!full.isEmpty()) {
            Label state = new Label(full);
            state.setWrapText(true);
            state.getStyleClass().add(result.awaitsDiscussion() ? "divergent" : "caption");
            state.setId("chosenFlag");
            evidence.getChildren().add(state);
        }
        for (Rater rater : deliberation.raters()) {
            Score score = deliberation.score(rater.memberId(), result.competencyCode()).orElse(null);
            Label line = new Label(rater.fullName() + ": " + (score == null ? "—" : score.level() + " — "
                    + score.evidence() + (score.transcribed()
                    ? " (" + i18n.get("sheet.origin." + deliberation.origin(rater).name()) + ")" : "")));
            line.setWrapText(true);
            evidence.getChildren().add(line);
        }
        deliberation.notes().stream().filter(n -> n.competencyCode().equals(result.competencyCode()))
                .forEach(n -> {
                    Label line = new Label("✎ " + (n.panelNote() ? i18n.get("deliberation.panelNote")
                            : deliberation.raters().stream().filter(r -> r.memberId() == n.memberId())
                            .map(Rater::fullName).findFirst().orElse("")) + ": " + n.text());
                    line.setWrapText(true);
                    line.getStyleClass().add("muted");
                    evidence.getChildren().add(line);
                });
    }

    private void openAgreeForm() {
        Deliberation deliberation = viewModel.deliberationProperty().get();
        if (deliberation == null || !interview.running() || deliberation.interview().finalised()) {
            return;
        }
        InterviewGuide guide = interview.guideProperty().get();
        CompetencyResult result = deliberation.results().competencies().get(selected);
        if (!open(result)) {
            openOpenForm();
            return;
        }
        Nodes.show(false, openForm);
        agreeLabel.setText(i18n.format("deliberation.agreeFor", name(guide, result.competencyCode())));
        agreePassword.clear();
        agreePasswordLabel.setText(i18n.format("deliberation.chairPassword", presidingName(deliberation)));
        if (agreeLevel != null) {
            agreeEntry.getChildren().remove(agreeLevel);
        }
        List<Integer> levels = IntStream.rangeClosed(guide.scale().lowest(), guide.scale().highest()).boxed().toList();
        chosenLevel = result.agreed() ? result.outcome().agreedLevel() : null;
        agreeLevel = new DigitChoice<>(levels, level -> level, null, level -> {
            chosenLevel = level;
            agreeLevel.show(level);
            agreeReason.requestFocus();
        });
        agreeLevel.setId("agreeLevel");
        agreeLevel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        agreeLevel.show(chosenLevel);
        agreeEntry.getChildren().add(0, agreeLevel);
        if (!result.competencyCode().equals(agreeingOn)) {
            agreeReason.clear();
        }
        agreeingOn = result.competencyCode();
        Nodes.show(true, agreeForm);
        agreeLevel.requestFocus();
    }

    /**
     * Records the agreed level; the form stays open with the typed reason until the deliberation comes
     * back with it stored, so a refused entry loses nothing.
     */
    private void agree() {
        Deliberation deliberation = viewModel.deliberationProperty().get();
        if (deliberation == null || agreeingOn == null) {
            return;
        }
        if (agreeReason.getText().isBlank()) {
            agreeReason.requestFocus();
            return;
        }
        if (agreePassword.getText().isEmpty()) {
            agreePassword.requestFocus();
            return;
        }
        String password = agreePassword.getText();
        agreePassword.clear();
        viewModel.agree(agreeingOn, chosenLevel, agreeReason.getText(), password);
    }

    /**
     * The form in which the chair (or the deputy presiding) opens the chosen competency for discussion
     * with their password, so that a level can be agreed for it although the raters do not diverge.
     */
    private void openOpenForm() {
        Deliberation deliberation = viewModel.deliberationProperty().get();
        if (deliberation == null || !interview.running() || deliberation.interview().finalised()) {
            return;
        }
        CompetencyResult result = deliberation.results().competencies().get(selected);
        if (open(result)) {
            openAgreeForm();
            return;
        }
        Nodes.show(false, agreeForm);
        openingOn = result.competencyCode();
        openLabel.setText(i18n.format("deliberation.openFor", name(interview.guideProperty().get(),
                result.competencyCode())));
        openPassword.clear();
        openPasswordLabel.setText(i18n.format("deliberation.chairPassword", presidingName(deliberation)));
        Nodes.show(true, openForm);
        openPassword.requestFocus();
    }

    private void open() {
        if (openingOn == null || openPassword.getText().isEmpty()) {
            openPassword.requestFocus();
            return;
        }
        String password = openPassword.getText();
        openPassword.clear();
        viewModel.openForDiscussion(openingOn, password);
    }

    /** The competency asked to be opened is open now: the open form gives way to the agreed-level form. */
    private boolean openedStored(Deliberation deliberation) {
        if (openingOn == null || !openForm.isVisible()) {
            return false;
        }
        boolean opened = deliberation.results().competencies().stream()
                .anyMatch(r -> r.competencyCode().equals(openingOn) && opened(r));
        if (opened) {
            openingOn = null;
            Nodes.show(false, openForm);
        }
        return opened;
    }

    /** The agreement asked for is stored: the form closes and the reason field empties. */
    private void agreementStored(Deliberation deliberation) {
        if (agreeingOn == null || !agreeForm.isVisible()) {
            return;
        }
        deliberation.results().competencies().stream()
                .filter(r -> r.competencyCode().equals(agreeingOn) && r.agreed()
                        && java.util.Objects.equals(r.outcome().agreedLevel(), chosenLevel)
                        && r.outcome().reason().equals(agreeReason.getText().strip()))
                .findFirst().ifPresent(r -> {
                    agreeReason.clear();
                    agreeingOn = null;
                    Nodes.show(false, agreeForm);
                });
    }

    private void closeForms() {
        Nodes.show(false, agreeForm, openForm);
        frame.root().requestFocus();
    }

    @Override
    public boolean keyPressed(KeyEvent event, boolean typing) {
        Deliberation deliberation = viewModel.deliberationProperty().get();
        if (deliberation == null) {
            return frame.keyPressed(event);
        }
        if (event.getCode() == KeyCode.ESCAPE && (agreeForm.isVisible() || openForm.isVisible())) {
            closeForms();
            return true;
        }
        if (event.getCode() == KeyCode.ENTER && agreeForm.isVisible() && focusIn(agreeForm)) {
            agree();
            return true;
        }
        if (event.getCode() == KeyCode.ENTER && openForm.isVisible() && focusIn(openForm)) {
            open();
            return true;
        }
        if (typing || agreeForm.isVisible() && agreeLevel != null && agreeLevel.isFocused()) {
            return false;
        }
        boolean canChange = interview.running() && !deliberation.interview().finalised();
        switch (event.getCode()) {
            case UP -> select(selected - 1);
            case DOWN -> select(selected + 1);
            case K -> {
                if (!canChange) {
                    return false;
                }
                viewModel.discussed(deliberation.results().competencies().get(selected).competencyCode());
            }
            case A -> {
                if (!canChange) {
                    return false;
                }
                openAgreeForm();
            }
            case O -> {
                if (!canChange) {
                    return false;
                }
                openOpenForm();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private String levelKeys() {
        InterviewGuide guide = interview.guideProperty().get();
        return guide == null ? "" : guide.scale().lowest() + "–" + guide.scale().highest();
    }

    private boolean focusIn(Node parent) {
        Node owner = parent.getScene() == null ? null : parent.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Shortcut> shortcuts() {
        if (viewModel.deliberationProperty().get() == null) {
            return RevealFrame.WAITING_KEYS;
        }
        if (agreeForm.isVisible()) {
            return List.of(new Shortcut(levelKeys(), "shortcut.level"), new Shortcut("Tab", "shortcut.chairConfirms"),
                    new Shortcut("Enter", "shortcut.agreeRecord"), new Shortcut("Esc", "shortcut.back"));
        }
        if (openForm.isVisible()) {
            return List.of(new Shortcut("Enter", "shortcut.openRecord"), new Shortcut("Esc", "shortcut.back"));
        }
        List<Shortcut> keys = new ArrayList<>(List.of(new Shortcut("↑ ↓", "shortcut.competency")));
        if (interview.running() && !viewModel.deliberationProperty().get().interview().finalised()) {
            keys.add(new Shortcut("K", "shortcut.discussed"));
            keys.add(new Shortcut("A", "shortcut.agree"));
            keys.add(new Shortcut("O", "shortcut.open"));
        }
        return keys;
    }

}
