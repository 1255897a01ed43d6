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
        text.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> getWidth() - snappedLeftInset() - snappedRightInset() - 14, widthProperty(), paddingProperty()));
        // the cell's own colour, which the theme sets for a selected row and for high contrast
        text.textFillProperty().bind(textFillProperty());
        text.fontProperty().bind(fontProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** Tall enough for every line the text takes at the column's width. */
    @Override
    protected double computePrefHeight(double width) {
        double column = getTableColumn() == null ? getWidth() : getTableColumn().getWidth();
        double inner = column - snappedLeftInset() - snappedRightInset() - 30;
        double lines = text.getText().isEmpty() || inner <= 0 ? 0 : text.prefHeight(inner);
        return Math.max(super.computePrefHeight(width), lines + snappedTopInset() + snappedBottomInset());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setText(empty || item == null ? null : item);
        setGraphic(empty ? null : text);
    }
}
