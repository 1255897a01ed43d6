package kz.suhbat.common.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the first worksheet of an Excel workbook (.xlsx) as text, cell by cell. The first row that
 * holds anything is the header.
 */
public final class XlsxSheet {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxSheet.class);

    private XlsxSheet() {
    }

    /** The first worksheet of the workbook in {@code bytes}. */
    public static SheetTable read(byte[] bytes) throws SheetException {
        if (!isWorkbook(bytes)) {
            throw new SheetException(SheetException.Reason.NOT_XLSX, 0, -1);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> rows = stream.iterator();
            if (!rows.hasNext()) {
                return new SheetTable(1, List.of(), List.of());
            }
            Row first = rows.next();
            List<SheetTable.Row> below = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                below.add(new SheetTable.Row(row.getRowNum(), cells(row)));
            }
            return new SheetTable(first.getRowNum(), cells(first), below);
        } catch (IOException | RuntimeException e) {
            // The parser of a damaged workbook may throw anything; the user needs to know only that.
            LOG.info("Refused a workbook that cannot be read", e);
            throw new SheetException(SheetException.Reason.NOT_XLSX, 0, -1, e);
        }
    }

    /** Whether the bytes begin as a workbook does; a file too short to tell is not one. */
    private static boolean isWorkbook(byte[] bytes) {
        try {
            return ReadableWorkbook.isOOXMLZipHeader(bytes);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getOptionalCell(i).map(XlsxSheet::text).orElse(""));
        }
        return cells;
    }

    /** A cell as the text it shows; a number without a trailing ".0" (a whole number of minutes is "6"). */
    private static String text(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null) {
            return "";
        }
        return cell.getType() == CellType.NUMBER ? plainNumber(raw) : raw;
    }

    private static String plainNumber(String raw) {
        try {
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
