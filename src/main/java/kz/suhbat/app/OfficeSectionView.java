package kz.suhbat.app;

import javafx.beans.property.IntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.control.TabPane;

/**
 * The office section of the main window: the office's details and security settings and the interview
 * scripts, each a view of its own feature, shown as two tabs. The tab chosen stays chosen when a
 * language switch builds the section again.
 */
public final class OfficeSectionView {

    private final IntegerProperty chosenTab;

    @FXML private TabPane officeTabs;

    OfficeSectionView(IntegerProperty chosenTab) {
        this.chosenTab = chosenTab;
    }

    @FXML
    private void initialize() {
        officeTabs.getSelectionModel().select(chosenTab.get());
        officeTabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) ->
                chosenTab.set(index.intValue()));
    }
}
