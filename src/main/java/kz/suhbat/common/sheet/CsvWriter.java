package kz.suhbat.common.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The one way Suhbat writes CSV. Records end with CR LF (RFC 4180). A text is neutralised when a spreadsheet
 * would run it as a formula ({@link Neutral}), and quoted, with {@code ""} for a quote, when it contains a
 * comma or a semicolon (whichever the file is separated with: the reader's Excel may split at the other), a
 * tab, a quote, a line break or a neutralising apostrophe; so {@code x;=1+2;y} stays one harmless cell in
 * every office's Excel. Numbers are written with the separator's decimal mark, dates as ISO dates. A file for
 * Excel starts with a UTF-8 byte-order mark, so Kazakh and Russian letters open correctly.
 */
public final class CsvWriter {

    private static final char QUOTE = '"';
    private static final String MUST_QUOTE = ",;\t\"\r\n'";

    private final CsvSeparator separator;
    private final StringBuilder text = new StringBuilder();
    private boolean rowStarted;

    private CsvWriter(CsvSeparator separator, boolean byteOrderMark) {
        this.separator = separator;
        if (byteOrderMark) {
            text.append('\uFEFF');
        }
    }

    /** A file to open in Excel: UTF-8 with a byte-order mark. */
    public static CsvWriter forExcel(CsvSeparator separator) {
        return new CsvWriter(separator, true);
    }

    /** Text for scripts (printed, for instance): UTF-8 without a byte-order mark. */
    public static CsvWriter forScripts(CsvSeparator separator) {
        return new CsvWriter(separator, false);
    }

    public CsvSeparator separator() {
        return separator;
    }

    /** A text cell, neutralised and quoted as needed; {@code null} is an empty cell. */
    public CsvWriter text(String value) {
        return field(value == null ? "" : quoted(Neutral.text(value)));
    }

    /** A number, with the separator's decimal mark and no exponent. */
    public CsvWriter number(BigDecimal value) {
        return field(value == null ? "" : quoted(value.toPlainString().replace('.', separator.decimalMark())));
    }

    public CsvWriter number(long value) {
        return field(Long.toString(value));
    }

    /** A date, as an ISO date (2027-03-15), which Excel reads as a date in every language. */
    public CsvWriter date(LocalDate value) {
        return field(value == null ? "" : value.toString());
    }

    public CsvWriter empty() {
        return field("");
    }

    /**
     * A cell of whatever it holds: a {@link BigDecimal}, {@link Long} or {@link Integer} is a number, a
     * {@link LocalDate} a date, {@code null} nothing, anything else text.
     */
    public CsvWriter cell(Object value) {
        if (value == null) {
            return empty();
        }
        if (value instanceof BigDecimal decimal) {
            return number(decimal);
        }
        if (value instanceof Long || value instanceof Integer) {
            return number(((Number) value).longValue());
        }
        if (value instanceof LocalDate date) {
            return date(date);
        }
        return text(value.toString());
    }

    /** A whole record of cells (see {@link #cell}). */
    public CsvWriter row(List<?> cells) {
        cells.forEach(this::cell);
        return endRow();
    }

    public CsvWriter endRow() {
        text.append("\r\n");
        rowStarted = false;
        return this;
    }

    public String text() {
        return text.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes what was built to {@code out}, left open. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes());
        out.flush();
    }

    private CsvWriter field(String written) {
        if (rowStarted) {
            text.append(separator.character());
        }
        text.append(written);
        rowStarted = true;
        return this;
    }

    private static String quoted(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (MUST_QUOTE.indexOf(value.charAt(i)) >= 0) {
                return QUOTE + value.replace("\"", "\"\"") + QUOTE;
            }
        }
        return value;
    }
}
