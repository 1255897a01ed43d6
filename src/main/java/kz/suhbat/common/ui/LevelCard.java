package kz.suhbat.common.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One level of a competency as a card beside a score sheet: its number and the scale's name for it, then
 * the behavioural indicators at it, positive (+) and negative (−). Marked with the pseudo-classes
 * {@code chosen} (the level held) and {@code looked-at} (the level the arrow keys are on).
 */
public final class LevelCard {

    private LevelCard() {
    }

    public static VBox of(LevelDescriptor level) {
        Label heading = new Label(level.level() + " · " + level.label());
        heading.getStyleClass().add("guide-level");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(4, heading);
        card.getStyleClass().add("level-card");
        level.positive().forEach(text -> card.getChildren().add(indicator("+ " + text, "indicator-positive")));
        level.negative().forEach(text -> card.getChildren().add(indicator("− " + text, "indicator-negative")));
        return card;
    }

    private static Label indicator(String text, String style) {
        Label line = new Label(text);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.getStyleClass().addAll("level-indicator", style);
        return line;
    }
}
