package kz.suhbat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.Rater;
import kz.suhbat.interview.ScoringService;
import kz.suhbat.interview.SheetKey;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The protocol says whose hand each transcribed score sheet is in, read back out of the PDF in Kazakh,
 * Russian and English: two members scored on the machine, one paper sheet was transcribed by the
 * secretary and confirmed by its member's password, one was transcribed and submitted by the secretary
 * alone. The unconfirmed sheet still counts, and is marked.
 */
class TranscribedSheetProtocolTest {

    private static final char[] PASSWORD = TestOffice.PASSWORD.toCharArray();

    @TempDir
    Path temp;

    private TestOffice office;
    private TestPanel panel;
    private SittingProtocol protocol;
    private String confirmedName;
    private String unconfirmedName;

    @BeforeEach
    void sitting() {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        panel = TestPanel.seat(office);
        ScoringService scoring = office.services().scoring();
        Interview interview = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(0).id());
        List<String> codes = office.services().interviews().guide(interview.id()).competencies().stream()
                .map(GuideCompetency::code).toList();
        List<Rater> raters = office.services().interviews().raters(interview.id());
        for (int r = 0; r < raters.size(); r++) {
            SheetKey key = r < 2 ? scoring.unlock(interview.id(), raters.get(r).memberId(), PASSWORD)
                    : scoring.transcribe(interview.id(), raters.get(r).memberId());
            for (String code : codes) {
                scoring.score(key, code, 3);
                scoring.evidence(key, code, "Мысал " + r);
            }
            if (r == 2) {
                scoring.countersign(key, PASSWORD);
            } else {
                scoring.submit(key);
            }
        }
        confirmedName = raters.get(2).fullName();
        unconfirmedName = raters.get(3).fullName();
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
    void theKazakhProtocolMarksTheTranscriptionTheMemberDidNotConfirm() throws Exception {
        String text = text(Language.KK);
        assertTrue(text.contains("Бағалау парағы (" + unconfirmedName + "): хатшы енгізген, мүше растамаған."), text);
        assertTrue(text.contains("Бағалау парағы (" + confirmedName + "): хатшы енгізген, мүше растаған."), text);
        assertEquals(2, count(text, "хатшы енгізген"), "sheets the members typed in themselves carry no mark");
    }

    @Test
    void theRussianProtocolMarksTheTranscriptionTheMemberDidNotConfirm() throws Exception {
        String text = text(Language.RU);
        assertTrue(text.contains("Оценочный лист (" + unconfirmedName
                + "): внесён секретарём, не подтверждён членом комиссии."), text);
        assertTrue(text.contains("Оценочный лист (" + confirmedName
                + "): внесён секретарём, подтверждён членом комиссии."), text);
    }

    @Test
    void theEnglishProtocolMarksTheTranscriptionTheMemberDidNotConfirm() throws Exception {
        String text = text(Language.EN);
        assertTrue(text.contains("Score sheet of " + unconfirmedName
                + ": transcribed by the secretary, not confirmed by the member."), text);
        assertTrue(text.contains("Score sheet of " + confirmedName
                + ": transcribed by the secretary, confirmed by the member."), text);
        assertFalse(text.contains(panel.voting.get(0).fullName() + ": transcribed"), "the chair typed their own");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
