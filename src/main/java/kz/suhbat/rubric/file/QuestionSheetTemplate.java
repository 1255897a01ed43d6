package kz.suhbat.rubric.file;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kz.suhbat.common.sheet.CsvSeparator;
import kz.suhbat.common.sheet.CsvWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an empty question bank sheet for administrators to fill in: the header row and one example
 * question in all three languages. The .csv template is written by {@link CsvWriter} for Excel: UTF-8 with a
 * byte-order mark (so Excel shows Kazakh and Russian letters), separated as chosen (semicolons as Excel
 * expects with Kazakh and Russian regional settings, commas with English ones).
 */
public final class QuestionSheetTemplate {

    private static final String APPLICATION = "Suhbat";

    /** The example row, in the order of {@link QuestionSheet#COLUMNS}. */
    static final List<String> EXAMPLE = List.of(
            "DEC",
            "BEHAVIOURAL",
            "6",
            "Жаңа фактілер пайда болғандықтан, өзіңіз жариялаған шешімді өзгертуге тура келген жағдай туралы "
                    + "айтып беріңіз.",
            "Расскажите о случае, когда из-за новых фактов вам пришлось изменить уже объявленное решение.",
            "Tell us about a time when new facts made you change a decision you had already announced.",
            "Шешімді қайта қарауға не себеп болды?\nБұл өзгерісті оған қатысы бар адамдарға қалай түсіндірдіңіз?\n"
                    + "Бұдан қандай қорытынды шығардыңыз?",
            "Что заставило вас пересмотреть решение?\nКак вы объяснили изменение тем, кого оно касалось?\n"
                    + "Какой вывод вы из этого сделали?",
            "What made you reconsider?\nHow did you explain the change to the people it affected?\n"
                    + "What did you learn from it?",
            "3,4,5");

    /** Writes the template in {@code format} (a CSV one separated by {@code separator}) to {@code out}, left open. */
    public void write(SheetFormat format, CsvSeparator separator, OutputStream out) throws IOException {
        if (format == SheetFormat.XLSX) {
            writeXlsx(out);
        } else {
            writeCsv(separator, out);
        }
    }

    public void writeXlsx(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, APPLICATION, null);
        Worksheet sheet = workbook.newWorksheet("questions");
        List<String> columns = QuestionSheet.COLUMNS;
        for (int column = 0; column < columns.size(); column++) {
            String name = columns.get(column);
            boolean longText = name.startsWith("question_") || name.startsWith("probes_");
            boolean number = name.equals(QuestionSheet.MINUTES);
            // Text format keeps Excel from reading "3,4" in reveals_levels as a decimal number.
            String format = number ? "0" : "@";
            sheet.width(column, longText ? 50 : 16);
            sheet.style(column).format(format).wrapText(longText).verticalAlignment("top").set();
            sheet.value(0, column, name);
            sheet.style(0, column).bold().fillColor("DDEBF7").set();
            if (number) {
                sheet.value(1, column, Integer.parseInt(EXAMPLE.get(column)));
            } else {
                sheet.value(1, column, EXAMPLE.get(column));
            }
            sheet.style(1, column).format(format).wrapText(longText).verticalAlignment("top").set();
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    public void writeCsv(CsvSeparator separator, OutputStream out) throws IOException {
        CsvWriter.forExcel(separator).row(QuestionSheet.COLUMNS).row(EXAMPLE).writeTo(out);
    }
}
