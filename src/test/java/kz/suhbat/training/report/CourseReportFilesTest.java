package kz.suhbat.training.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.suhbat.analytics.file.ReportFiles;
import kz.suhbat.analytics.stats.FlagReason;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.security.Role;
import kz.suhbat.training.CalibrationMeasures;
import kz.suhbat.training.CalibrationRule;
import kz.suhbat.training.Course;
import kz.suhbat.training.CourseResults;
import kz.suhbat.training.Exercise;
import kz.suhbat.training.ExerciseResult;
import kz.suhbat.training.GroupPoint;
import kz.suhbat.training.StoredExercise;
import kz.suhbat.training.Trainee;
import kz.suhbat.training.TraineeProgress;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer's report says, per trainee and for the group, how far each was from the references. */
class CourseReportFilesTest {

    @TempDir
    Path temp;

    /** Two exercises; Әйгерім calibrated on 3 December, Борис not yet and lenient. */
    private static CourseResults results() {
        Course course = new Course(7, LocalizedText.of("Әкімдер мектебі", "Школа акимов", "School of Akims"), 1,
                new CalibrationRule(new BigDecimal("0.50"), 2));
        List<StoredExercise> exercises = List.of(exercise(1, "EX-01"), exercise(2, "EX-02"));
        TraineeProgress aigerim = new TraineeProgress(
                new Trainee(11, "aigerim", "Әйгерім Сәрсенова", Role.TRAINEE, false),
                List.of(result(1, "EX-01", 0.5, -0.5), result(2, "EX-02", 0.25, 0.25)),
                measures(0.375, -0.125, List.of(FlagReason.CENTRAL_TENDENCY)), Optional.of(LocalDate.of(2026, 12, 3)));
        TraineeProgress boris = new TraineeProgress(new Trainee(12, "boris", "Борис Ким", Role.TRAINEE, true),
                List.of(result(1, "EX-01", 1.666, 1.0)), measures(1.666, 1.0, List.of()), Optional.empty());
        return new CourseResults(course, exercises, List.of(aigerim, boris),
                List.of(new GroupPoint(1, "EX-01", 1.083, 0.25, 2), new GroupPoint(2, "EX-02", 0.25, 0.25, 1)));
    }

    private static StoredExercise exercise(int seq, String code) {
        return new StoredExercise(seq, 7, seq, new Exercise(code, LocalizedText.of(code, code, code), "DEC", 1,
                LocalizedText.of("…", "…", "…"), Optional.empty(), List.of()));
    }

    private static ExerciseResult result(int seq, String code, double distance, double bias) {
        return new ExerciseResult(seq, seq, code, Instant.parse("2026-12-0" + (seq + 1) + "T10:00:00Z"), distance, bias);
    }

    private static CalibrationMeasures measures(double distance, double bias, List<FlagReason> flags) {
        return new CalibrationMeasures(4, distance, bias, 0.5, 1.0, Double.NaN, Double.NaN, flags);
    }

    @Test
    void theWorkbookHasTheTraineesTheirDistancesAndTheGroup() throws Exception {
        Path xlsx = temp.resolve("report.xlsx");
        new CourseReportFiles(new I18n(Language.EN)).write(results(), ReportFiles.Format.XLSX, xlsx);
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Trainees", "Exercises per trainee", "Group per exercise"),
                    sheets.stream().map(Sheet::getName).toList());
            List<List<String>> trainees = cells(sheets.get(0));
            assertTrue(trainees.get(1).get(0).startsWith("TRAINING"), "every sheet is marked as training");
            List<String> aigerim = row(trainees, "Әйгерім Сәрсенова");
            assertEquals("2", aigerim.get(2));
            assertEquals("0.25", twoDecimals(aigerim.get(3)), "the last exercise's distance");
            assertEquals("0.38", twoDecimals(aigerim.get(4)), "the mean distance, rounded half up");
            assertEquals("-0.13", twoDecimals(aigerim.get(5)));
            assertEquals("severe", aigerim.get(6));
            assertEquals("central tendency", aigerim.get(7));
            assertEquals("since 03.12.2026", aigerim.get(8));
            List<String> boris = row(trainees, "Борис Ким");
            assertEquals("1.00", twoDecimals(boris.get(5)));
            assertEquals("lenient", boris.get(6));
            assertEquals("not yet", boris.get(8));
            List<String> borisFirst = row(cells(sheets.get(1)), "Борис Ким");
            assertEquals("EX-01", borisFirst.get(2));
            assertEquals("1.67", twoDecimals(borisFirst.get(3)));
            List<List<String>> group = cells(sheets.get(2));
            assertEquals("1.08", twoDecimals(row(group, "1").get(3)), "the group's mean on the first exercise");
        }
    }

    @Test
    void thePdfSaysTheSameInKazakh() throws Exception {
        Path pdf = temp.resolve("report.pdf");
        new CourseReportFiles(new I18n(Language.KK)).write(results(), ReportFiles.Format.PDF, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.startsWith("ОҚУ"), "the report is marked as training: " + text);
            assertTrue(text.contains("Әкімдер мектебі"), text);
            assertTrue(text.contains("Әйгерім Сәрсенова") && text.contains("Борис Ким"), text);
            assertTrue(text.contains("0.38") && text.contains("1.67") && text.contains("1.08"),
                    "distances to two decimals: " + text);
            assertTrue(text.contains("03.12.2026 бастап"), "the calibrated date: " + text);
            assertTrue(text.contains("әлі жоқ"), text);
            assertFalse(text.contains("course."), "no message key shows in place of a text");
        }
    }

    private static List<List<String>> cells(Sheet sheet) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
                cells.add(row.getCell(c) == null ? "" : row.getCell(c).getText());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> row(List<List<String>> rows, String first) {
        return rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals(first)).findFirst().orElseThrow();
    }

    /** A number of the sheet, which must hold at most two decimals, written with two. */
    private static String twoDecimals(String number) {
        BigDecimal value = new BigDecimal(number);
        assertTrue(value.stripTrailingZeros().scale() <= 2, number + " has at most two decimals");
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
