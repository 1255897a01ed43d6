package kz.suhbat.campaign.file;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.common.sheet.SheetTable;

/**
 * A candidate list as read from its file, before its columns are matched to the fields of a
 * candidate: the header row and the rows below it.
 *
 * @param fileName the file's name, shown with every problem
 */
public record CandidateSheet(String fileName, SheetTable table) {

    public CandidateSheet {
        fileName = fileName == null ? "" : fileName;
    }

    /** The names in the header row, one for each column from A, without the spaces around them. */
    public List<String> header() {
        return table.header().stream().map(String::strip).toList();
    }

    /** The rows below the header. */
    public List<SheetTable.Row> rows() {
        return table.rows();
    }

    /** The number of rows below the header that hold anything: the candidates the list seems to have. */
    public int rowCount() {
        return (int) table.rows().stream().filter(row -> !row.isBlank()).count();
    }

    /**
     * Up to {@code count} values of a column, from the top, without the spaces around them and leaving
     * out empty cells: a sample that helps to tell what the column holds.
     */
    public List<String> sample(int column, int count) {
        return table.rows().stream()
                .map(row -> row.cell(column).strip())
                .filter(value -> !value.isEmpty())
                .limit(Math.max(count, 0))
                .toList();
    }

    /** The number of columns: of the header, or of the longest row when that is longer. */
    public int columnCount() {
        int count = table.header().size();
        for (SheetTable.Row row : table.rows()) {
            count = Math.max(count, row.cells().size());
        }
        return count;
    }

    /** A column as problems name it: its letters and, when it has one, its header, as in {@code C [ИИН]}. */
    public String column(int index) {
        String letters = SheetTable.columnLetters(index);
        String name = index < table.header().size() ? table.header().get(index).strip() : "";
        return name.isEmpty() ? letters : letters + " [" + name + "]";
    }

    /**
     * The field each column most likely holds, guessed from the usual header names in Kazakh, Russian
     * and English ("Тегі", "Фамилия", "Last name", "ЖСН", "ИИН", "IIN"…). Each field is guessed for one
     * column at most, the first; columns with other names are left out.
     */
    public Map<Integer, CandidateField> suggestMapping() {
        Map<Integer, CandidateField> mapping = new LinkedHashMap<>();
        Set<CandidateField> taken = EnumSet.noneOf(CandidateField.class);
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            Optional<CandidateField> field = CandidateHeaders.fieldOf(header.get(i));
            if (field.isPresent() && taken.add(field.get())) {
                mapping.put(i, field.get());
            }
        }
        return Collections.unmodifiableMap(mapping);
    }
}
