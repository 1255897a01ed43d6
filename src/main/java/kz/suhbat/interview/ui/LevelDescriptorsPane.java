package kz.suhbat.interview.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kz.suhbat.common.ui.LevelCard;
import kz.suhbat.common.ui.ScrollIntoView;
import kz.suhbat.common.ui.LevelDescriptor;
import kz.suhbat.common.i18n.I18n;

/**
 * Beside the open score sheet: the levels of the competency the member is on, each with its behavioural
 * indicators from the rubric. The level the row holds is marked, and so is a level looked at with the
 * arrow keys; the marked level is scrolled into view.
 */
final class LevelDescriptorsPane {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final PseudoClass LOOKED_AT = PseudoClass.getPseudoClass("looked-at");

    private final SheetViewModel viewModel;
    private final I18n i18n;
    private final Label competency = new Label();
    private final VBox cards = new VBox(8);
    private final List<VBox> levelCards = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private final ScrollPane scroll;
    private final VBox root = new VBox(8);
    private SheetRow shown;

    LevelDescriptorsPane(SheetViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        competency.getStyleClass().add("descriptors-title");
        competency.setWrapText(true);
        competency.setMinHeight(Region.USE_PREF_SIZE);
        cards.setPadding(new Insets(0, 12, 12, 0));
        scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("level-descriptors");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setId("levelDescriptors");
        root.getChildren().addAll(competency, scroll);
        root.setPadding(new Insets(0, 0, 0, 8));
        javafx.beans.value.ChangeListener<Integer> mark = (obs, old, now) -> mark();
        viewModel.currentProperty().addListener((obs, old, row) -> {
            if (old != null) {
                old.levelProperty().removeListener(mark);
            }
            if (row != null) {
                row.levelProperty().addListener(mark);
            }
            show(row);
        });
        viewModel.lookedAtProperty().addListener(mark);
    }

    Node node() {
        return root;
    }

    private void show(SheetRow row) {
        shown = row;
        cards.getChildren().clear();
        levelCards.clear();
        levels.clear();
        competency.setText(row == null ? "" : i18n.format("sheet.descriptorsOf", row.name()));
        if (row == null) {
            return;
        }
        for (LevelDescriptor level : row.levels()) {
            VBox card = LevelCard.of(level);
            card.setId("descriptor-" + level.level());
            cards.getChildren().add(card);
            levelCards.add(card);
            levels.add(level.level());
        }
        scroll.setVvalue(0);
        mark();
    }

    /** Marks the row's level and the level looked at, and brings the one looked at into view. */
    private void mark() {
        Integer chosen = shown == null ? null : shown.levelProperty().get();
        Integer looked = viewModel.lookedAtProperty().get();
        for (int i = 0; i < levelCards.size(); i++) {
            levelCards.get(i).pseudoClassStateChanged(CHOSEN, levels.get(i).equals(chosen));
            levelCards.get(i).pseudoClassStateChanged(LOOKED_AT, levels.get(i).equals(looked));
        }
        int index = looked == null ? -1 : levels.indexOf(looked);
        if (index >= 0) {
            VBox card = levelCards.get(index);
            ScrollIntoView.show(scroll, card);
        }
    }

}
