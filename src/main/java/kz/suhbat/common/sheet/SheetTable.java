package kz.suhbat.common.sheet;

import java.util.List;

/**
 * The cells of a sheet as text: the header row and the rows below it, each with the number a
 * spreadsheet shows for it (the header is row 1 of a sheet that starts at the top).
 */
public record SheetTable(int headerRow, List<String> header, List<Row> rows) {

    public SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A row below the header: its number as the spreadsheet shows it, and its cells from column A. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The text of the cell in column {@code index} (0 for A), empty when the row stops before it. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        /** Whether every cell of the row is empty or only spaces. */
        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Whether the sheet holds nothing at all: no header, or only blank cells everywhere. */
    public boolean isEmpty() {
        return header.stream().allMatch(String::isBlank) && rows.stream().allMatch(Row::isBlank);
    }

    /** A cell's place as a spreadsheet shows it, with its column's name: {@code E5 [question_kk]}. */
    public static String place(int column, int row, String columnName) {
        return columnLetters(column) + row + " [" + columnName + "]";
    }

    /** The letters of a column: 0 is A, 25 is Z, 26 is AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }
}
