package kz.suhbat.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kz.suhbat.analytics.stats.FlagReason;
import kz.suhbat.analytics.stats.IccForm;
import kz.suhbat.analytics.stats.RaterProfile;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign's rater statistics over its finalised interviews, on a real H2 file: the member who scores
 * every competency a level above the others is flagged lenient and nobody else is; the candidate a member
 * was recused from leaves the intraclass correlations but not Krippendorff's alpha; the chair, the
 * secretary and the analyst read them, an ordinary member and an observer may not; a training course
 * shows nothing.
 */
class RaterStatisticsServiceTest {

    @TempDir
    Path folder;
    private TestOffice office;
    private TestPanel panel;

    @BeforeEach
    void seat() {
        office = TestOffice.create(folder, new KeyDerivation(10_000));
        panel = TestPanel.seat(office);
        for (int candidate = 0; candidate < panel.candidates.size(); candidate++) {
            panel.finaliseWithLenientMember(office, candidate, panel.voting.get(1));
        }
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theLenientMemberIsFlaggedAndTheRecusalOnlyLeavesTheCorrelations() {
        office.actAs(panel.memberAccounts.get(0));
        RaterStatistics statistics = office.services().raterStatistics().campaign(panel.campaign.id()).orElseThrow();

        assertEquals(3, statistics.candidates());
        assertEquals(5, statistics.raters().raters().size());
        for (RaterProfile rater : statistics.raters().raters()) {
            boolean lenient = rater.rater().equals(Long.toString(panel.voting.get(1).id()));
            assertEquals(lenient, rater.flagged(FlagReason.LENIENT), statistics.name(rater.rater()));
            assertTrue(!rater.flagged(FlagReason.SEVERE), statistics.name(rater.rater()) + " is not severe");
        }
        assertEquals(TestPanel.VOTING[1], statistics.name(Long.toString(panel.voting.get(1).id())));
        CompetencyAgreement first = statistics.competencies().get(0);
        assertEquals(2, first.summary().icc().used(), "the candidate a member was recused from is left out");
        assertEquals(1, first.summary().icc().dropped());
        assertEquals(3, first.summary().ordinalAlpha().units(), "alpha keeps every candidate");
        assertTrue(first.summary().icc().form(IccForm.ICC3_1).value() > 0.9,
                "members who agree but for one constant shift agree by ICC(3,1)");
    }

    @Test
    void theChairTheSecretaryAndTheAnalystReadThemOthersMayNot() {
        RaterStatisticsService service = office.services().raterStatistics();
        long campaign = panel.campaign.id();
        office.actAs(panel.secretary);
        assertTrue(service.campaign(campaign).isPresent());
        office.actAs(panel.analyst);
        assertTrue(service.campaign(campaign).isPresent());
        office.actAs(panel.memberAccounts.get(2));
        assertThrows(AccessDeniedException.class, () -> service.campaign(campaign), "an ordinary member");
        office.actAs(panel.observer);
        assertThrows(AccessDeniedException.class, () -> service.campaign(campaign), "an observer");
    }
}
