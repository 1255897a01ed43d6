package kz.suhbat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.protocol.pdf.ProtocolPdf;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.LegalBasis;
import kz.suhbat.security.Letterhead;
import kz.suhbat.security.Office;
import kz.suhbat.testsupport.MutableClock;
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
 * The protocol of a sitting as a PDF: the commission's minutes with its number, the issuing body, city,
 * times, agenda, legal basis and a line to sign for each member present; its text, copied out of the file,
 * gives back every Kazakh letter, the commission, the scores, the agreed change with its reason, the votes
 * with the separate opinion and the decision, in the language asked for and no other.
 */
class ProtocolPdfTest {

    private static final String REASON = "Әңгіме ғылыми, қорытынды ұнады; өнім үлгі һәм ілім";
    private static final LocalizedText BODY = LocalizedText.of(
            "Мемлекеттік қызмет істері агенттігінің Ақмола облысы бойынша департаменті",
            "Департамент Агентства по делам государственной службы по Акмолинской области", "");
    private static final LocalizedText CITY = LocalizedText.of("Көкшетау қаласы", "г. Кокшетау", "Kokshetau");
    private static final LocalizedText BASIS = LocalizedText.of("Конкурстық комиссия туралы бұйрық № 12-қ",
            "Приказ о конкурсной комиссии № 12-к", "");

    private static final LocalizedText BAS_MAMAN = LocalizedText.of("Бас маман", "Главный специалист", "");

    @TempDir
    Path temp;

    private TestOffice office;
    private TestPanel panel;
    private SittingProtocol protocol;

    @BeforeEach
    void sitting() throws Exception {
        // 09:00 in Astana when the sitting opens; it closes at 12:40.
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T04:00:00Z"));
        office = TestOffice.create(temp, new KeyDerivation(1_000), clock);
        var offices = office.services().office();
        Office stored = offices.office();
        offices.update(new Office(BODY, CITY, stored.code(), stored.region(), stored.lockAfterMinutes(),
                stored.backupEveryHours(), stored.backupsKept()));
        offices.updateLegalBasis(new LegalBasis(Map.of("COMPETITION", BASIS)));
        offices.changeLetterhead(Optional.of(Letterhead.of(ProtocolPdfTest.class.getResourceAsStream(
                "/kz/suhbat/app/demo-letterhead.png").readAllBytes())));
        panel = TestPanel.seat(office);
        panel.finaliseFirstInterview(office, REASON);
        clock.advance(Duration.ofMinutes(220));
        office.services().panels().close(panel.sitting.id());
        protocol = office.services().protocols().protocol(panel.sitting.id());
    }

    @AfterEach
    void close() {
        office.close();
    }

    private String text(Language language) throws Exception {
        return ProtocolText.of(protocol, language);
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
    void theKazakhProtocolReadsAsTheCommissionsMinutesInKazakh() throws Exception {
        String text = text(Language.KK);
        assertTrue(text.contains("ХАТТАМА № 1"), text);
        assertTrue(text.contains(BODY.kk()), "the issuing body, in Kazakh");
        assertFalse(text.contains(BODY.ru()), "and not in Russian");
        assertTrue(text.contains("Көкшетау қаласы"), "the city");
        assertTrue(text.contains(java.time.format.DateTimeFormatter.ofPattern("yyyy 'жылғы' d MMMM",
                Language.KK.locale()).format(protocol.sitting().date())), "the date, the Kazakh way");
        assertTrue(text.contains("басталған уақыты: 09:00; аяқталған уақыты: 12:40"), "the times: " + text);
        assertTrue(text.contains("Күн тәртібі"), "the agenda");
        for (int i = 0; i < 3; i++) {
            assertTrue(text.contains((i + 1) + ". " + (10 + i) + ":00 — " + panel.candidates.get(i).fullName() + ", "
                    + panel.candidates.get(i).postName(Language.KK)), "candidate " + i + " on the agenda with their post");
        }
        assertTrue(text.contains("Құқықтық негіз " + BASIS.kk()), "the office's own legal basis");
        assertKazakhThroughout(text);
        assertSignatureLines(text, "Комиссия төрағасы", "Комиссия мүшесі", "Комиссия хатшысы", "(қолы)");
        assertTrue(text.contains("TST-01/" + protocol.sitting().date().getYear() + "/1"),
                "the register number is at the foot of the pages");
        assertFalse(text.contains("г.."), "no doubled full stop after a date");
    }

    @Test
    void theRussianProtocolReadsAsTheCommissionsMinutesInRussian() throws Exception {
        String text = text(Language.RU);
        assertTrue(text.contains("ПРОТОКОЛ № 1"), text);
        assertTrue(text.contains(BODY.ru()), "the issuing body, in Russian");
        assertFalse(text.contains(BODY.kk()), "and not in Kazakh");
        assertTrue(text.contains("г. Кокшетау"));
        assertTrue(text.contains("Время открытия заседания: 09:00; время закрытия: 12:40."), text);
        assertTrue(text.contains("Повестка дня"));
        assertTrue(text.contains("1. 10:00 — " + panel.candidates.get(0).fullName()));
        assertTrue(text.contains("Правовое основание " + BASIS.ru()));
        for (LocalizedText name : List.of(TestPanel.TITLE, TestPanel.AGENCY, BAS_MAMAN)) {
            assertTrue(text.contains(name.ru()), name.ru() + " in Russian");
            assertFalse(text.contains(name.kk()), name.kk() + " is not printed in Kazakh");
        }
        assertSignatureLines(text, "Председатель комиссии", "Член комиссии", "Секретарь комиссии", "(подпись)");
        assertFalse(text.contains("г.."), "no doubled full stop after a date");
    }

    @Test
    void aLanguageTheOfficeLeftEmptyPrintsTheBuiltInLegalBasis() throws Exception {
        String english = text(Language.EN);
        assertTrue(english.contains("PROTOCOL No. 1"));
        assertTrue(english.contains("Legal basis The Law of the Republic of Kazakhstan"), english);
        assertTrue(english.contains("Kokshetau"));
    }

    /** One line to sign for the chair, each voting member present (all but the chair) and the secretary. */
    /** The campaign's title, the post and the members' organisation are printed in Kazakh, never in Russian. */
    private static void assertKazakhThroughout(String text) {
        for (LocalizedText name : List.of(TestPanel.TITLE, TestPanel.AGENCY, BAS_MAMAN)) {
            assertTrue(text.contains(name.kk()), name.kk() + " in Kazakh");
            assertFalse(text.contains(name.ru()), name.ru() + " is not printed in Russian");
        }
    }

    private static void assertSignatureLines(String text, String chair, String member, String secretary,
                                             String caption) {
        String signatures = text.substring(text.lastIndexOf(chair));
        assertEquals(1, count(signatures, chair));
        assertEquals(TestPanel.VOTING.length - 1, count(signatures, member + " "), signatures);
        assertEquals(1, count(signatures, secretary));
        assertEquals(TestPanel.VOTING.length + 1, count(signatures, caption), "a blank to sign on each line");
        for (String name : TestPanel.VOTING) {
            assertTrue(signatures.contains(name), name + " signs");
        }
        assertTrue(signatures.contains("Жұмабаева Айгерім"), "the secretary signs");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
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
