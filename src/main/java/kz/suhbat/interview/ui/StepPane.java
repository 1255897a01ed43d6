package kz.suhbat.interview.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/** What the guide shows for one kind of step, and the keys it answers to there. */
interface StepPane {

    /** The keys the footer shows while a confirmation is asked. */
    List<Shortcut> CONFIRMATION_KEYS = List.of(new Shortcut("Enter", "shortcut.confirm"),
            new Shortcut("Esc", "shortcut.back"));

    Node node();

    /** Shows the current state of the step (called when the step comes on screen or changes). */
    void showStep();

    /** Handles a key of this step; {@code typing} when the focus is in a text field. */
    boolean keyPressed(KeyEvent event, boolean typing);

    List<Shortcut> shortcuts();
}
