package kz.suhbat.common.ui;

import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * Windows of their own beside the main one, with the same look and text size. Input in them counts as
 * activity for the idle lock; they are closed when the session locks or ends.
 */
public interface ChildWindows {

    Stage open(Parent root, String title);

    /** Tells the idle lock the session is in use though no key is pressed (a sitting's running timer). */
    void keepAwake();
}
