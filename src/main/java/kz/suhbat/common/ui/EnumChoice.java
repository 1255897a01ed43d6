package kz.suhbat.common.ui;

import javafx.scene.control.ComboBox;
import kz.suhbat.common.i18n.I18n;

/** A combo box of enum constants shown by their translated labels ({@code <prefix>.<NAME>}). */
public final class EnumChoice {

    private EnumChoice() {
    }

    public static <E extends Enum<E>> void install(ComboBox<E> box, E[] values, String prefix, I18n i18n) {
        box.getItems().setAll(values);
        box.setCellFactory(list -> new EnumCell<>(i18n, prefix + "."));
        box.setButtonCell(new EnumCell<>(i18n, prefix + "."));
    }
}
