package kz.suhbat.common.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import kz.suhbat.common.i18n.I18n;

/** Date fields that show and read dates the way the chosen language writes them, not the computer's. */
public final class DateFields {

    private DateFields() {
    }

    /** A date as the chosen language writes it in a list ("6 дек. 2026 г.", "6 Dec 2026"). */
    public static DateTimeFormatter medium(I18n i18n) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.language().locale());
    }

    public static void localize(DatePicker picker, I18n i18n) {
        DateTimeFormatter format = medium(i18n);
        DateTimeFormatter shortFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(i18n.language().locale());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter candidate : new DateTimeFormatter[] {format, shortFormat,
                        DateTimeFormatter.ISO_LOCAL_DATE}) {
                    try {
                        return LocalDate.parse(text.strip(), candidate);
                    } catch (DateTimeParseException e) {
                        // try the next way of writing it
                    }
                }
                return picker.getValue();
            }
        });
    }
}
