package kz.suhbat.training.rehearsal.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.ScaleLevel;
import kz.suhbat.training.rehearsal.AnswerResult;
import kz.suhbat.training.rehearsal.CompetencyResult;
import kz.suhbat.training.rehearsal.SummaryText;

/** The cards of the rehearsal screen: a level to choose with its indicators, and a competency's summary. */
final class RehearsalCards {

    private final I18n i18n;

    RehearsalCards(I18n i18n) {
        this.i18n = i18n;
    }

    /**
     * A level of the scale as the person weighs their answer against it: a choice with the level's label,
     * its descriptor, and the competency's indicators at that level, those that show it and those that rule
     * it out, in the rehearsal's language.
     */
    VBox level(ScaleLevel level, Competency competency, Language language, ToggleGroup group) {
        RadioButton choice = new RadioButton(level.level() + " · " + level.label().inOrElse(language));
        choice.setId("level-" + level.level());
        choice.setUserData(level.level());
        choice.setToggleGroup(group);
        choice.setWrapText(true);
        VBox card = new VBox(4, choice, wrapped(level.descriptor().inOrElse(language), "definition"));
        card.getStyleClass().addAll("card", "rehearsal-level");
        for (Polarity polarity : Polarity.values()) {
            for (Indicator indicator : competency.indicatorsAt(level.level(), polarity)) {
                card.getChildren().add(indicator(indicator, language));
            }
        }
        return card;
    }

    private Node indicator(Indicator indicator, Language language) {
        boolean positive = indicator.polarity() == Polarity.POSITIVE;
        Label mark = new Label(positive ? "✓" : "✗");
        mark.getStyleClass().addAll("indicator-mark", positive ? "positive" : "negative");
        mark.setMinWidth(Control.USE_PREF_SIZE);
        mark.setAccessibleText(i18n.get("rubric.polarity." + indicator.polarity().name()));
        Label text = wrapped(indicator.text().inOrElse(language), positive ? "indicator-positive" : "indicator-negative");
        HBox.setHgrow(text, Priority.ALWAYS);
        return new HBox(8, mark, text);
    }

    /** A competency in the summary: the level reached and what it means, each answer, and the next level. */
    VBox summary(CompetencyResult result, SummaryText text) {
        Label heading = wrapped(text.heading(result), "card-title");
        heading.setId("summary-" + result.competency().code());
        VBox card = new VBox(6, heading);
        card.getStyleClass().add("card");
        add(card, text.descriptor(result), "definition");
        for (AnswerResult answer : result.answers()) {
            add(card, text.answer(answer), "muted");
        }
        add(card, text.nextLevel(result), "rehearsal-next");
        return card;
    }

    private static void add(VBox card, String line, String style) {
        if (!line.isEmpty()) {
            card.getChildren().add(wrapped(line, style));
        }
    }

    static Label wrapped(String text, String... styles) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Control.USE_PREF_SIZE);
        label.getStyleClass().addAll(List.of(styles));
        return label;
    }
}
