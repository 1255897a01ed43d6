package kz.suhbat.common.ui;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Whole-number spinners bound to a view model. Text typed into one that is not a number within the
 * limits is put back to the last good value instead of failing.
 */
public final class Spinners {

    private Spinners() {
    }

    public static void bind(Spinner<Integer> spinner, int min, int max, IntegerProperty value,
                            ViewSubscriptions subscriptions) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, value.get())));
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : number.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int number = Integer.parseInt(text.strip());
                    return Math.max(min, Math.min(max, number));
                } catch (NumberFormatException | NullPointerException e) {
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        subscriptions.listen(value, (obs, old, now) -> factory.setValue(now.intValue()));
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit(spinner);
            }
        });
    }

    /** Takes what is typed in the spinner's field (before a save that reads its value). */
    public static void commit(Spinner<Integer> spinner) {
        spinner.increment(0);
        spinner.getEditor().setText(spinner.getValueFactory().getConverter().toString(spinner.getValue()));
    }
}
