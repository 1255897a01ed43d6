package kz.suhbat.common.sheet;

import java.nio.file.Path;

/** Where a sheet is to be written and how: a workbook, or CSV with its separator (ignored for a workbook). */
public record SheetTarget(Path file, SheetType type, CsvSeparator separator) {
}
