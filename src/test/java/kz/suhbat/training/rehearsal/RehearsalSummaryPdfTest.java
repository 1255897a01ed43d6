package kz.suhbat.training.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Random;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.Framework;
import kz.suhbat.testsupport.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The saved summary, in the language the rehearsal was read in, with a name only when one is typed. */
class RehearsalSummaryPdfTest {

    private final RehearsalSummary summary = summary();

    private static RehearsalSummary summary() {
        Framework framework = DemoFramework.read();
        RehearsalScope scope = RehearsalScope.competency(framework.competency("STR").orElseThrow());
        Rehearsal rehearsal = new Rehearsal(framework, scope, Language.KK,
                new QuestionPicker(new Random(5)).pick(scope, 1),
                new MutableClock(Instant.parse("2026-03-02T09:00:00Z")));
        rehearsal.rate(4);
        rehearsal.note("Нәтижесін айтуды ұмыттым");
        rehearsal.next();
        return rehearsal.summary();
    }

    @Test
    void printsTheLevelReachedAndTheNextLevelInKazakh() throws IOException {
        String text = text("  ");
        assertTrue(text.contains("Сұхбатқа дайындық: өзін-өзі бағалау"), text);
        assertTrue(text.contains("Стресске төзімділік: деңгей 4 · Жоғары"), text);
        assertTrue(text.contains("Келесі деңгейдің (5 · Үлгілі) талабы:"), text);
        assertTrue(text.contains("Нәтижесін айтуды ұмыттым"), text);
        assertTrue(text.contains("2026 жылғы 2"), text);
        assertFalse(text.contains("Аты-жөні"), "no name line unless a name is typed");
    }

    @Test
    void printsTheNameOnlyWhenTyped() throws IOException {
        assertTrue(text(" Әлия Серікқызы ").contains("Аты-жөні: Әлия Серікқызы"));
    }

    private String text(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RehearsalSummaryPdf(summary).write(name, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
