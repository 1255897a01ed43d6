package kz.suhbat.common.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;

/** A table cell whose text wraps onto more lines instead of being cut with "…", so it is read whole. */
public final class WrappingCell<S> extends TableCell<S, String> {

    private final Label text = new Label();

    public WrappingCell() {
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.maxWidthProperty().bind(widthProperty().subtract(14));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setText(empty || item == null ? null : item);
        setGraphic(empty ? null : text);
    }
}
