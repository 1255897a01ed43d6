package kz.suhbat.common.ui;

import javafx.scene.control.ListCell;
import kz.suhbat.common.i18n.I18n;

/** Shows an enum value through its translated label {@code prefix + NAME}. */
public class EnumCell<E extends Enum<E>> extends ListCell<E> {

    private final I18n i18n;
    private final String prefix;

    public EnumCell(I18n i18n, String prefix) {
        this.i18n = i18n;
        this.prefix = prefix;
    }

    @Override
    protected void updateItem(E item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : i18n.get(prefix + item.name()));
    }
}
