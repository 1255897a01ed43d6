package kz.suhbat.common.ui;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import kz.suhbat.common.i18n.I18n;

/**
 * Dialog buttons in the user's chosen language. JavaFX's own OK/Cancel/Close follow the computer's
 * locale instead, which is often not the language chosen in Suhbat.
 */
public final class DialogButtons {

    private final I18n i18n;

    public DialogButtons(I18n i18n) {
        this.i18n = i18n;
    }

    public ButtonType ok() {
        return new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE);
    }

    public ButtonType cancel() {
        return new ButtonType(i18n.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public ButtonType close() {
        return new ButtonType(i18n.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }
}
