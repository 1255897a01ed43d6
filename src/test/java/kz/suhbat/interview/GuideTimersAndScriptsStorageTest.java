package kz.suhbat.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.suhbat.app.Entrance;
import kz.suhbat.app.Services;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's timers and the office's scripts on a real H2 file: both are there again after the data
 * folder is closed and opened again, the timers of a finalised interview are locked with it, and only
 * the secretary writes timers, only the administrator scripts, audited.
 */
class GuideTimersAndScriptsStorageTest {

    @TempDir
    Path temp;

    @Test
    void elapsedTimesSurviveClosingAndReopeningTheOffice() {
        long interviewId;
        try (TestOffice office = TestOffice.create(temp, new KeyDerivation(1_000))) {
            TestPanel panel = TestPanel.seat(office);
            interviewId = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(1).id()).id();
            TimerService timers = office.services().timers();
            timers.save(interviewId, Map.of("OPENING", Duration.ofSeconds(70), "DEC/0", Duration.ofMillis(61_500)));
            timers.save(interviewId, Map.of("DEC/0", Duration.ofMillis(95_250)));
            office.actAs(panel.observer);
            assertThrows(AccessDeniedException.class, () -> timers.save(interviewId,
                    Map.of("DEC/0", Duration.ZERO)), "a follower reads the timers, never writes them");
        }
        try (Entrance reopened = entrance()) {
            assertEquals(Map.of("OPENING", Duration.ofSeconds(70), "DEC/0", Duration.ofMillis(95_250)),
                    signIn(reopened, "analyst").timers().elapsed(interviewId));
        }
    }

    @Test
    void theTimersOfAFinalisedInterviewAreLockedWithIt() {
        try (TestOffice office = TestOffice.create(temp, new KeyDerivation(1_000))) {
            TestPanel panel = TestPanel.seat(office);
            long interviewId = panel.finaliseFirstInterview(office, "Мысал толық емес").id();
            office.actAs(panel.secretary);
            InterviewException refused = assertThrows(InterviewException.class, () -> office.services().timers()
                    .save(interviewId, Map.of("DEC/0", Duration.ofSeconds(5))));
            assertEquals(InterviewException.Reason.FINALISED, refused.reason());
        }
    }

    @Test
    void theOfficesScriptsAreKeptAuditedAndChangedOnlyByTheAdministrator() {
        GuideScripts written = new GuideScripts(LocalizedText.of("Сәлеметсіз бе, {candidate}!", "", ""),
                LocalizedText.of("", "Спасибо, {candidate}.", "Thank you."));
        try (TestOffice office = TestOffice.create(temp, new KeyDerivation(1_000))) {
            GuideScriptService scripts = office.services().guideScripts();
            assertEquals(GuideScripts.BUILT_IN, scripts.scripts(), "a new office follows the built-in scripts");
            scripts.save(written);
            List<AuditEntry> audit = office.services().audit().newest(5);
            assertTrue(audit.stream().anyMatch(e -> e.action().equals(AuditAction.GUIDE_SCRIPTS_UPDATE.code())
                    && e.after().contains("Сәлеметсіз бе")), "the change is in the audit trail");
            TestPanel panel = TestPanel.seat(office);
            office.actAs(panel.secretary);
            assertThrows(AccessDeniedException.class, () -> scripts.save(GuideScripts.BUILT_IN),
                    "the secretary reads the scripts in the guide but does not change them");
            assertEquals(written, scripts.scripts());
        }
        try (Entrance reopened = entrance()) {
            assertEquals(written, signIn(reopened, TestOffice.ADMIN).guideScripts().scripts());
        }
    }

    private Entrance entrance() {
        return new Entrance(new DataFolder(temp, DataFolder.Kind.EXPLICIT), new KeyDerivation(1_000),
                Clock.systemUTC(), new SecureRandom());
    }

    private static Services signIn(Entrance entrance, String login) {
        return ((Entrance.Outcome.SignedIn) entrance.signIn(login, TestOffice.PASSWORD.toCharArray())).services();
    }
}
