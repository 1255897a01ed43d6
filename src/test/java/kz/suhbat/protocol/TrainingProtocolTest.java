package kz.suhbat.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.protocol.pdf.InterviewPackPdf;
import kz.suhbat.protocol.pdf.ProtocolPdf;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestCalibration;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training course's documents say TRAINING in their language on every page (a line under the title and
 * a diagonal watermark); a real campaign's never do. The protocol states the panel was calibrated only
 * when every voting member was, within the twelve months before the sitting.
 */
class TrainingProtocolTest {

    private static final List<Language> LANGUAGES = List.of(Language.KK, Language.RU, Language.EN);

    @TempDir
    Path temp;

    private TestOffice office;

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void everyPageOfATrainingCoursesProtocolAndPackIsWatermarkedInItsLanguage() throws Exception {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        TestPanel panel = TestPanel.seatTraining(office);
        panel.finaliseFirstInterview(office, "Келісілді");
        office.actAs(panel.secretary);
        SittingProtocol protocol = office.services().protocols().protocol(panel.sitting.id());
        var questions = office.services().interviews().questions(panel.campaign.id());
        for (Language language : LANGUAGES) {
            String word = new kz.suhbat.common.i18n.I18n(language).get("training.watermark").replaceAll("\\s+", "");
            List<String> pages = pages(out -> new ProtocolPdf(language, ProtocolText.ASTANA).write(protocol, out));
            assertTrue(pages.size() > 1, "the protocol runs over more than a page");
            pages.forEach(page -> assertTrue(page.contains(word), language + " protocol page: " + page));
            pages(out -> new InterviewPackPdf(language).write(questions, out))
                    .forEach(page -> assertTrue(page.contains(word), language + " pack page: " + page));
            assertFalse(pages.get(1).contains(new kz.suhbat.common.i18n.I18n(language).get("training.banner")
                    .replaceAll("\\s+", "")), "past the first page only the watermark says it");
            assertTrue(ProtocolText.of(protocol, language).contains(
                    new kz.suhbat.common.i18n.I18n(language).get("training.banner")), "the line under the title");
        }
    }

    @Test
    void aRealCampaignsProtocolSaysNothingOfTrainingNorOfAPanelNotAllCalibrated() throws Exception {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        TestPanel panel = TestPanel.seat(office);
        panel.finaliseFirstInterview(office, "Келісілді");
        TestCalibration.calibrate(office, panel.memberAccounts.subList(0, 4));
        office.actAs(panel.secretary);
        SittingProtocol protocol = office.services().protocols().protocol(panel.sitting.id());
        assertTrue(protocol.calibrated().isEmpty(), "the fifth voting member was not calibrated");
        for (Language language : LANGUAGES) {
            var i18n = new kz.suhbat.common.i18n.I18n(language);
            String text = ProtocolText.of(protocol, language);
            assertFalse(text.contains(i18n.get("training.watermark")), language + ": " + text);
            String calibrated = i18n.get("protocol.calibrated");
            assertFalse(text.contains(calibrated.substring(0, calibrated.indexOf('('))), language + ": " + text);
        }
    }

    @Test
    void theProtocolStatesWhenEveryVotingMemberWasCalibrated() throws Exception {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        TestPanel panel = TestPanel.seat(office);
        panel.finaliseFirstInterview(office, "Келісілді");
        TestCalibration.calibrate(office, panel.memberAccounts);
        office.actAs(panel.secretary);
        SittingProtocol protocol = office.services().protocols().protocol(panel.sitting.id());
        for (Language language : LANGUAGES) {
            var i18n = new kz.suhbat.common.i18n.I18n(language);
            String text = ProtocolText.of(protocol, language);
            String calibrated = i18n.get("protocol.calibrated");
            assertTrue(text.contains(calibrated.substring(0, calibrated.indexOf('('))), language + ": " + text);
            assertTrue(text.contains(TestPanel.VOTING[4] + " — "), "each member is named with the date");
        }
    }

    private interface Writer {
        void write(ByteArrayOutputStream out) throws Exception;
    }

    /**
     * The text of each page of the document written, without spaces (the diagonal watermark's letters come
     * out of the page with spaces between some of them).
     */
    private static List<String> pages(Writer writer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            List<String> pages = new java.util.ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(pdf).replaceAll("\\s+", ""));
            }
            return pages;
        }
    }
}
