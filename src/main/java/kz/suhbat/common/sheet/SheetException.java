package kz.suhbat.common.sheet;

/**
 * A text file or sheet that cannot be read at all, with the reason and where reading stopped. The
 * feature that reads the file turns the reason into a message for the user.
 */
public class SheetException extends Exception {

    /** Why a file cannot be read. */
    public enum Reason {
        /** A byte is not text in an allowed encoding; {@link #row()} is the line it is on. */
        NOT_UNICODE,
        /** A quoted CSV value is never closed; {@link #row()} and {@link #column()} are where it opens. */
        UNCLOSED_QUOTE,
        /** The file is not an Excel workbook (.xlsx), or a damaged one. */
        NOT_XLSX
    }

    private final Reason reason;
    private final int row;
    private final int column;

    /**
     * @param row    the line or row, counted from 1; 0 when the reason has no place
     * @param column the column, counted from 0 (A); -1 when the reason has no column
     */
    public SheetException(Reason reason, int row, int column) {
        this(reason, row, column, null);
    }

    public SheetException(Reason reason, int row, int column, Throwable cause) {
        super(reason + (row > 0 ? " at " + (column >= 0 ? SheetTable.columnLetters(column) : "line ") + row : ""),
                cause);
        this.reason = reason;
        this.row = row;
        this.column = column;
    }

    public Reason reason() {
        return reason;
    }

    /** The line or row, counted from 1; 0 when the reason has no place. */
    public int row() {
        return row;
    }

    /** The column, counted from 0 (A); -1 when the reason has no column. */
    public int column() {
        return column;
    }

    /** The cell as a spreadsheet names it ({@code B3}); empty without a column. */
    public String cell() {
        return column < 0 || row < 1 ? "" : SheetTable.columnLetters(column) + row;
    }
}
