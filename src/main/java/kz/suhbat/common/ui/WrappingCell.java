package kz.suhbat.common.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps to the column's width, so the row grows to show it whole instead of
 * cutting it with "…" (names, organisations and words of Kazakh and Russian are long). The text follows
 * the cell's font and colour, so text size, selection and high contrast apply as to any cell.
 */
public final class WrappingCell<S> extends TableCell<S, String> {

    private static final double PADDING = 14;
    private final Text text = new Text();
    private final Function<S, String> style;
    private String styled;

    private WrappingCell(TableColumn<S, String> column) {
        this(column, row -> null);
    }

    private WrappingCell(TableColumn<S, String> column, Function<S, String> style) {
        this.style = style;
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
        text.fillProperty().bind(textFillProperty());
        text.fontProperty().bind(fontProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** Shows {@code value} of each row in {@code column}, wrapped; the whole text also shows when pointed at. */
    public static <S> void show(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(WrappingCell::new);
    }

    /** The same, each cell also given the style class {@code style} names for its row (none when null). */
    public static <S> void show(TableColumn<S, String> column, Function<S, String> value, Function<S, String> style) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new WrappingCell<>(c, style));
    }

    /** Wraps the text of {@code column}, whose values come from its own cell value factory. */
    public static <S> void wrap(TableColumn<S, String> column) {
        column.setCellFactory(WrappingCell::new);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean blank = empty || item == null || item.isEmpty();
        text.setText(empty || item == null ? "" : item);
        setText(empty ? null : item);
        setGraphic(empty ? null : text);
        setTooltip(blank ? null : new Tooltip(item));
        if (styled != null) {
            getStyleClass().remove(styled);
        }
        S row = empty || getTableRow() == null ? null : getTableRow().getItem();
        styled = row == null ? null : style.apply(row);
        if (styled != null) {
            getStyleClass().add(styled);
        }
    }
}
