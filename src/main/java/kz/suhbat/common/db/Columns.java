package kz.suhbat.common.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import kz.suhbat.common.i18n.LocalizedText;
import org.jdbi.v3.core.statement.SqlStatement;

/** Reading the column conventions shared by every table. */
public final class Columns {

    private Columns() {
    }

    /** A trilingual text kept in {@code <prefix>_kk}, {@code <prefix>_ru} and {@code <prefix>_en}. */
    public static LocalizedText localized(ResultSet rs, String prefix) throws SQLException {
        return new LocalizedText(rs.getString(prefix + "_kk"), rs.getString(prefix + "_ru"),
                rs.getString(prefix + "_en"));
    }

    /** Binds {@code text} to the named parameters {@code <prefix>_kk}, {@code <prefix>_ru} and {@code <prefix>_en}. */
    public static <S extends SqlStatement<S>> S bindLocalized(S statement, String prefix, LocalizedText text) {
        return statement.bind(prefix + "_kk", text.kk()).bind(prefix + "_ru", text.ru()).bind(prefix + "_en", text.en());
    }

    /** An enum stored by name (never by ordinal). */
    public static <E extends Enum<E>> E enumByName(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        if (value == null) {
            return null;
        }
        return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    }
}
