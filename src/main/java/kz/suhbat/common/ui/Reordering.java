package kz.suhbat.common.ui;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;

/**
 * Lets the user reorder a list with the keyboard (Alt+↑ / Alt+↓ move the selected item) and by
 * dragging an item onto another.
 */
public final class Reordering {

    private static final DataFormat INDEX = new DataFormat("application/x-suhbat-list-index");

    private Reordering() {
    }

    public static <T> void install(ListView<T> list, Function<T, String> text) {
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!event.isAltDown()) {
                return;
            }
            if (event.getCode() == KeyCode.UP) {
                move(list, -1);
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN) {
                move(list, +1);
                event.consume();
            }
        });
        list.setCellFactory(view -> new DraggableCell<>(text));
    }

    /** Moves the selected item by {@code delta} places and keeps it selected. */
    public static <T> void move(ListView<T> list, int delta) {
        int from = list.getSelectionModel().getSelectedIndex();
        int to = from + delta;
        if (from < 0 || to < 0 || to >= list.getItems().size()) {
            return;
        }
        moveItem(list, from, to);
    }

    private static <T> void moveItem(ListView<T> list, int from, int to) {
        T item = list.getItems().remove(from);
        list.getItems().add(to, item);
        list.getSelectionModel().clearAndSelect(to);
        list.scrollTo(to);
    }

    private static final class DraggableCell<T> extends ListCell<T> {
        private final Function<T, String> text;

        DraggableCell(Function<T, String> text) {
            this.text = text;
            setWrapText(true);
            setPrefWidth(0);
            setOnDragDetected(event -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(INDEX, getIndex());
                board.setContent(content);
                event.consume();
            });
            setOnDragOver(event -> {
                if (event.getGestureSource() != this && event.getDragboard().hasContent(INDEX)) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragDropped(event -> {
                Object index = event.getDragboard().getContent(INDEX);
                boolean done = false;
                if (index instanceof Integer from && getListView() != null) {
                    int to = isEmpty() ? getListView().getItems().size() - 1 : getIndex();
                    if (from != to && from < getListView().getItems().size()) {
                        moveItem(getListView(), from, to);
                        done = true;
                    }
                }
                event.setDropCompleted(done);
                event.consume();
            });
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }
}
