package kz.suhbat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.protocol.pdf.ProtocolPdf;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The protocol of a sitting as a PDF: its text, copied out of the file, gives back every Kazakh letter,
 * the commission, the scores, the agreed change with its reason, the votes with the separate opinion
 * and the decision, in the language asked for.
 */
class ProtocolPdfTest {

    private static final String REASON = "Әңгіме ғылыми, қорытынды ұнады; өнім үлгі һәм ілім";

    @TempDir
    Path temp;

    private TestOffice office;
    private SittingProtocol protocol;

    @BeforeEach
    void sitting() {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        TestPanel panel = TestPanel.seat(office);
        panel.finaliseFirstInterview(office, REASON);
        protocol = office.services().protocols().protocol(panel.sitting.id());
    }

    @AfterEach
    void close() {
        office.close();
    }

    private String text(Language language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProtocolPdf(language).write(protocol, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theKazakhProtocolCopiesOutWithEveryKazakhLetter() throws Exception {
        String text = text(Language.KK);
        for (String letter : "ә ғ қ ң ө ұ ү һ і Ә Ұ Ү".split(" ")) {
            assertTrue(text.contains(letter), "the letter " + letter + " copies out of the PDF");
        }
        assertTrue(text.contains("Комиссия отырысының хаттамасы"));
        assertTrue(text.contains(REASON), "the agreed change keeps its reason");
        assertTrue(text.contains("Ерекше пікір: тәжірибесі аз"), "the separate opinion is there");
        assertTrue(text.contains("Шешім: Ұсынылады"), "the decision, in Kazakh");
        for (String member : TestPanel.VOTING) {
            assertTrue(text.contains(member), member + " is in the commission");
        }
        assertTrue(text.contains("Нұрланұлы Асқар") && text.contains("шеттетілгендер"),
                "the recused member is named as such");
        assertTrue(text.contains("Сұхбат аяқталмаған"), "the candidates not interviewed yet are marked so");
    }

    @Test
    void thePaperPackHoldsTheQuestionsStillAskedAndASheetToSign() throws Exception {
        var questions = office.services().interviews().questions(protocol.campaign().id());
        var first = questions.competencies().get(0);
        office.services().interviews().dropQuestion(protocol.campaign().id(), first.code(), 1, "Стал известен");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new kz.suhbat.protocol.pdf.InterviewPackPdf(Language.KK).write(
                office.services().interviews().questions(protocol.campaign().id()), out);
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains(first.questions().get(0).question().text().kk().replaceAll("\\s+", " ")));
        assertTrue(!text.contains(first.questions().get(1).question().text().kk().replaceAll("\\s+", " ")),
                "a dropped question is not in the pack");
        assertTrue(text.contains("Бағалау парағы") && text.contains("Комиссия мүшесінің қолы"));
    }

    @Test
    void theProtocolIsWrittenInTheLanguageAskedFor() throws Exception {
        String russian = text(Language.RU);
        assertTrue(russian.contains("Протокол заседания комиссии"));
        assertTrue(russian.contains("Решение: Рекомендуется"));
        String english = text(Language.EN);
        assertTrue(english.contains("Protocol of the commission's sitting"));
        assertTrue(english.contains("Decision: Recommended"));
        assertTrue(english.contains("3.00 *"), "the agreed result is marked in the scores table");
        assertEquals(1, english.split("Page 1 of", -1).length - 1, "pages are numbered once each");
    }
}
