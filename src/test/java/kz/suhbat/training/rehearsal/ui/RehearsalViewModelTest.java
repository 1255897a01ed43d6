package kz.suhbat.training.rehearsal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.CurrentThreadTaskExecutor;
import kz.suhbat.testsupport.MutableClock;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.training.rehearsal.RehearsalScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rehearsal screen's state, walked without a window on the built-in framework, as a panel member. */
class RehearsalViewModelTest {

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final I18n i18n = new I18n(Language.EN);

    @Test
    void theCountdownShowsTheTimeLeftThenTheTimeOverAndTheWalkEndsInTheSummary() {
        try (TestOffice office = TestOffice.create(temp, new KeyDerivation(1_000))) {
            office.actAs(office.addAccount("member", "Дана Омарова", Role.MEMBER));
            RehearsalViewModel viewModel = new RehearsalViewModel(office.services().rubric(),
                    new CurrentThreadTaskExecutor(), i18n, clock, new Random(2));
            RehearsalSetupViewModel setup = viewModel.setup();
            setup.refresh();
            RehearsalScope stress = setup.scopes().stream().filter(scope -> scope instanceof RehearsalScope.Single
                    single && single.competency().code().equals("STR")).findFirst().orElseThrow();
            setup.selectedScopeProperty().set(stress);
            assertEquals(1, setup.questionCountProperty().get(), "one question per competency to start with");
            assertEquals(3, setup.availableQuestionsProperty().get());
            setup.questionCountProperty().set(2);

            viewModel.start();
            assertEquals(RehearsalViewModel.Stage.QUESTION, viewModel.stageProperty().get());
            assertEquals("Question 1 of 2", viewModel.progressProperty().get());
            int minutes = viewModel.questionProperty().get().question().suggestedMinutes();
            String limit = minutes + ":00";
            assertEquals(limit, viewModel.timerTextProperty().get());
            assertEquals("left of the suggested " + limit, viewModel.timerCaptionProperty().get());

            viewModel.toggleTimer();
            clock.advance(Duration.ofMinutes(minutes).plusSeconds(12));
            viewModel.tick();
            assertTrue(viewModel.overtimeProperty().get());
            assertEquals("+0:12", viewModel.timerTextProperty().get());
            assertEquals("over the suggested " + limit, viewModel.timerCaptionProperty().get());
            assertTrue(viewModel.timerRunningProperty().get(), "running over is shown, not stopped");

            viewModel.rate();
            assertFalse(viewModel.timerRunningProperty().get(), "rating the answer stops its clock");
            viewModel.chooseLevel(4);
            viewModel.noteProperty().set("Too long");
            viewModel.next();
            assertEquals("Question 2 of 2", viewModel.progressProperty().get());
            assertNull(viewModel.levelProperty().get(), "the next answer starts unrated");
            assertEquals("", viewModel.noteProperty().get());
            assertTrue(viewModel.lastQuestionProperty().get());

            viewModel.rate();
            viewModel.chooseLevel(2);
            viewModel.next();
            assertEquals(RehearsalViewModel.Stage.SUMMARY, viewModel.stageProperty().get());
            var summary = viewModel.summary().summaryProperty().get();
            assertEquals(2, summary.competencies().get(0).answers().size());
            assertEquals("Too long", summary.competencies().get(0).answers().get(0).note());
            assertEquals("", viewModel.summary().nameProperty().get(), "no name unless one is typed");

            viewModel.practiseAgain();
            assertEquals(RehearsalViewModel.Stage.SETUP, viewModel.stageProperty().get());
            assertNull(viewModel.summary().summaryProperty().get(), "the summary is forgotten");
        }
    }

    @Test
    void theLanguageOfTheQuestionsFollowsTheWindowUntilThePersonChoosesOne() {
        try (TestOffice office = TestOffice.create(temp, new KeyDerivation(1_000))) {
            RehearsalViewModel viewModel = new RehearsalViewModel(office.services().rubric(),
                    new CurrentThreadTaskExecutor(), i18n, clock, new Random(2));
            i18n.setLanguage(Language.KK);
            assertEquals(Language.KK, viewModel.setup().languageProperty().get());
            viewModel.setup().languageProperty().set(Language.RU);
            i18n.setLanguage(Language.EN);
            assertEquals(Language.RU, viewModel.setup().languageProperty().get());
        }
    }
}
