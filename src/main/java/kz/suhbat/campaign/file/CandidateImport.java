package kz.suhbat.campaign.file;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kz.suhbat.campaign.Iin;
import kz.suhbat.campaign.IinProblem;
import kz.suhbat.campaign.Post;
import kz.suhbat.common.sheet.SheetTable;

/**
 * Turns a candidate list, its columns matched to fields, into candidates. All or nothing: a list with
 * any problem is refused with every problem, each at its row and column; otherwise every candidate is
 * returned. Blank rows are skipped; values lose the spaces around them and are otherwise kept exactly.
 */
public final class CandidateImport {

    private CandidateImport() {
    }

    /**
     * The candidates of {@code sheet}.
     *
     * @param mapping                the field each column holds, by column index (0 for A); columns left
     *                               out are not read
     * @param iinsAlreadyInCampaign  the IINs of the candidates the campaign already has
     * @param posts                  the campaign's posts, which the post column must name (an empty
     *                               cell, or no post column, stands for the only post of a campaign
     *                               that has one)
     */
    public static List<CandidateRow> rows(CandidateSheet sheet, Map<Integer, CandidateField> mapping,
                                          Set<String> iinsAlreadyInCampaign, List<Post> posts)
            throws CandidateImportException {
        String file = sheet.fileName();
        if (sheet.table().isEmpty()) {
            throw new CandidateImportException(List.of(CandidateImportProblem.inFile(file,
                    CandidateImportKeys.EMPTY_FILE)));
        }
        List<CandidateImportProblem> problems = new ArrayList<>();
        Map<CandidateField, Integer> columns = columns(sheet, mapping, problems);
        List<SheetTable.Row> filled = sheet.rows().stream().filter(row -> !row.isBlank()).toList();
        if (filled.isEmpty()) {
            problems.add(CandidateImportProblem.inFile(file, CandidateImportKeys.HEADER_ONLY));
        }
        Set<String> inCampaign = Set.copyOf(iinsAlreadyInCampaign.stream().map(String::strip).toList());
        Map<String, Integer> firstRowOfIin = new HashMap<>();
        List<CandidateRow> candidates = new ArrayList<>();
        for (SheetTable.Row row : filled) {
            RowReader reader = new RowReader(sheet, columns, row, problems);
            Map<CandidateField, String> values = reader.values();
            String iin = values.get(CandidateField.IIN);
            if (!iin.isEmpty()) {
                checkIin(reader, iin, firstRowOfIin, inCampaign);
            }
            Post post = post(reader, values.get(CandidateField.POST), posts);
            candidates.add(new CandidateRow(row.number(), values.get(CandidateField.LAST_NAME),
                    values.get(CandidateField.FIRST_NAME), values.get(CandidateField.MIDDLE_NAME), iin, post));
        }
        if (!problems.isEmpty()) {
            throw new CandidateImportException(problems);
        }
        return List.copyOf(candidates);
    }

    /** The column of each mapped field, the first when two are mapped to it; mapping problems reported. */
    private static Map<CandidateField, Integer> columns(CandidateSheet sheet, Map<Integer, CandidateField> mapping,
                                                        List<CandidateImportProblem> problems) {
        Map<CandidateField, Integer> columns = new EnumMap<>(CandidateField.class);
        for (Map.Entry<Integer, CandidateField> entry : new TreeMap<>(mapping).entrySet()) {
            int column = entry.getKey();
            CandidateField field = entry.getValue();
            if (column < 0) {
                throw new IllegalArgumentException("No column " + column);
            }
            if (field == null) {
                continue;
            }
            Integer first = columns.putIfAbsent(field, column);
            if (first != null) {
                problems.add(new CandidateImportProblem(sheet.fileName(), sheet.table().headerRow(),
                        sheet.column(column), "", CandidateImportKeys.DUPLICATE_COLUMN,
                        List.of(sheet.column(first), field)));
            }
        }
        for (CandidateField field : CandidateField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                problems.add(CandidateImportProblem.inFile(sheet.fileName(), CandidateImportKeys.MISSING_COLUMN,
                        field));
            }
        }
        return columns;
    }

    private static void checkIin(RowReader reader, String iin, Map<String, Integer> firstRowOfIin,
                                 Set<String> inCampaign) {
        Optional<IinProblem> problem = Iin.check(iin);
        if (problem.isPresent()) {
            reader.problem(CandidateField.IIN, iin, problem.get().key());
            return;
        }
        Integer first = firstRowOfIin.putIfAbsent(iin, reader.rowNumber());
        if (first != null) {
            reader.problem(CandidateField.IIN, iin, CandidateImportKeys.DUPLICATE_IIN, Integer.toString(first));
        }
        if (inCampaign.contains(iin)) {
            reader.problem(CandidateField.IIN, iin, CandidateImportKeys.IIN_IN_CAMPAIGN);
        }
    }

    /** The campaign's post the cell names; null, with the problem reported, when it names none. */
    private static Post post(RowReader reader, String text, List<Post> posts) {
        String names = String.join("; ", posts.stream().map(Post::names).toList());
        if (text.isEmpty()) {
            if (posts.size() == 1) {
                return posts.get(0);
            }
            reader.rowProblem(CandidateImportKeys.POST_NEEDED, names);
            return null;
        }
        Optional<Post> named = posts.stream().filter(p -> p.named(text)).findFirst();
        if (named.isEmpty()) {
            reader.problem(CandidateField.POST, text, CandidateImportKeys.UNKNOWN_POST, names);
        }
        return named.orElse(null);
    }

    /** Reads the mapped cells of one row, reporting a required cell left empty. */
    private static final class RowReader {

        private final CandidateSheet sheet;
        private final Map<CandidateField, Integer> columns;
        private final SheetTable.Row row;
        private final List<CandidateImportProblem> problems;

        RowReader(CandidateSheet sheet, Map<CandidateField, Integer> columns, SheetTable.Row row,
                  List<CandidateImportProblem> problems) {
            this.sheet = sheet;
            this.columns = columns;
            this.row = row;
            this.problems = problems;
        }

        int rowNumber() {
            return row.number();
        }

        /**
         * Every field's value without the spaces around it, empty when it has no column; the required
         * cells left empty are reported, from left to right.
         */
        Map<CandidateField, String> values() {
            Map<CandidateField, String> values = new EnumMap<>(CandidateField.class);
            for (CandidateField field : CandidateField.values()) {
                values.put(field, "");
            }
            columns.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> {
                String value = row.cell(entry.getValue()).strip();
                if (value.isEmpty() && entry.getKey().required()) {
                    problem(entry.getKey(), "", CandidateImportKeys.BLANK_CELL, entry.getKey());
                }
                if (entry.getKey() != CandidateField.IIN && entry.getKey() != CandidateField.POST
                        && value.length() > kz.suhbat.campaign.Candidate.NAME_LIMIT) {
                    problem(entry.getKey(), "", CandidateImportKeys.TOO_LONG, entry.getKey(),
                            kz.suhbat.campaign.Candidate.NAME_LIMIT);
                }
                values.put(entry.getKey(), value);
            });
            return values;
        }

        void rowProblem(String key, Object... args) {
            problems.add(new CandidateImportProblem(sheet.fileName(), row.number(), "", "", key, List.of(args)));
        }

        void problem(CandidateField field, String value, String key, Object... args) {
            problems.add(new CandidateImportProblem(sheet.fileName(), row.number(), sheet.column(columns.get(field)),
                    value, key, List.of(args)));
        }
    }
}
