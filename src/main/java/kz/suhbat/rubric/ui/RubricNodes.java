package kz.suhbat.rubric.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.rubric.Question;
import kz.suhbat.rubric.RatingScale;
import kz.suhbat.rubric.ScaleLevel;

/** Read-only nodes that show parts of a framework in the current language. */
final class RubricNodes {

    private final I18n i18n;

    RubricNodes(I18n i18n) {
        this.i18n = i18n;
    }

    List<Node> indicators(Competency competency, RatingScale scale) {
        List<Node> cards = new ArrayList<>();
        for (ScaleLevel level : highestFirst(scale)) {
            VBox body = new VBox(4, wrapped(i18n.text(level.descriptor()), "muted"));
            competency.indicatorsAt(level.level(), Polarity.POSITIVE)
                    .forEach(indicator -> body.getChildren().add(indicatorLine(indicator)));
            competency.indicatorsAt(level.level(), Polarity.NEGATIVE)
                    .forEach(indicator -> body.getChildren().add(indicatorLine(indicator)));
            HBox.setHgrow(body, Priority.ALWAYS);
            cards.add(card(levelBadge(level), body));
        }
        return cards;
    }

    private Node indicatorLine(Indicator indicator) {
        boolean positive = indicator.polarity() == Polarity.POSITIVE;
        Label mark = new Label(positive ? "+" : "−");
        mark.getStyleClass().addAll("indicator-mark", positive ? "positive" : "negative");
        mark.setMinWidth(18);
        Label text = wrapped(i18n.text(indicator.text()), positive ? "indicator-positive" : "indicator-negative");
        HBox line = new HBox(6, mark, text);
        line.setAlignment(Pos.TOP_LEFT);
        return line;
    }

    private Node levelBadge(ScaleLevel level) {
        Label number = new Label(Integer.toString(level.level()));
        number.getStyleClass().add("level-number");
        Label label = wrapped(i18n.text(level.label()), "level-label");
        VBox badge = new VBox(2, number, label);
        badge.setAlignment(Pos.TOP_CENTER);
        badge.getStyleClass().add("level-badge");
        return badge;
    }

    List<Node> questions(Competency competency) {
        List<Node> cards = new ArrayList<>();
        int number = 1;
        for (Question question : competency.questions()) {
            Label heading = new Label(i18n.format("rubric.questionHeading", number++,
                    i18n.get("rubric.kind." + question.kind().name()), question.suggestedMinutes()));
            heading.getStyleClass().add("question-heading");
            VBox body = new VBox(6, heading, wrapped(i18n.text(question.text()), "question-text"));
            if (!question.probes().isEmpty()) {
                body.getChildren().add(wrapped(i18n.get("rubric.probes"), "probes-caption"));
                for (LocalizedText probe : question.probes()) {
                    body.getChildren().add(wrapped("•  " + i18n.text(probe), "probe"));
                }
            }
            body.getStyleClass().add("card");
            cards.add(body);
        }
        return cards;
    }

    List<Node> profiles(Framework framework) {
        List<Node> cards = new ArrayList<>();
        for (PositionProfile profile : framework.profiles()) {
            Label name = wrapped(i18n.text(profile.name()), "card-title");
            Label facts = wrapped(i18n.format("rubric.profileFacts",
                    i18n.get("rubric.postGroup." + profile.postGroup().name()),
                    i18n.get("rubric.corps." + profile.corps().name()),
                    profile.passThreshold(), framework.scale().highest()), "muted");
            GridPane weights = new GridPane();
            weights.getStyleClass().add("weights");
            weights.setMaxWidth(640);
            weights.setHgap(16);
            weights.setVgap(4);
            ColumnConstraints nameColumn = new ColumnConstraints();
            nameColumn.setHgrow(Priority.ALWAYS);
            weights.getColumnConstraints().addAll(nameColumn, new ColumnConstraints());
            weights.addRow(0, caption(i18n.get("rubric.competency")), caption(i18n.get("rubric.weight")));
            int row = 1;
            for (ProfileCompetency weight : profile.competencies()) {
                String competencyName = framework.competency(weight.competencyCode())
                        .map(c -> i18n.text(c.name())).orElse(weight.competencyCode());
                Label percent = new Label(i18n.format("rubric.percent", weight.weight()));
                weights.addRow(row++, wrapped(competencyName, null), percent);
            }
            weights.addRow(row, caption(i18n.get("rubric.totalWeight")),
                    caption(i18n.format("rubric.percent", profile.totalWeight())));
            VBox card = new VBox(8, name, facts, weights);
            card.getStyleClass().add("card");
            cards.add(card);
        }
        return cards;
    }

    List<Node> scale(RatingScale scale) {
        List<Node> cards = new ArrayList<>();
        for (ScaleLevel level : highestFirst(scale)) {
            Label descriptor = wrapped(i18n.text(level.descriptor()), null);
            HBox.setHgrow(descriptor, Priority.ALWAYS);
            cards.add(card(levelBadge(level), descriptor));
        }
        return cards;
    }

    private static List<ScaleLevel> highestFirst(RatingScale scale) {
        List<ScaleLevel> levels = new ArrayList<>(scale.levels());
        java.util.Collections.reverse(levels);
        return levels;
    }

    private static HBox card(Node left, Node right) {
        HBox card = new HBox(16, left, right);
        card.getStyleClass().add("card");
        return card;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
