package kz.suhbat.campaign.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.suhbat.common.sheet.SheetException;
import kz.suhbat.common.sheet.SheetTable;
import kz.suhbat.common.sheet.SheetType;

/**
 * Reads a candidate list: an Excel workbook (.xlsx, its first sheet) or a CSV file in UTF-8 or UTF-16,
 * the first row naming the columns. A file that cannot be read is refused with what to do about it.
 */
public final class CandidateFile {

    private CandidateFile() {
    }

    /** The header and rows of {@code file}, for the columns to be matched to the fields of a candidate. */
    public static CandidateSheet read(Path file) throws CandidateImportException {
        String name = String.valueOf(file.getFileName());
        Optional<SheetType> type = SheetType.of(file);
        if (type.isEmpty()) {
            throw refused(CandidateImportProblem.inFile(name, CandidateImportKeys.UNSUPPORTED_TYPE, name));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(CandidateImportProblem.inFile(name, CandidateImportKeys.UNREADABLE,
                    String.valueOf(e.getMessage())));
        }
        SheetTable table;
        try {
            table = type.get().read(bytes);
        } catch (SheetException e) {
            throw refused(problem(name, e));
        }
        if (table.isEmpty()) {
            throw refused(CandidateImportProblem.inFile(name, CandidateImportKeys.EMPTY_FILE));
        }
        return new CandidateSheet(name, table);
    }

    private static CandidateImportProblem problem(String name, SheetException e) {
        return switch (e.reason()) {
            case NOT_UNICODE -> CandidateImportProblem.inFile(name, CandidateImportKeys.NOT_UTF8,
                    Integer.toString(e.row()));
            case UNCLOSED_QUOTE -> new CandidateImportProblem(name, e.row(), SheetTable.columnLetters(e.column()),
                    "", CandidateImportKeys.UNCLOSED_QUOTE, List.of());
            case NOT_XLSX -> CandidateImportProblem.inFile(name, CandidateImportKeys.NOT_XLSX);
        };
    }

    private static CandidateImportException refused(CandidateImportProblem problem) {
        return new CandidateImportException(List.of(problem));
    }
}
