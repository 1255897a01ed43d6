package kz.suhbat.interview.ui;

import kz.suhbat.interview.Rater;
import kz.suhbat.common.i18n.NameCollator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.GuideQuestion;
import kz.suhbat.interview.GuideScripts;
import kz.suhbat.interview.InterviewGuide;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.ScaleLevel;

/**
 * The opening script, each competency with the question on screen, its probes and the behavioural
 * indicators of every level, the panel's note on the question, and the closing script.
 */
final class GuidePane implements StepPane {

    private final InterviewViewModel viewModel;
    private final I18n i18n;
    private final VBox script = new VBox(14);
    private final ScrollPane scriptScroll = new ScrollPane();
    private final ScrollPane questionScroll = new ScrollPane();
    private final SplitPane competencyView = new SplitPane();
    private final Label competencyTitle = new Label();
    private final Label definition = new Label();
    private final Label questionHeading = new Label();
    private final Label questionText = new Label();
    private final VBox probes = new VBox(6);
    private final TextArea note = new TextArea();
    private final VBox dropForm = new VBox(6);
    private final TextField dropReason = new TextField();
    private final VBox indicators = new VBox(10);
    private final Label dropped = new Label();
    private final VBox root = new VBox();

    GuidePane(InterviewViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        script.getStyleClass().add("guide-script");
        script.setPadding(new Insets(24));
        competencyTitle.getStyleClass().add("guide-competency");
        competencyTitle.setWrapText(true);
        definition.setWrapText(true);
        definition.getStyleClass().add("muted");
        questionHeading.getStyleClass().add("caption");
        questionText.getStyleClass().add("guide-question");
        questionText.setWrapText(true);
        questionText.setId("guideQuestion");
        note.setId("panelNote");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setPromptText(i18n.get("guide.notePrompt"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.saveNote(note.getText());
            }
        });
        note.setEditable(viewModel.running());
        dropReason.setId("dropReason");
        dropReason.setPromptText(i18n.get("guide.dropReason"));
        HBox.setHgrow(dropReason, Priority.ALWAYS);
        Button dropButton = new Button(i18n.get("guide.dropConfirm"));
        dropButton.setOnAction(e -> drop());
        dropReason.setOnAction(e -> drop());
        Label dropCaption = new Label(i18n.get("guide.dropReason"));
        dropCaption.setWrapText(true);
        dropCaption.getStyleClass().add("caption");
        dropCaption.setLabelFor(dropReason);
        HBox dropRow = new HBox(8, dropReason, dropButton);
        dropForm.getChildren().addAll(dropCaption, dropRow);
        Nodes.show(false, dropForm);
        dropped.setWrapText(true);
        dropped.getStyleClass().add("muted");
        Label noteCaption = new Label(i18n.get("guide.noteCaption"));
        noteCaption.getStyleClass().add("caption");
        VBox question = new VBox(10, competencyTitle, definition, questionHeading, questionText, probes, dropForm,
                noteCaption, note, dropped);
        question.setPadding(new Insets(16));
        questionScroll.setContent(question);
        questionScroll.setFitToWidth(true);
        indicators.setPadding(new Insets(16));
        ScrollPane indicatorScroll = new ScrollPane(indicators);
        indicatorScroll.setFitToWidth(true);
        competencyView.getItems().addAll(questionScroll, indicatorScroll);
        competencyView.setDividerPositions(0.55);
        VBox.setVgrow(competencyView, Priority.ALWAYS);
        scriptScroll.setContent(script);
        scriptScroll.setFitToWidth(true);
        VBox.setVgrow(scriptScroll, Priority.ALWAYS);
        root.getChildren().addAll(scriptScroll, competencyView);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void showStep() {
        Step step = viewModel.step();
        InterviewGuide guide = viewModel.guideProperty().get();
        if (step == null || guide == null) {
            return;
        }
        boolean competency = step.kind() == Step.Kind.COMPETENCY;
        Nodes.show(!competency, scriptScroll);
        Nodes.show(competency, competencyView);
        Nodes.show(false, dropForm);
        if (competency) {
            showCompetency(guide, viewModel.competency());
        } else {
            showScript(guide, step.kind() == Step.Kind.OPENING);
        }
    }

    private void showScript(InterviewGuide guide, boolean opening) {
        script.getChildren().clear();
        Label title = new Label(i18n.get(opening ? "guide.opening" : "guide.closing"));
        title.getStyleClass().add("guide-competency");
        Label text = new Label(viewModel.script(opening ? GuideScripts.Kind.OPENING : GuideScripts.Kind.CLOSING));
        text.setId("guideScript");
        text.setWrapText(true);
        text.getStyleClass().add("guide-script-text");
        script.getChildren().addAll(title, text);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (opening) {
            Label panel = new Label(i18n.format("guide.panelToday", guide.raters().stream()
                    .sorted(Rater.panelOrder(NameCollator.of(i18n.language()))).map(r -> r.fullName() + (r.chair() ? " (" + i18n.get("panel.role.CHAIR") + ")" : ""))
                    .collect(Collectors.joining(", "))));
            panel.setWrapText(true);
            Label minutes = new Label(i18n.format("guide.plannedMinutes", guide.competencies().size(),
                    guide.competencies().stream().mapToInt(GuideCompetency::minutes).sum()));
            panel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            script.getChildren().addAll(panel, minutes);
        }
    }

    private void showCompetency(InterviewGuide guide, GuideCompetency competency) {
        int place = guide.competencies().indexOf(competency) + 1;
        competencyTitle.setText(i18n.format("guide.competencyTitle", place, guide.competencies().size(),
                i18n.text(competency.competency().name()), competency.weight().stripTrailingZeros().toPlainString()));
        definition.setText(i18n.text(competency.competency().definition()));
        GuideQuestion question = viewModel.question();
        probes.getChildren().clear();
        if (question == null) {
            questionHeading.setText("");
            questionText.setText("");
        } else {
            int at = competency.questions().indexOf(question) + 1;
            questionHeading.setText(i18n.format("guide.questionHeading", at, competency.questions().size(),
                    i18n.get("rubric.kind." + question.question().kind().name()),
                    question.question().suggestedMinutes()));
            questionText.setText(i18n.text(question.question().text()));
            if (!question.question().probes().isEmpty()) {
                Label caption = new Label(i18n.get("guide.probes"));
                caption.getStyleClass().add("caption");
                probes.getChildren().add(caption);
            }
            question.question().probes().forEach(p -> {
                Label probe = new Label("• " + i18n.text(p));
                probe.setWrapText(true);
                probe.getStyleClass().add("guide-probe");
                probes.getChildren().add(probe);
            });
        }
        long droppedHere = guide.dropped().stream().filter(d -> d.competencyCode().equals(competency.code())).count();
        dropped.setText(droppedHere == 0 ? "" : i18n.format("guide.droppedCount", droppedHere,
                guide.dropped().stream().filter(d -> d.competencyCode().equals(competency.code()))
                        .map(d -> d.reason()).collect(Collectors.joining("; "))));
        Nodes.show(droppedHere > 0, dropped);
        showIndicators(guide, competency);
    }

    private void showIndicators(InterviewGuide guide, GuideCompetency competency) {
        indicators.getChildren().clear();
        Label caption = new Label(i18n.get("guide.indicators"));
        caption.getStyleClass().add("caption");
        indicators.getChildren().add(caption);
        List<ScaleLevel> levels = new ArrayList<>(guide.scale().levels());
        java.util.Collections.reverse(levels);
        for (ScaleLevel level : levels) {
            Label heading = new Label(level.level() + " · " + i18n.text(level.label()));
            heading.getStyleClass().add("guide-level");
            VBox box = new VBox(4, heading);
            box.getStyleClass().add("guide-level-box");
            for (Polarity polarity : Polarity.values()) {
                for (Indicator indicator : competency.competency().indicatorsAt(level.level(), polarity)) {
                    Label line = new Label((polarity == Polarity.POSITIVE ? "+ " : "− ") + i18n.text(indicator.text()));
                    line.setWrapText(true);
                    line.getStyleClass().add(polarity == Polarity.POSITIVE ? "indicator-positive"
                            : "indicator-negative");
                    box.getChildren().add(line);
                }
            }
            indicators.getChildren().add(box);
        }
    }

    private void drop() {
        if (!dropReason.getText().isBlank()) {
            viewModel.dropQuestion(dropReason.getText());
            dropReason.clear();
            Nodes.show(false, dropForm);
            root.requestFocus();
        }
    }

    @Override
    public boolean keyPressed(KeyEvent event, boolean typing) {
        if (viewModel.step() == null || viewModel.step().kind() != Step.Kind.COMPETENCY) {
            return false;
        }
        if (typing) {
            if (event.getCode() == KeyCode.ESCAPE) {
                Nodes.show(false, dropForm);
                root.requestFocus();
                return true;
            }
            return false;
        }
        switch (event.getCode()) {
            case UP -> viewModel.previousQuestion();
            case DOWN -> viewModel.nextQuestion();
            case N -> {
                if (!viewModel.running()) {
                    return false;
                }
                note.requestFocus();
                questionScroll.setVvalue(questionScroll.getVmax());
            }
            case D -> {
                if (!viewModel.running()) {
                    return false;
                }
                Nodes.show(true, dropForm);
                dropReason.requestFocus();
                questionScroll.setVvalue(questionScroll.getVmax());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<Shortcut> shortcuts() {
        Step step = viewModel.step();
        if (step == null || step.kind() != Step.Kind.COMPETENCY) {
            return List.of();
        }
        List<Shortcut> keys = new ArrayList<>(List.of(new Shortcut("↑ ↓", "shortcut.question")));
        if (viewModel.running()) {
            keys.add(new Shortcut("N", "shortcut.note"));
            keys.add(new Shortcut("D", "shortcut.drop"));
        }
        return keys;
    }
}
