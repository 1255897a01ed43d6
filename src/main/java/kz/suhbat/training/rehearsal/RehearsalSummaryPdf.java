package kz.suhbat.training.rehearsal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.pdf.PdfPages;

/**
 * A rehearsal's summary as a PDF, all in the language the rehearsal was read in: the framework and what
 * was practised, the day, the person's name only when they typed one, and per competency the level
 * reached, what it means, the answers and what the next level asks.
 */
public final class RehearsalSummaryPdf {

    private final RehearsalSummary summary;
    private final I18n i18n;
    private final SummaryText text;

    public RehearsalSummaryPdf(RehearsalSummary summary) {
        this.summary = summary;
        this.i18n = new I18n(summary.language());
        this.text = new SummaryText(i18n, summary.language());
    }

    /** Writes the summary; {@code name} is printed when it is not blank. */
    public void write(String name, OutputStream out) throws IOException {
        try (PdfPages pages = new PdfPages()) {
            pages.title(i18n.get("rehearsal.pdf.title"));
            if (name != null && !name.isBlank()) {
                pages.paragraph(i18n.format("rehearsal.pdf.name", name.strip()));
            }
            DateTimeFormatter dates = DateTimeFormatter.ofPattern(i18n.get("protocol.datePattern"),
                    summary.language().locale());
            pages.paragraph(i18n.format("rehearsal.pdf.practised", text.text(summary.framework()),
                    text.text(summary.scope()), dates.format(summary.date())));
            for (CompetencyResult result : summary.competencies()) {
                pages.heading(text.heading(result));
                paragraph(pages, text.descriptor(result));
                result.answers().forEach(answer -> pages.paragraph(text.answer(answer)));
                paragraph(pages, text.nextLevel(result));
            }
            pages.gap(8);
            pages.paragraph(i18n.get("rehearsal.pdf.notice"));
            pages.save(out, i18n.get("protocol.page"));
        }
    }

    private static void paragraph(PdfPages pages, String line) {
        if (!line.isEmpty()) {
            pages.paragraph(line);
        }
    }
}
