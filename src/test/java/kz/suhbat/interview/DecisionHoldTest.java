package kz.suhbat.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.protocol.pdf.ProtocolPdf;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that hold a decision: against the threshold it needs the panel's reason (printed in the
 * protocol); the quorum is the one fixed when the interview started.
 */
class DecisionHoldTest {

    private static final String REASON = "Үміткер әңгімелесуде жалған мәлімет берді";

    @TempDir
    Path temp;

    private TestOffice office;
    private TestPanel panel;

    @BeforeEach
    void seat() {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        panel = TestPanel.seat(office);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void recommendingACandidateBelowTheThresholdNeedsTheReasonAndTheProtocolPrintsIt() throws Exception {
        DeliberationService deliberation = office.services().deliberation();
        Interview interview = panel.holdFirstInterviewToTheVote(office, "Келісілген деңгей");
        Deliberation voted = null;
        for (Rater rater : office.services().interviews().raters(interview.id())) {
            voted = deliberation.vote(interview.id(), rater.memberId(), Outcome.RECOMMENDED, "",
                    TestOffice.PASSWORD.toCharArray());
        }
        assertFalse(voted.results().reachesThreshold(), "the candidate is below the threshold");
        assertTrue(voted.againstThreshold(), "yet every vote is for them");

        assertEquals(InterviewException.Reason.REASON_AGAINST_THRESHOLD, assertThrows(InterviewException.class,
                () -> deliberation.finalise(interview.id(), "  ")).reason());
        assertFalse(deliberation.deliberation(interview.id()).interview().finalised(), "nothing is locked");

        Deliberation finalised = deliberation.finalise(interview.id(), "  " + REASON + " ");
        assertEquals(Outcome.RECOMMENDED, finalised.interview().decision());
        assertEquals(REASON, finalised.interview().decisionReason(), "kept as written");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProtocolPdf(Language.KK, ZoneOffset.ofHours(5)).write(
                office.services().protocols().protocol(panel.sitting.id()), out);
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Шекті балға қайшы шешімнің негіздемесі: " + REASON), text);
        }
    }

    @Test
    void membersAddedToThePanelAfterTheStartDoNotHoldTheDecisionBack() {
        DeliberationService deliberation = office.services().deliberation();
        Interview interview = panel.holdFirstInterviewToTheVote(office, "Келісілген деңгей");
        office.actAs(panel.secretary);
        for (String name : java.util.List.of("Жаңа мүше Бірінші", "Жаңа мүше Екінші")) {
            office.services().panels().addMember(new kz.suhbat.panel.PanelMember(0, panel.campaign.id(), name,
                    kz.suhbat.panel.PanelRole.MEMBER, kz.suhbat.panel.Affiliation.STATE_BODY, TestPanel.AGENCY, null,
                    null));
        }
        for (Rater rater : office.services().interviews().raters(interview.id())) {
            deliberation.vote(interview.id(), rater.memberId(), Outcome.NOT_RECOMMENDED, "",
                    TestOffice.PASSWORD.toCharArray());
        }
        Deliberation voted = deliberation.deliberation(interview.id());
        assertTrue(voted.gaps().isEmpty(), "seven voting members now, but the four raters made the quorum "
                + "when the interview started: " + voted.gaps());
        assertTrue(deliberation.finalise(interview.id()).interview().finalised());
    }

    @Test
    void aDecisionThatFollowsTheThresholdNeedsNoReasonAndKeepsNone() {
        DeliberationService deliberation = office.services().deliberation();
        Interview interview = panel.holdFirstInterviewToTheVote(office, "Келісілген деңгей");
        for (Rater rater : office.services().interviews().raters(interview.id())) {
            deliberation.vote(interview.id(), rater.memberId(), Outcome.NOT_RECOMMENDED, "",
                    TestOffice.PASSWORD.toCharArray());
        }
        Interview finalised = deliberation.finalise(interview.id(), "a reason no one needs").interview();
        assertTrue(finalised.finalised());
        assertEquals(Outcome.NOT_RECOMMENDED, finalised.decision());
        assertEquals("", finalised.decisionReason(), "a reason is kept only for a decision against the threshold");
    }
}
