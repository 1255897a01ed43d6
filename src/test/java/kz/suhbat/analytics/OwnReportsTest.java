package kz.suhbat.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports over an office's own campaigns, on a real H2 file: they count the finalised interviews
 * exactly as the panel decided them, means are the competency results of the deliberation, a drill-down
 * masks the IIN, a training course never counts, and the secretary may read them where the imported
 * candidates' reports stay closed to them.
 */
class OwnReportsTest {

    @TempDir
    Path folder;
    private TestOffice office;
    private TestPanel panel;

    @BeforeEach
    void seat() {
        office = TestOffice.create(folder, new KeyDerivation(10_000));
        panel = TestPanel.seat(office);
        panel.finaliseWithLenientMember(office, 0, panel.voting.get(1));
        panel.finaliseWithLenientMember(office, 1, panel.voting.get(1));
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theFinalisedInterviewsAreCountedAsDecided() {
        office.actAs(panel.secretary);
        ReportService own = office.services().ownReports();
        OutcomeReport outcomes = own.outcomes(ReportFilter.ALL, Dimension.TYPE);
        assertEquals(1, outcomes.rows().size());
        assertEquals("COMPETITION", outcomes.rows().get(0).group().value());
        assertEquals(2, outcomes.rows().get(0).count(Outcome.RECOMMENDED), "the two finalised interviews");
        assertEquals(2, outcomes.overall().total(), "the third candidate is not decided yet");

        ProfileReport profiles = own.profiles(ReportFilter.ALL, Dimension.POST_GROUP);
        String first = profiles.competencies().get(0).code();
        var results = office.services().deliberation().deliberation(
                office.services().interviews().interviews(panel.sitting.id()).get(0).id()).results();
        BigDecimal expected = results.competencies().stream().filter(c -> c.competencyCode().equals(first))
                .findFirst().orElseThrow().result();
        double secondOnFirst = office.services().deliberation().deliberation(
                office.services().interviews().interviews(panel.sitting.id()).get(1).id()).results().competencies()
                .stream().filter(c -> c.competencyCode().equals(first)).findFirst().orElseThrow().result().doubleValue();
        assertEquals((expected.doubleValue() + secondOnFirst) / 2,
                profiles.cells().stream().filter(c -> c.competency().equals(first)).findFirst().orElseThrow().mean(),
                1e-9, "a cell's mean is the mean of the candidates' competency results");

        List<CandidateLine> drilled = own.candidates(ReportFilter.ALL, Drill.decided(Dimension.TYPE, "COMPETITION",
                Outcome.RECOMMENDED));
        assertEquals(2, drilled.size());
        assertTrue(drilled.stream().allMatch(l -> l.maskedIin().startsWith("••••••••")));
        assertEquals(0, own.outcomes(ReportFilter.ALL.with(Dimension.BODY, "CENTRAL"), Dimension.TYPE)
                .overall().total(), "the test campaign is for a local body");
    }

    @Test
    void theSecretaryReadsOnlyTheirOwnOfficesReports() {
        office.actAs(panel.secretary);
        assertThrows(AccessDeniedException.class, () -> office.services().reports()
                .outcomes(ReportFilter.ALL, Dimension.TYPE), "the imported candidates' reports");
        assertEquals(2, office.services().ownReports().outcomes(ReportFilter.ALL, Dimension.TYPE).overall().total(),
                "the office's own (a training course's are left out: TrainingSeparationTest)");
        office.actAs(panel.memberAccounts.get(0));
        assertThrows(AccessDeniedException.class, () -> office.services().ownReports()
                .outcomes(ReportFilter.ALL, Dimension.TYPE), "a panel member");
    }
}
