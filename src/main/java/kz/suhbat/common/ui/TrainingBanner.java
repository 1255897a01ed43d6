package kz.suhbat.common.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import kz.suhbat.common.i18n.I18n;

/**
 * The strip across the top of every screen of a training course ("TRAINING — not a real selection"), so
 * nobody takes a mock interview, its scores or its protocol for a real selection. It takes no room while
 * the screen shows a real campaign.
 */
public final class TrainingBanner {

    /** The node's id, by which tests find the strip. */
    public static final String ID = "trainingBanner";

    private TrainingBanner() {
    }

    /** A strip shown while {@code training} holds. */
    public static Label shownWhile(ObservableBooleanValue training, I18n i18n) {
        Label banner = hidden(i18n);
        banner.visibleProperty().bind(training);
        banner.managedProperty().bind(training);
        return banner;
    }

    /** A strip shown from the start, for a screen that belongs to a training course as a whole. */
    public static Label shown(I18n i18n) {
        Label banner = hidden(i18n);
        Nodes.show(true, banner);
        return banner;
    }

    private static Label hidden(I18n i18n) {
        Label banner = new Label(i18n.get("training.banner"));
        banner.setId(ID);
        banner.getStyleClass().add("training-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        Nodes.show(false, banner);
        return banner;
    }
}
