package kz.suhbat.training.ui.exercise;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.DigitChoice;
import kz.suhbat.common.ui.LevelCard;
import kz.suhbat.common.ui.LevelDescriptor;

/**
 * One competency on an exercise's sheet: its levels as large buttons (a digit chooses, ← → look at the
 * levels, Enter chooses the one looked at), the card of the level looked at with the competency's indicators
 * at it, whether the entry is saved, and the evidence (saved when the field is left and after a short
 * pause in typing; Tab goes on).
 */
final class CompetencyRowPane {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final PseudoClass LOOKED_AT = PseudoClass.getPseudoClass("looked-at");
    private static final PseudoClass SAVED = PseudoClass.getPseudoClass("saved");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final CompetencyRow row;
    private final ExerciseSheetViewModel viewModel;
    private final I18n i18n;
    private final DigitChoice<LevelDescriptor> choice;
    private final TextArea evidence = new TextArea();
    private final VBox cardBox = new VBox();
    private final VBox root;

    CompetencyRowPane(CompetencyRow row, ExerciseSheetViewModel viewModel, I18n i18n) {
        this.row = row;
        this.viewModel = viewModel;
        this.i18n = i18n;
        Label name = new Label(row.name());
        name.getStyleClass().add("sheet-competency");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        choice = new DigitChoice<>(row.levels(), LevelDescriptor::level, LevelDescriptor::label,
                level -> viewModel.choose(row, level.level()));
        choice.setId("level-" + row.code());
        choice.getStyleClass().add("exercise-levels");
        choice.setAlignment(Pos.CENTER_LEFT);
        choice.show(stored());
        row.levelProperty().addListener((obs, old, level) -> {
            choice.show(stored());
            showCard();
        });
        row.lookedAtProperty().addListener((obs, old, level) -> showCard());
        choice.addEventFilter(KeyEvent.KEY_PRESSED, this::levelKey);
        Label state = new Label();
        state.setId("state-" + row.code());
        state.getStyleClass().add("save-state");
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        state.textProperty().bind(Bindings.createStringBinding(() -> stateText(row.stateProperty().get()),
                row.stateProperty()));
        row.stateProperty().addListener((obs, old, now) -> {
            state.pseudoClassStateChanged(SAVED, now == CompetencyRow.State.SAVED);
            state.pseudoClassStateChanged(FAILED, now == CompetencyRow.State.FAILED);
        });
        state.pseudoClassStateChanged(SAVED, row.stateProperty().get() == CompetencyRow.State.SAVED);
        cardBox.setId("card-" + row.code());
        Label evidenceLabel = new Label(i18n.get("calibration.evidence"));
        evidenceLabel.getStyleClass().add("caption");
        evidenceLabel.setLabelFor(evidence);
        evidence.setId("evidence-" + row.code());
        evidence.setWrapText(true);
        evidence.setPrefRowCount(3);
        evidence.setPromptText(i18n.get("calibration.evidencePrompt"));
        evidence.textProperty().bindBidirectional(row.evidenceProperty());
        PauseTransition pause = new PauseTransition(Duration.millis(800));
        pause.setOnFinished(e -> viewModel.saveEvidence(row));
        evidence.textProperty().addListener((obs, old, now) -> {
            if (evidence.isFocused()) {
                pause.playFromStart();
            }
        });
        evidence.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                pause.stop();
                viewModel.saveEvidence(row);
            }
        });
        HBox heading = new HBox(12, name, state);
        heading.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        root = new VBox(6, heading, choice, cardBox, evidenceLabel, evidence);
        root.getStyleClass().add("sheet-row");
        showCard();
    }

    VBox node() {
        return root;
    }

    DigitChoice<LevelDescriptor> choice() {
        return choice;
    }

    TextArea evidence() {
        return evidence;
    }

    private LevelDescriptor stored() {
        Integer level = row.levelProperty().get();
        return row.levels().stream().filter(l -> level != null && l.level() == level).findFirst().orElse(null);
    }

    private void levelKey(KeyEvent event) {
        if (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT) {
            viewModel.lookAt(row, event.getCode() == KeyCode.RIGHT ? 1 : -1);
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && !event.isControlDown()
                && row.lookedAtProperty().get() != null) {
            viewModel.choose(row, row.lookedAtProperty().get());
            event.consume();
        }
    }

    /** The level looked at (else the one chosen) as a card; nothing before either. */
    private void showCard() {
        cardBox.getChildren().clear();
        row.lookedAtLevel().ifPresent(level -> {
            VBox card = LevelCard.of(level);
            String general = viewModel.scaleDescriptor(level.level());
            if (!general.isEmpty()) {
                Label descriptor = new Label(general);
                descriptor.getStyleClass().add("muted");
                descriptor.setWrapText(true);
                descriptor.setMinHeight(Region.USE_PREF_SIZE);
                card.getChildren().add(1, descriptor);
            }
            if (level.positive().isEmpty() && level.negative().isEmpty()) {
                Label none = new Label(i18n.get("calibration.noIndicators"));
                none.getStyleClass().add("muted");
                card.getChildren().add(none);
            }
            Integer chosen = row.levelProperty().get();
            card.pseudoClassStateChanged(CHOSEN, chosen != null && chosen == level.level());
            card.pseudoClassStateChanged(LOOKED_AT, chosen == null || chosen != level.level());
            cardBox.getChildren().add(card);
        });
    }

    private String stateText(CompetencyRow.State state) {
        return switch (state) {
            case EMPTY -> i18n.get("sheet.state.EMPTY");
            case WAITING_FOR_LEVEL -> i18n.get("calibration.state.WAITING_FOR_LEVEL");
            case SAVING -> i18n.get("sheet.state.SAVING");
            case SAVED -> i18n.get("calibration.state.SAVED");
            case FAILED -> i18n.get("sheet.state.FAILED");
        };
    }
}
