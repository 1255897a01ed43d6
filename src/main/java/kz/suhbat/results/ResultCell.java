package kz.suhbat.results;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cell of a results table: text, a number or a date, kept as such so spreadsheets can compute. */
public sealed interface ResultCell {

    record Text(String value) implements ResultCell { }

    record Number(BigDecimal value) implements ResultCell { }

    record Date(LocalDate value) implements ResultCell { }

    record Empty() implements ResultCell { }

    static ResultCell text(String value) {
        return value == null || value.isEmpty() ? new Empty() : new Text(value);
    }
}
