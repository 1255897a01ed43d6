package kz.suhbat.common.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as Excel writes it: UTF-8 (with or without a byte-order mark) or UTF-16 with its
 * mark; the separator (comma, semicolon or tab) is the one the header row uses most; values may be
 * quoted, with {@code ""} for a quote and line breaks inside quotes kept in the value.
 */
public final class CsvSheet {

    private static final char QUOTE = '"';
    private static final char[] SEPARATORS = {',', ';', '\t'};

    private CsvSheet() {
    }

    /** The sheet in {@code bytes}; the first record is the header, row 1. */
    public static SheetTable read(byte[] bytes) throws SheetException {
        String text = StrictText.utf8OrUtf16(bytes);
        List<List<String>> records = parse(text, separator(text));
        if (records.isEmpty()) {
            return new SheetTable(1, List.of(), List.of());
        }
        List<SheetTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(new SheetTable.Row(i + 1, records.get(i)));
        }
        return new SheetTable(1, records.get(0), rows);
    }

    /** The records of {@code bytes} split at {@code separator}, whatever the header uses: as a spreadsheet set so does. */
    static List<List<String>> records(byte[] bytes, char separator) throws SheetException {
        return parse(StrictText.utf8OrUtf16(bytes), separator);
    }

    /** The separator used most often, outside quotes, in the first row. */
    public static char separator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    /** The records of the text; refused when a quoted value is never closed. */
    private static List<List<String>> parse(String text, char separator) throws SheetException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean atRecordStart = true;
        int quoteRow = 0;
        int quoteColumn = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == QUOTE && i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    value.append(QUOTE);
                    i++;
                } else if (c == QUOTE) {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == QUOTE && value.length() == 0) {
                quoted = true;
                quoteRow = records.size() + 1;
                quoteColumn = record.size();
            } else if (c == separator) {
                record.add(value.toString());
                value.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(value.toString());
                value.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                atRecordStart = true;
                i++;
                continue;
            } else {
                value.append(c);
            }
            atRecordStart = false;
            i++;
        }
        if (quoted) {
            throw new SheetException(SheetException.Reason.UNCLOSED_QUOTE, quoteRow, quoteColumn);
        }
        if (!atRecordStart) {
            record.add(value.toString());
            records.add(record);
        }
        return records;
    }
}
