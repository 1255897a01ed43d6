package kz.suhbat.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.scoring.CompetencyResult;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.scoring.Score;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.Account;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A candidate's interview on a real H2 file, with a panel of five of whom one is recused: who scores,
 * the rule that no one sees another's scores before every rater has submitted (tried through every
 * service, the storage and the audit trail, as every role), locked sheets, the reveal, agreed changes,
 * the decision, finalisation and reopening by the chair.
 */
class InterviewServiceTest {

    private static final char[] PASSWORD = TestOffice.PASSWORD.toCharArray();

    @TempDir
    Path temp;

    private TestOffice office;
    private TestPanel panel;
    private InterviewService interviews;
    private ScoringService scoring;
    private DeliberationService deliberation;
    private Interview interview;
    private List<String> codes;

    @BeforeEach
    void sitting() {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        panel = TestPanel.seat(office);
        interviews = office.services().interviews();
        scoring = office.services().scoring();
        deliberation = office.services().deliberation();
        interview = interviews.start(panel.sitting.id(), panel.candidates.get(0).id());
        codes = interviews.guide(interview.id()).competencies().stream().map(GuideCompetency::code).toList();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private PanelMember member(int index) {
        return panel.voting.get(index);
    }

    /** Scores every competency of member {@code index}'s sheet with {@code level} and submits it. */
    private void scoreAndSubmit(int index, int level) {
        SheetKey key = scoring.unlock(interview.id(), member(index).id(), PASSWORD);
        for (String code : codes) {
            scoring.score(key, code, level);
            scoring.evidence(key, code, "Пример из опыта");
        }
        scoring.submit(key);
        scoring.close(key);
    }

    @Test
    void theRatersArePresentVotingMembersNotRecused() {
        List<Rater> raters = interviews.raters(interview.id());
        assertEquals(4, raters.size());
        assertTrue(raters.stream().noneMatch(r -> r.memberId() == panel.recused().id()));
        assertTrue(raters.get(0).chair());
        assertEquals(InterviewException.Reason.NOT_A_RATER, assertThrows(InterviewException.class,
                () -> scoring.unlock(interview.id(), panel.recused().id(), PASSWORD)).reason());
        assertEquals(interview, interviews.start(panel.sitting.id(), panel.candidates.get(0).id()),
                "starting again returns the same interview");
    }

    @Test
    void aSheetOpensOnlyWithItsOwnMembersPassword() {
        assertEquals(InterviewException.Reason.WRONG_PASSWORD, assertThrows(InterviewException.class,
                () -> scoring.unlock(interview.id(), member(1).id(), "not the password".toCharArray())).reason());
        office.actAs(panel.memberAccounts.get(2));
        assertEquals(InterviewException.Reason.WRONG_PASSWORD, assertThrows(InterviewException.class,
                () -> scoring.unlock(interview.id(), member(1).id(), "wrong".toCharArray())).reason(),
                "a member signed in does not open a colleague's sheet");
        SheetKey own = scoring.unlock(interview.id(), member(2).id(), PASSWORD);
        scoring.score(own, codes.get(0), 4);
        office.actAs(panel.secretary);
        assertEquals(InterviewException.Reason.SHEET_CLOSED, assertThrows(InterviewException.class,
                () -> scoring.score(own, codes.get(0), 1)).reason(), "a key works only in the session that opened it");
    }

    @Test
    void noOneSeesAnotherMembersScoresBeforeEveryRaterHasSubmitted() {
        SheetKey first = scoring.unlock(interview.id(), member(0).id(), PASSWORD);
        scoring.score(first, codes.get(0), 5);
        scoring.evidence(first, codes.get(0), "Сильный пример лидерства");
        scoring.note(first, codes.get(0), 0, "Личная заметка председателя");
        scoreAndSubmit(1, 3);
        scoreAndSubmit(2, 4);

        SheetKey second = scoring.unlock(interview.id(), member(3).id(), PASSWORD);
        ScoreSheet own = scoring.sheet(second);
        assertTrue(own.scores().isEmpty(), "a member's sheet holds only their own scores");
        assertTrue(own.notes().isEmpty());
        assertEquals(1, scoring.sheet(first).scores().size());

        office.services().panels().addMember(new PanelMember(0, panel.campaign.id(), "Сәрсенова Гүлмира",
                kz.suhbat.panel.PanelRole.OBSERVER, kz.suhbat.panel.Affiliation.NGO, TestPanel.AGENCY,
                panel.observer.id(), java.time.LocalDate.now().minusMonths(1)));
        for (Account account : accountsOfEveryRole()) {
            office.actAs(account);
            if (kz.suhbat.security.CampaignScope.trainingOnly(account.role())) {
                assertThrows(kz.suhbat.security.NotOnPanelException.class,
                        () -> deliberation.deliberation(interview.id()), "a real campaign is out of a trainer's reach");
                assertThrows(kz.suhbat.security.NotOnPanelException.class,
                        () -> scoring.transcribe(interview.id(), member(0).id()));
            } else if (kz.suhbat.security.Operation.INTERVIEW_READ.allows(account.role())) {
                assertEquals(InterviewException.Reason.NOT_REVEALED, assertThrows(InterviewException.class,
                        () -> deliberation.deliberation(interview.id()), account.role().name()).reason());
                assertTrue(interviews.panelNotes(interview.id()).isEmpty(), "members' notes are not panel notes");
            } else {
                assertThrows(AccessDeniedException.class, () -> deliberation.deliberation(interview.id()));
            }
            if (!kz.suhbat.security.Operation.SCORE_TRANSCRIBE.allows(account.role())) {
                assertThrows(AccessDeniedException.class, () -> scoring.transcribe(interview.id(), member(0).id()));
            }
        }
        office.actAs(panel.secretary);
        assertEquals(InterviewException.Reason.SHEET_IN_OTHER_HANDS, assertThrows(InterviewException.class,
                () -> scoring.transcribe(interview.id(), member(0).id())).reason(),
                "the secretary cannot open a sheet its member is filling in");

        InterviewRepository storage = office.services().interviewRepository();
        assertTrue(storage.revealedScores(interview.id()).isEmpty(), "the storage itself reveals nothing yet");
        assertTrue(storage.revealedNotes(interview.id()).isEmpty());

        office.actAsAdmin();
        for (AuditEntry entry : office.services().audit().newest(500)) {
            if (entry.action().equals("interview.score")) {
                assertFalse(entry.after().contains("\"level\""), entry.after());
                assertFalse(entry.after().contains("Сильный"), entry.after());
            }
        }
        assertTrue(office.services().audit().newest(500).stream().noneMatch(e -> e.after() != null
                && e.after().contains("Сильный пример")), "no audit entry carries the evidence either");

        office.actAs(panel.secretary);
        for (String code : codes) {
            scoring.score(second, code, 2);
            scoring.evidence(second, code, "Слабые примеры");
        }
        scoring.submit(second);
        assertEquals(InterviewException.Reason.NOT_REVEALED, assertThrows(InterviewException.class,
                () -> deliberation.deliberation(interview.id())).reason(), "the chair has not submitted yet");
        for (String code : codes) {
            scoring.score(first, code, 5);
            scoring.evidence(first, code, "Сильный пример лидерства");
        }
        scoring.submit(first);

        Deliberation revealed = deliberation.deliberation(interview.id());
        assertEquals(4 * codes.size(), revealed.scores().size());
        assertEquals(5, revealed.score(member(0).id(), codes.get(0)).orElseThrow().level());
        assertEquals(1, revealed.notes().size(), "the chair's own note is revealed with the scores");
        assertFalse(storage.revealedScores(interview.id()).isEmpty());
    }

    private List<Account> accountsOfEveryRole() {
        return List.of(office.admin(), panel.secretary, panel.memberAccounts.get(4), panel.observer, panel.analyst,
                office.addAccount("trainer", "Тренер", Role.TRAINER));
    }

    @Test
    void aSubmittedSheetIsLockedAndAnIncompleteOneIsNotSubmitted() {
        SheetKey key = scoring.unlock(interview.id(), member(1).id(), PASSWORD);
        scoring.score(key, codes.get(0), 3);
        InterviewException incomplete = assertThrows(InterviewException.class, () -> scoring.submit(key));
        assertEquals(InterviewException.Reason.SHEET_INCOMPLETE, incomplete.reason());
        assertEquals(codes.size(), incomplete.args()[0], "no evidence yet for the first, nothing for the rest");
        for (String code : codes) {
            scoring.score(key, code, 3);
            scoring.evidence(key, code, "Пример");
        }
        assertTrue(scoring.submit(key).submitted());
        assertEquals(InterviewException.Reason.SHEET_SUBMITTED, assertThrows(InterviewException.class,
                () -> scoring.score(key, codes.get(0), 5)).reason());
        assertEquals(InterviewException.Reason.LEVEL_OFF_SCALE, assertThrows(InterviewException.class,
                () -> scoring.score(scoring.unlock(interview.id(), member(2).id(), PASSWORD), codes.get(0), 9))
                .reason());
    }

    @Test
    void aPaperSheetIsTranscribedInTheMembersNameAndMarkedAsSuch() {
        SheetKey key = scoring.transcribe(interview.id(), member(3).id());
        Score score = scoring.score(key, codes.get(0), 4);
        assertTrue(score.transcribed());
        assertEquals(panel.secretary.id(), score.enteredBy());
        assertEquals(member(3).id(), score.memberId());
    }

    @Test
    void divergenceIsFlaggedAndMustBeDiscussedBeforeTheDecision() {
        scoreAndSubmit(0, 4);
        scoreAndSubmit(1, 4);
        scoreAndSubmit(2, 2);
        scoreAndSubmit(3, 3);
        Deliberation revealed = deliberation.deliberation(interview.id());
        assertEquals(codes.size(), revealed.results().awaitingDiscussion().size(), "4 − 2 = 2 everywhere");
        assertEquals(new BigDecimal("3.25"), revealed.results().competencies().get(0).mean());
        assertTrue(revealed.gaps().stream().anyMatch(g -> g.kind() == Gap.Kind.NOT_DISCUSSED));
        assertEquals(InterviewException.Reason.INCOMPLETE, assertThrows(InterviewException.class,
                () -> deliberation.finalise(interview.id())).reason());

        assertEquals(InterviewException.Reason.REASON_MISSING, assertThrows(InterviewException.class,
                () -> deliberation.agree(interview.id(), codes.get(0), 4, " ", PASSWORD)).reason());
        Deliberation agreed = deliberation.agree(interview.id(), codes.get(0), 4, "Бірлесіп келісілді", PASSWORD);
        CompetencyResult first = agreed.results().competencies().get(0);
        assertEquals(new BigDecimal("4.00"), first.result());
        assertEquals(new BigDecimal("3.25"), first.mean());
        assertEquals(2, agreed.score(member(2).id(), codes.get(0)).orElseThrow().level(),
                "the member's own score is kept beside the agreed result");
        for (String code : codes.subList(1, codes.size())) {
            agreed = deliberation.discussed(interview.id(), code);
        }
        assertTrue(agreed.results().awaitingDiscussion().isEmpty());
        assertEquals(List.of(Gap.Kind.VOTES_MISSING), agreed.gaps().stream().map(Gap::kind).toList());

        List<Rater> raters = agreed.raters();
        deliberation.vote(interview.id(), raters.get(0).memberId(), Outcome.RECOMMENDED, "", PASSWORD);
        deliberation.vote(interview.id(), raters.get(1).memberId(), Outcome.RECOMMENDED, "", PASSWORD);
        deliberation.vote(interview.id(), raters.get(2).memberId(), Outcome.NOT_RECOMMENDED, "", PASSWORD);
        assertEquals(InterviewException.Reason.OUTCOME_NOT_ALLOWED, assertThrows(InterviewException.class,
                () -> deliberation.vote(interview.id(), raters.get(3).memberId(), Outcome.DISMISSAL, "", PASSWORD)).reason(),
                "a competition does not dismiss");
        Deliberation voted = deliberation.vote(interview.id(), raters.get(3).memberId(), Outcome.NOT_RECOMMENDED,
                "Особое мнение: недостаточно опыта", PASSWORD);
        assertEquals(Outcome.RECOMMENDED, voted.decision().orElseThrow(), "two against two: the chair's side");
        assertEquals("Особое мнение: недостаточно опыта", voted.vote(raters.get(3).memberId()).orElseThrow().opinion());

        assertTrue(voted.againstThreshold(), "recommended below the threshold");
        assertEquals(InterviewException.Reason.REASON_AGAINST_THRESHOLD, assertThrows(InterviewException.class,
                () -> deliberation.finalise(interview.id())).reason(), "not without the panel's reason");
        Deliberation finalised = deliberation.finalise(interview.id(), "Тәжірибесі ескерілді");
        assertTrue(finalised.interview().finalised());
        assertEquals(Outcome.RECOMMENDED, finalised.interview().decision());
        assertEquals(InterviewException.Reason.FINALISED, assertThrows(InterviewException.class,
                () -> deliberation.agree(interview.id(), codes.get(1), 5, "Позже", PASSWORD)).reason(), "the record is locked");
        assertEquals(InterviewException.Reason.FINALISED, assertThrows(InterviewException.class,
                () -> interviews.writePanelNote(interview.id(), codes.get(0), 0, "Позже")).reason());

        assertEquals(InterviewException.Reason.NOT_CONFIRMED, assertThrows(InterviewException.class,
                () -> deliberation.reopen(interview.id(), "member's guess".toCharArray(), "Ошибка в протоколе"))
                .reason(), "only the chair's password reopens");
        assertEquals(InterviewException.Reason.REASON_MISSING, assertThrows(InterviewException.class,
                () -> deliberation.reopen(interview.id(), PASSWORD, "")).reason());
        Deliberation reopened = deliberation.reopen(interview.id(), PASSWORD, "Ошибка в протоколе");
        assertFalse(reopened.interview().finalised());
        office.actAsAdmin();
        assertTrue(office.services().audit().newest(5).stream().anyMatch(e -> e.action().equals("interview.reopen")
                && e.after().contains("Ошибка в протоколе")));
    }

    @Test
    void aDroppedQuestionIsAskedOfNoOneInTheCampaignAndNeedsAReason() {
        String code = codes.get(0);
        assertEquals(InterviewException.Reason.REASON_MISSING, assertThrows(InterviewException.class,
                () -> interviews.dropQuestion(panel.campaign.id(), code, 1, "")).reason());
        interviews.dropQuestion(panel.campaign.id(), code, 1, "Вопрос стал известен кандидатам");
        Interview other = interviews.start(panel.sitting.id(), panel.candidates.get(1).id());
        InterviewGuide guide = interviews.guide(other.id());
        assertEquals(List.of(0, 2), guide.competencies().get(0).questions().stream().map(GuideQuestion::index)
                .toList());
        assertEquals("Вопрос стал известен кандидатам", guide.dropped().get(0).reason());
        interviews.dropQuestion(panel.campaign.id(), code, 0, "Тоже");
        assertEquals(InterviewException.Reason.LAST_QUESTION, assertThrows(InterviewException.class,
                () -> interviews.dropQuestion(panel.campaign.id(), code, 2, "И этот")).reason());
        assertEquals(5, interviews.raters(other.id()).size(), "the second candidate is scored by all five");
    }

    @Test
    void othersFollowAnInterviewOnlyOnceTheSecretaryHasStartedIt() {
        office.actAs(panel.memberAccounts.get(1));
        assertEquals(interview, interviews.startedAt(panel.sitting.id(), panel.candidates.get(0).id()));
        assertEquals(InterviewException.Reason.NOT_STARTED, assertThrows(InterviewException.class,
                () -> interviews.startedAt(panel.sitting.id(), panel.candidates.get(1).id())).reason());
        assertThrows(AccessDeniedException.class, () -> interviews.start(panel.sitting.id(),
                panel.candidates.get(1).id()), "only the secretary starts one");
        SheetKey own = scoring.unlock(interview.id(), member(1).id(), PASSWORD);
        assertEquals(codes.get(0), scoring.score(own, codes.get(0), 3).competencyCode(),
                "a member signed in on their own computer scores on their own sheet");
    }

    @Test
    void anInterviewStartsOnlyAtAnOpenSittingWithTheCandidatesQuorum() {
        var planned = office.services().panels().planSitting(panel.campaign.id(), java.time.LocalDate.now(), "Зал 1");
        office.services().panels().addSlot(planned.id(), java.time.LocalTime.of(9, 0), panel.candidates.get(2).id());
        assertEquals(InterviewException.Reason.SITTING_NOT_OPEN, assertThrows(InterviewException.class,
                () -> interviews.start(planned.id(), panel.candidates.get(2).id())).reason());
    }
}
