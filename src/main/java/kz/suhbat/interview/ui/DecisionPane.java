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
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.Gap;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.InterviewGuide;
import kz.suhbat.interview.Outcome;
import kz.suhbat.interview.Rater;
import kz.suhbat.interview.Vote;

/**
 * The decision: each rater's vote (typed as the outcome's number) and separate opinion, the decision the
 * votes make, what is still missing before finalising, finalising, and the chair's reopening.
 */
final class DecisionPane implements StepPane {

    private final DeliberationViewModel viewModel;
    private final InterviewViewModel interview;
    private final I18n i18n;
    private final GridPane votes = new GridPane();
    private final List<DigitChoice<Outcome>> choices = new ArrayList<>();
    private final Label decision = new Label();
    private final Label results = new Label();
    private final VBox gaps = new VBox(4);
    private final Button finalise = new Button();
    private final VBox reopenForm = new VBox(8);
    private final PasswordField chairPassword = new PasswordField();
    private final TextField reopenReason = new TextField();
    private final VBox content = new VBox(14);
    private final RevealFrame frame;

    DecisionPane(DeliberationViewModel viewModel, InterviewViewModel interview, I18n i18n) {
        this.viewModel = viewModel;
        this.interview = interview;
        this.i18n = i18n;
        votes.setHgap(12);
        votes.setVgap(10);
        decision.setId("decision");
        decision.getStyleClass().add("guide-competency");
        decision.setWrapText(true);
        finalise.setId("finalise");
        finalise.setText(i18n.get("decision.finalise"));
        finalise.getStyleClass().add("accent");
        finalise.setOnAction(e -> viewModel.finalise());
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
        Label votesCaption = new Label(i18n.get("decision.votes"));
        votesCaption.getStyleClass().add("caption");
        results.setWrapText(true);
        content.getChildren().addAll(results, votesCaption, votes, decision, gaps, finalise, reopenForm);
        frame = new RevealFrame(viewModel, content);
        viewModel.deliberationProperty().addListener((obs, old, now) -> {
            if (interview.step() != null && interview.step().kind() == Step.Kind.DECISION) {
                showStep();
            }
        });
    }

    @Override
    public Node node() {
        return frame.root();
    }

    @Override
    public void showStep() {
        Deliberation deliberation = viewModel.deliberationProperty().get();
        frame.show();
        if (deliberation == null) {
            return;
        }
        boolean finalised = deliberation.interview().finalised();
        boolean canChange = interview.running() && !finalised;
        buildVotes(deliberation, canChange);
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
        Nodes.show(finalised && interview.running(), reopenForm);
        if (!choices.isEmpty() && canChange) {
            choices.get(0).requestFocus();
        }
    }

    private void buildVotes(Deliberation deliberation, boolean canChange) {
        votes.getChildren().clear();
        choices.clear();
        List<Outcome> outcomes = outcomes();
        int row = 0;
        for (Rater rater : deliberation.raters()) {
            int index = row;
            Vote vote = deliberation.vote(rater.memberId()).orElse(null);
            Label name = new Label(rater.fullName() + (rater.chair() ? " · " + i18n.get("panel.role.CHAIR") : ""));
            name.setWrapText(true);
            name.setMinWidth(200);
            TextField opinion = new TextField(vote == null ? "" : vote.opinion());
            opinion.setId("opinion-" + index);
            opinion.setPromptText(i18n.get("decision.opinionPrompt"));
            opinion.setEditable(canChange);
            DigitChoice<Outcome> choice = new DigitChoice<>(outcomes, o -> outcomes.indexOf(o) + 1,
                    o -> i18n.get("outcome." + o.name()), o -> {
                        if (canChange) {
                            viewModel.vote(rater.memberId(), o, opinion.getText());
                        }
                    });
            choice.setId("vote-" + index);
            choice.setAlignment(Pos.CENTER_LEFT);
            choice.show(vote == null ? null : vote.outcome());
            choice.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                    int next = index + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                    if (next >= 0 && next < choices.size()) {
                        choices.get(next).requestFocus();
                    }
                    e.consume();
                }
            });
            opinion.setOnAction(e -> {
                if (canChange && vote != null) {
                    viewModel.vote(rater.memberId(), vote.outcome(), opinion.getText());
                }
            });
            GridPane.setHgrow(choice, Priority.ALWAYS);
            votes.addRow(2 * row, name, choice);
            votes.add(opinion, 1, 2 * row + 1);
            GridPane.setMargin(opinion, new javafx.geometry.Insets(0, 0, 8, 0));
            row++;
            choices.add(choice);
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
            case NO_MAJORITY -> i18n.get("gap.NO_MAJORITY");
        };
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
        if (event.getCode() == KeyCode.ENTER && event.isControlDown() && interview.running()
                && !deliberation.interview().finalised()) {
            viewModel.finalise();
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
        if (deliberation.interview().finalised()) {
            return interview.running() ? List.of(new Shortcut("Ctrl+R", "shortcut.reopen")) : List.of();
        }
        return interview.running() ? List.of(new Shortcut("1–" + outcomes().size(), "shortcut.vote"), new Shortcut("Tab",
                "shortcut.opinion"), new Shortcut("↑ ↓", "shortcut.row"), new Shortcut("Ctrl+Enter",
                "shortcut.finalise")) : List.of();
    }
}
