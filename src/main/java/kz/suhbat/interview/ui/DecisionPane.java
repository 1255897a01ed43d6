package kz.suhbat.interview.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
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
import kz.suhbat.common.ui.Confirmation;
import kz.suhbat.common.ui.DigitChoice;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.Gap;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.InterviewGuide;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.interview.Rater;
import kz.suhbat.scoring.Vote;

/**
 * The decision: each rater's vote (typed as the outcome's number) and separate opinion, confirmed by the
 * member's own password or transcribed from their signed paper vote sheet; who presides; the decision the
 * votes make, what is still missing before finalising, finalising, and the chair's reopening.
 */
final class DecisionPane implements StepPane {

    private final DeliberationViewModel viewModel;
    private final InterviewViewModel interview;
    private final I18n i18n;
    private final GridPane votes = new GridPane();
    private final List<VoteRow> rows = new ArrayList<>();
    private boolean rowsChangeable;
    /** The step has just come on screen and the focus is still to be placed. */
    private boolean focusPending;
    private final Label decision = new Label();
    private final Label results = new Label();
    private final Label votesCaption = new Label();
    private final Label presiding = new Label();
    private final VBox gaps = new VBox(4);
    private final Button finalise = new Button();
    private final Label thresholdCaption = new Label();
    private final TextField thresholdReason = new TextField();
    private final Label thresholdReasonShown = new Label();
    private final VBox reopenForm = new VBox(8);
    private final PasswordField chairPassword = new PasswordField();
    private final TextField reopenReason = new TextField();
    private final VBox content = new VBox(14);
    private final RevealFrame frame;
    private final Confirmation confirmation;

    DecisionPane(DeliberationViewModel viewModel, InterviewViewModel interview, I18n i18n) {
        this.viewModel = viewModel;
        this.interview = interview;
        this.i18n = i18n;
        votes.setHgap(12);
        votes.setVgap(10);
        // the names wrap in a column of their own width, so the votes and opinions keep their room
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints(200, 250, 280);
        javafx.scene.layout.ColumnConstraints entries = new javafx.scene.layout.ColumnConstraints();
        entries.setHgrow(Priority.ALWAYS);
        votes.getColumnConstraints().setAll(names, entries);
        decision.setId("decision");
        decision.getStyleClass().add("guide-competency");
        decision.setWrapText(true);
        finalise.setId("finalise");
        finalise.setText(i18n.get("decision.finalise"));
        finalise.getStyleClass().add("accent");
        finalise.setOnAction(e -> askToFinalise());
        thresholdCaption.setText(i18n.get("decision.thresholdReasonCaption"));
        thresholdCaption.setWrapText(true);
        thresholdCaption.setLabelFor(thresholdReason);
        thresholdCaption.getStyleClass().add("divergent");
        thresholdReason.setId("thresholdReason");
        thresholdReason.setOnAction(e -> askToFinalise());
        thresholdReason.setPromptText(i18n.get("decision.thresholdReason"));
        thresholdReasonShown.setId("thresholdReasonShown");
        thresholdReasonShown.setWrapText(true);
        chairPassword.setId("chairPassword");
        chairPassword.setPromptText(i18n.get("decision.chairPassword"));
        reopenReason.setId("reopenReason");
        reopenReason.setPromptText(i18n.get("decision.reopenReason"));
        reopenReason.setOnAction(e -> reopen());
        Button reopen = new Button(i18n.get("decision.reopen"));
        reopen.setOnAction(e -> reopen());
        Label reopenCaption = new Label(i18n.get("decision.reopenCaption"));
        reopenCaption.setWrapText(true);
        reopenForm.getChildren().addAll(reopenCaption, chairPassword, reopenReason, reopen);
        votesCaption.setText(i18n.get("decision.votes"));
        votesCaption.getStyleClass().add("caption");
        presiding.setId("presiding");
        presiding.setWrapText(true);
        results.setWrapText(true);
        confirmation = new Confirmation(i18n, "finaliseConfirmation");
        content.getChildren().addAll(confirmation.node(), results, votesCaption, presiding, votes, decision,
                thresholdReasonShown, gaps, thresholdCaption, thresholdReason, finalise, reopenForm);
        frame = new RevealFrame(viewModel, content);
        viewModel.deliberationProperty().addListener((obs, old, now) -> {
            if (interview.step() != null && interview.step().kind() == Step.Kind.DECISION) {
                update();
            }
        });
    }

    @Override
    public Node node() {
        return frame.root();
    }

    /** The step comes on screen: the focus goes to the first rater without a vote, once the votes are shown. */
    @Override
    public void showStep() {
        focusPending = true;
        update();
    }

    /** What is stored changed (a vote, a finalisation): the screen follows, the focus stays where it is. */
    private void update() {
        Deliberation deliberation = viewModel.deliberationProperty().get();
        frame.show();
        confirmation.hide();
        if (deliberation == null) {
            return;
        }
        boolean finalised = deliberation.interview().finalised();
        boolean canChange = interview.running() && !finalised;
        showVotes(deliberation, canChange);
        presiding.setText(deliberation.presiding().map(r -> i18n.format(r.chair() ? "decision.presidingChair"
                : "decision.presidingDeputy", r.fullName())).orElse(""));
        Nodes.show(!presiding.getText().isEmpty(), presiding);
        results.setText(i18n.format(deliberation.results().reachesThreshold() ? "decision.resultsReached"
                : "decision.resultsMissed", deliberation.results().total().toPlainString(),
                deliberation.results().thresholdShown()));
        decision.setText(finalised ? i18n.format("decision.finalisedWith",
                i18n.get("outcome." + deliberation.interview().decision().name()))
                : deliberation.decision().map(o -> i18n.format("decision.current", i18n.get("outcome." + o.name()),
                        deliberation.votes().stream().filter(v -> v.outcome() == o).count(),
                        deliberation.raters().size())).orElse(i18n.get("decision.none")));
        gaps.getChildren().clear();
        if (!finalised) {
            Label caption = new Label(deliberation.gaps().isEmpty() ? i18n.get("decision.complete")
                    : i18n.get("decision.gaps"));
            caption.getStyleClass().add("caption");
            gaps.getChildren().add(caption);
            deliberation.gaps().forEach(g -> {
                Label line = new Label("• " + gapText(g));
                line.setWrapText(true);
                line.getStyleClass().add("divergent");
                gaps.getChildren().add(line);
            });
        }
        Nodes.show(canChange, finalise);
        finalise.setDisable(!deliberation.complete());
        // a decision against the threshold is finalised only with the panel's reason, printed in the protocol
        Nodes.show(canChange && deliberation.againstThreshold(), thresholdCaption, thresholdReason);
        String reason = deliberation.interview().decisionReason();
        thresholdReasonShown.setText(reason.isEmpty() ? "" : i18n.format("decision.thresholdReasonShown", reason));
        Nodes.show(finalised && !reason.isEmpty(), thresholdReasonShown);
        Nodes.show(finalised && interview.running(), reopenForm);
        if (focusPending && canChange && !rows.isEmpty()) {
            focusPending = false;
            focusWhenShown(rows.stream().filter(r -> r.stored == null).findFirst().orElse(rows.get(0)).choice);
        }
    }

    /** The rows sit in a scroll pane, whose content joins the scene only once the pane is laid out. */
    private static void focusWhenShown(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> value,
                                javafx.scene.Scene old, javafx.scene.Scene now) {
                if (now != null) {
                    value.removeListener(this);
                    javafx.application.Platform.runLater(node::requestFocus);
                }
            }
        });
    }

    /**
     * The rows are built once for the raters of the interview and then only updated, so that the focus
     * stays on the row the user chose and what is typed in an opinion is never replaced while typed.
     */
    private void showVotes(Deliberation deliberation, boolean canChange) {
        List<Long> raterIds = deliberation.raters().stream().map(Rater::memberId).toList();
        if (!raterIds.equals(rows.stream().map(VoteRow::memberId).toList()) || canChange != rowsChangeable) {
            buildVotes(deliberation, canChange);
        }
        VoteRow arrived = null;
        for (VoteRow row : rows) {
            if (row.show(deliberation.vote(row.memberId()).orElse(null))) {
                arrived = row;
            }
        }
        if (arrived != null && canChange) {
            // on to the next member without a vote; once all have voted, the row stays chosen (Ctrl+Enter finalises)
            int after = rows.indexOf(arrived);
            rows.stream().skip(after + 1).filter(r -> r.stored == null).findFirst()
                    .or(() -> rows.stream().filter(r -> r.stored == null).findFirst())
                    .orElse(arrived).choice.requestFocus();
        }
    }

    private void buildVotes(Deliberation deliberation, boolean canChange) {
        votes.getChildren().clear();
        rows.clear();
        rowsChangeable = canChange;
        List<Outcome> outcomes = outcomes();
        for (Rater rater : deliberation.raters()) {
            int index = rows.size();
            Label name = new Label(rater.fullName() + part(rater));
            name.setWrapText(true);
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VoteRow row = new VoteRow(rater, index, canChange);
            DigitChoice<Outcome> choice = new DigitChoice<>(outcomes, o -> outcomes.indexOf(o) + 1,
                    o -> i18n.get("outcome." + o.name()), o -> {
                        if (canChange) {
                            row.choose(o);
                        }
                    });
            row.choice = choice;
            choice.setId("vote-" + index);
            choice.setAlignment(Pos.CENTER_LEFT);
            choice.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                    focusRow(index + (e.getCode() == KeyCode.DOWN ? 1 : -1));
                    e.consume();
                }
            });
            row.opinion.setOnAction(e -> (row.password.isDisabled() ? row.paper : row.password).requestFocus());
            row.password.setOnAction(e -> confirmVote(row));
            row.paper.setOnAction(e -> transcribeVote(row));
            GridPane.setHgrow(choice, Priority.ALWAYS);
            votes.addRow(3 * index, name, choice);
            votes.add(row.opinion, 1, 3 * index + 1);
            HBox confirmation = new HBox(10, row.password, row.paper, row.state);
            confirmation.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(row.state, Priority.ALWAYS);
            Nodes.show(canChange, row.password, row.paper);
            votes.add(confirmation, 1, 3 * index + 2);
            GridPane.setMargin(confirmation, new javafx.geometry.Insets(0, 0, 10, 0));
            rows.add(row);
        }
    }

    /** The rater's part beside their name: chair, or deputy chair. */
    private String part(Rater rater) {
        if (rater.chair()) {
            return " · " + i18n.get("panel.role.CHAIR");
        }
        return rater.deputy() ? " · " + i18n.get("panel.deputyChair") : "";
    }

    /** The member confirms the chosen outcome and the opinion with their own password; the field empties. */
    private void confirmVote(VoteRow row) {
        Outcome outcome = row.chosen();
        if (!rowsChangeable || outcome == null) {
            row.choice.requestFocus();
            return;
        }
        if (row.password.getText().isEmpty()) {
            return;
        }
        String password = row.password.getText();
        row.password.clear();
        row.awaited = true;
        viewModel.vote(row.memberId(), outcome, row.opinion.getText(), password);
    }

    /** The secretary types in the member's signed paper vote sheet: marked as transcribed. */
    private void transcribeVote(VoteRow row) {
        Outcome outcome = row.chosen();
        if (!rowsChangeable || outcome == null) {
            row.choice.requestFocus();
            return;
        }
        row.awaited = true;
        viewModel.transcribeVote(row.memberId(), outcome, row.opinion.getText());
    }

    private void focusRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.get(index).choice.requestFocus();
        }
    }

    /**
     * One rater's vote on screen: the outcome chosen and the opinion typed wait there until the member
     * confirms them with their password (or the secretary transcribes the signed paper sheet); what is
     * stored, and how it was confirmed, is shown beside.
     */
    private final class VoteRow {
        private final Rater rater;
        private final TextField opinion = new TextField();
        private final PasswordField password = new PasswordField();
        private final Button paper = new Button(i18n.get("decision.paperVote"));
        private final Label state = new Label();
        private DigitChoice<Outcome> choice;
        private Vote stored;
        /** Chosen on screen, not yet confirmed. */
        private Outcome pending;
        /** A confirmation was sent: when it comes back stored, the focus moves to the next row. */
        private boolean awaited;

        VoteRow(Rater rater, int index, boolean canChange) {
            this.rater = rater;
            opinion.setId("opinion-" + index);
            opinion.setPromptText(i18n.get("decision.opinionPrompt"));
            opinion.setEditable(canChange);
            password.setId("votePassword-" + index);
            password.setMinWidth(260);
            password.setPrefWidth(260);
            password.setDisable(rater.accountId() == null);
            password.setPromptText(i18n.get(rater.accountId() == null ? "decision.paperOnly"
                    : "decision.memberPassword"));
            paper.setId("paperVote-" + index);
            paper.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            state.setId("voteState-" + index);
            state.setWrapText(true);
            state.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            opinion.textProperty().addListener((obs, was, now) -> showState());
        }

        long memberId() {
            return rater.memberId();
        }

        Outcome chosen() {
            return pending != null ? pending : stored == null ? null : stored.outcome();
        }

        void choose(Outcome outcome) {
            pending = outcome;
            choice.show(outcome);
            showState();
        }

        /**
         * Shows what is stored; a choice or an opinion not yet confirmed stays as typed. Answers whether the
         * confirmation this row sent has come back stored.
         */
        boolean show(Vote vote) {
            boolean matches = vote != null && vote.outcome() == chosen()
                    && vote.opinion().equals(opinion.getText().strip());
            boolean arrived = awaited && matches;
            stored = vote;
            if (matches) {
                pending = null;
                awaited = false;
            }
            choice.show(chosen());
            if (!opinion.isFocused() && pending == null && vote != null) {
                opinion.setText(vote.opinion());
            }
            showState();
            return arrived;
        }

        private void showState() {
            if (pending != null || stored != null && !stored.opinion().equals(opinion.getText().strip())) {
                state.setText(i18n.get("decision.notConfirmed"));
                state.getStyleClass().setAll("label", "divergent");
            } else if (stored != null) {
                state.setText(stored.transcribed() ? "✎ " + i18n.get("decision.transcribedMark")
                        : "✓ " + i18n.get("decision.confirmedMark"));
                state.getStyleClass().setAll("label", "muted");
            } else {
                state.setText("");
            }
        }
    }

    private List<Outcome> outcomes() {
        return Outcome.forType(interview.guideProperty().get().campaign().type()).stream().toList();
    }

    private String gapText(Gap gap) {
        InterviewGuide guide = interview.guideProperty().get();
        return switch (gap.kind()) {
            case SHEETS_NOT_SUBMITTED, VOTES_MISSING -> i18n.format("gap." + gap.kind().name(),
                    String.join(", ", gap.names()));
            case NOT_DISCUSSED -> i18n.format("gap.NOT_DISCUSSED", gap.names().stream()
                    .map(code -> guide.competencies().stream().filter(c -> c.code().equals(code)).findFirst()
                            .map(GuideCompetency::competency).map(c -> i18n.text(c.name())).orElse(code))
                    .collect(Collectors.joining(", ")));
            case NO_QUORUM -> i18n.format("gap.NO_QUORUM", gap.counts().get(0), gap.counts().get(1));
            case NO_MAJORITY, NO_PRESIDING -> i18n.get("gap." + gap.kind().name());
        };
    }

    /**
     * Before the record is locked, everything that locks with it: the result against the threshold, every
     * vote with its opinion, the agreed changes, and the decision; finalising waits for Enter.
     */
    private void askToFinalise() {
        Deliberation deliberation = viewModel.deliberationProperty().get();
        if (deliberation == null || !deliberation.complete() || deliberation.interview().finalised()
                || !interview.running()) {
            return;
        }
        InterviewGuide guide = interview.guideProperty().get();
        List<Confirmation.Line> lines = new ArrayList<>();
        lines.add(Confirmation.Line.of(results.getText()));
        for (Rater rater : deliberation.raters()) {
            Vote vote = deliberation.vote(rater.memberId()).orElse(null);
            String shown = vote == null ? "—" : i18n.get("outcome." + vote.outcome().name());
            String line = vote == null || vote.opinion().isEmpty()
                    ? i18n.format("confirm.vote", rater.fullName(), shown)
                    : i18n.format("confirm.voteWithOpinion", rater.fullName(), shown, vote.opinion());
            lines.add(Confirmation.Line.of(vote != null && vote.transcribed()
                    ? line + " (" + i18n.get("decision.transcribedMark") + ")" : line));
        }
        deliberation.results().competencies().stream().filter(r -> r.agreed()).forEach(r -> lines.add(
                Confirmation.Line.of(i18n.format("confirm.agreed", guide.competencies().stream()
                        .filter(c -> c.code().equals(r.competencyCode())).findFirst()
                        .map(c -> i18n.text(c.competency().name())).orElse(r.competencyCode()),
                        r.outcome().agreedLevel(), r.outcome().reason()))));
        lines.add(Confirmation.Line.of(decision.getText()));
        String reason = deliberation.againstThreshold() ? thresholdReason.getText().strip() : "";
        if (deliberation.againstThreshold()) {
            if (reason.isEmpty()) {
                thresholdReason.requestFocus();
                return;
            }
            lines.add(Confirmation.Line.of(i18n.format("decision.thresholdReasonShown", reason)));
        }
        confirmation.ask(i18n.format("confirm.finaliseTitle", guide.candidate().fullName()), lines,
                i18n.get("confirm.finalise"), () -> viewModel.finalise(reason), List.of(results, votesCaption, votes,
                        decision, gaps, thresholdCaption, thresholdReason, finalise));
    }

    private void reopen() {
        if (!chairPassword.getText().isEmpty() && !reopenReason.getText().isBlank()) {
            viewModel.reopen(chairPassword.getText(), reopenReason.getText());
            chairPassword.clear();
            reopenReason.clear();
        }
    }

    @Override
    public boolean keyPressed(KeyEvent event, boolean typing) {
        Deliberation deliberation = viewModel.deliberationProperty().get();
        if (deliberation == null) {
            return frame.keyPressed(event);
        }
        if (confirmation.keyPressed(event)) {
            return true;
        }
        if (event.getCode() == KeyCode.ENTER && event.isControlDown() && interview.running()
                && !deliberation.interview().finalised()) {
            askToFinalise();
            return true;
        }
        if (event.getCode() == KeyCode.R && event.isControlDown() && deliberation.interview().finalised()
                && interview.running()) {
            chairPassword.requestFocus();
            return true;
        }
        return false;
    }

    @Override
    public List<Shortcut> shortcuts() {
        Deliberation deliberation = viewModel.deliberationProperty().get();
        if (deliberation == null) {
            return RevealFrame.WAITING_KEYS;
        }
        if (confirmation.showing()) {
            return CONFIRMATION_KEYS;
        }
        if (deliberation.interview().finalised()) {
            return interview.running() ? List.of(new Shortcut("Ctrl+R", "shortcut.reopen")) : List.of();
        }
        return interview.running() ? List.of(new Shortcut("1–" + outcomes().size(), "shortcut.vote"), new Shortcut("Tab",
                "shortcut.opinion"), new Shortcut("Tab", "shortcut.confirmVote"), new Shortcut("↑ ↓", "shortcut.row"),
                new Shortcut("Ctrl+Enter", "shortcut.finalise")) : List.of();
    }
}
