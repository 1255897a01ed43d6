package kz.suhbat.common.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;

/**
 * Options chosen by typing their number (or clicking them), each shown with its number: the levels of
 * a scale, the outcomes of a vote. Long options wrap onto a second line. It takes the keyboard focus like any control; the chosen
 * option is marked only when the owner says it is stored ({@link #show}).
 */
public final class DigitChoice<T> extends FlowPane {

    /** Set in the scene's properties when a digit was taken here, so that its character is typed nowhere. */
    public static final String TOOK_KEY = "suhbat.digitChoiceTookKey";

    private final List<T> options;
    private final Function<T, Integer> number;
    private final Consumer<T> onChoose;
    private boolean sizedToOptions;

    public DigitChoice(List<T> options, Function<T, Integer> number, Function<T, String> label, Consumer<T> onChoose) {
        this.options = List.copyOf(options);
        this.number = number;
        this.onChoose = onChoose;
        getStyleClass().add("digit-choice");
        setFocusTraversable(true);
        setHgap(4);
        setVgap(4);
        for (T option : options) {
            Label box = new Label(number.apply(option) + (label == null ? "" : " " + label.apply(option)));
            box.getStyleClass().add("digit-option");
            box.setMinWidth(USE_PREF_SIZE);
            box.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                requestFocus();
                onChoose.accept(option);
            });
            getChildren().add(box);
        }
        addEventHandler(KeyEvent.KEY_PRESSED, this::typed);
    }

    /**
     * Asks for the width of all options on one line (a flow pane otherwise asks for its wrap length),
     * so that what stands beside it keeps its room; it still wraps when given less.
     */
    public void sizeToOptions() {
        sizedToOptions = true;
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        if (!sizedToOptions) {
            return super.computePrefWidth(height);
        }
        double width = snappedLeftInset() + snappedRightInset();
        for (javafx.scene.Node option : getManagedChildren()) {
            width += snapSizeX(option.prefWidth(-1));
        }
        // One gap more than the options need: the flow's own layout rounds each option up.
        return width + snapSpaceX(getHgap()) * getManagedChildren().size() + 2;
    }

    private void typed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (!code.isDigitKey() || event.isControlDown() || event.isAltDown()) {
            return;
        }
        String name = code.getName();
        int digit = Character.getNumericValue(name.charAt(name.length() - 1));
        options.stream().filter(o -> number.apply(o) == digit).findFirst().ifPresent(option -> {
            onChoose.accept(option);
            event.consume();
            if (getScene() != null) {
                getScene().getProperties().put(TOOK_KEY, Boolean.TRUE);
            }
        });
    }

    /** Marks {@code stored} as the chosen option (null: none). */
    public void show(T stored) {
        for (int i = 0; i < options.size(); i++) {
            getChildren().get(i).pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("chosen"),
                    options.get(i).equals(stored));
        }
    }
}
