package kz.suhbat.training.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.Question;
import kz.suhbat.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

/** The walk of a rehearsal on the built-in framework: the questions chosen, the ratings, the summary. */
class RehearsalTest {

    private static final Framework FRAMEWORK = DemoFramework.read();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    private static Competency competency(String code) {
        return FRAMEWORK.competency(code).orElseThrow();
    }

    private static PositionProfile profile(String code) {
        return FRAMEWORK.profiles().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aProfilesCompetenciesTakeTurnsAndAreAskedInTheProfilesOrder() {
        RehearsalScope scope = RehearsalScope.profile(FRAMEWORK, profile("MGR-B"));
        List<String> order = scope.competencies().stream().map(Competency::code).toList();
        assertEquals(List.of("LEA", "DEC", "COO", "ETH", "STR", "SRV", "DEV"), order);

        List<PlannedQuestion> picked = new QuestionPicker(new Random(7)).pick(scope, 9);
        assertEquals(9, picked.size());
        Map<String, Long> perCompetency = picked.stream().collect(Collectors.groupingBy(q -> q.competency().code(),
                Collectors.counting()));
        assertEquals(7, perCompetency.size(), "every competency gets a question before any gets a second");
        assertEquals(2L, perCompetency.get("LEA"));
        assertEquals(2L, perCompetency.get("DEC"));
        assertEquals(order, picked.stream().map(q -> q.competency().code()).distinct().toList(),
                "asked competency by competency, in the profile's order");
        assertEquals(9, new HashSet<>(picked.stream().map(PlannedQuestion::question).toList()).size(),
                "no question twice");
    }

    @Test
    void theCountStaysWithinTheQuestionsThereAre() {
        RehearsalScope single = RehearsalScope.competency(competency("DEC"));
        assertEquals(3, new QuestionPicker(new Random(1)).pick(single, 50).size());
        assertEquals(1, new QuestionPicker(new Random(1)).pick(single, 0).size());
        Competency empty = new Competency("NONE", LocalizedText.of("а", "б", "c"), LocalizedText.of("", "", ""),
                null, null, List.of(), List.of());
        assertEquals(List.of(), new QuestionPicker(new Random(1)).pick(RehearsalScope.competency(empty), 3));
    }

    @Test
    void practisingAgainCanBringOtherQuestions() {
        RehearsalScope single = RehearsalScope.competency(competency("DEC"));
        Function<Integer, Question> first = seed -> new QuestionPicker(new Random(seed)).pick(single, 1).get(0)
                .question();
        assertTrue(java.util.stream.IntStream.range(0, 20).mapToObj(first::apply).distinct().count() > 1);
    }

    @Test
    void eachQuestionHasItsOwnCountdownOfItsSuggestedTime() {
        Rehearsal rehearsal = rehearsal(RehearsalScope.competency(competency("DEC")), 2);
        Question first = rehearsal.current().question();
        assertEquals(Duration.ofMinutes(first.suggestedMinutes()), rehearsal.timer().limit());
        rehearsal.timer().start();
        clock.advance(Duration.ofSeconds(90));
        rehearsal.next();
        assertFalse(rehearsal.timer().running(), "the next question's clock waits for its start");
        assertEquals(Duration.ZERO, rehearsal.timer().elapsed());
        clock.advance(Duration.ofMinutes(3));
        rehearsal.finish();
        assertEquals(Duration.ofSeconds(90), rehearsal.summary().competencies().get(0).answers().get(0).spent(),
                "moving on stopped the first clock");
    }

    @Test
    void theSummaryGivesEachCompetencyItsLevelAndWhatTheNextLevelAsks() {
        Rehearsal rehearsal = rehearsal(RehearsalScope.profile(FRAMEWORK, profile("EXE-B")), 9);
        assertEquals(9, rehearsal.size());
        int[] given = {3, 4, 2, 5, 3, 3, 2, 4, 1};
        for (int level : given) {
            rehearsal.rate(level);
            if (rehearsal.position() == 0) {
                rehearsal.note("  Forgot to say how it ended ");
            }
            rehearsal.next();
        }
        assertTrue(rehearsal.finished());
        RehearsalSummary summary = rehearsal.summary();
        assertEquals(LocalDate.of(2026, 3, 2), summary.date());
        assertEquals(List.of("SRV", "INF", "ETH", "STR", "COO", "DEV"),
                summary.competencies().stream().map(c -> c.competency().code()).toList());

        CompetencyResult srv = summary.competencies().get(0);
        assertEquals(List.of(3, 4), srv.answers().stream().map(a -> a.level().getAsInt()).toList());
        assertEquals(3, srv.reached().orElseThrow().level(), "the lower of the two middle levels");
        assertEquals("Forgot to say how it ended", srv.answers().get(0).note());
        assertEquals(4, srv.next().orElseThrow().level());
        assertEquals(competency("SRV").indicatorsAt(4, Polarity.POSITIVE).stream().map(Indicator::text).toList(),
                srv.nextAsks(), "the next level asks what its positive indicators show");

        CompetencyResult inf = summary.competencies().get(1);
        assertEquals(List.of(2, 5), inf.answers().stream().map(a -> a.level().getAsInt()).toList());
        assertEquals(2, inf.reached().orElseThrow().level());

        CompetencyResult dev = summary.competencies().get(5);
        assertEquals(1, dev.reached().orElseThrow().level());
    }

    @Test
    void theTopLevelAndAnUnratedAnswerAreSaidSo() {
        Rehearsal rehearsal = rehearsal(RehearsalScope.profile(FRAMEWORK, profile("EXE-B")), 6);
        rehearsal.rate(5);
        rehearsal.next();
        rehearsal.next();
        rehearsal.finish();
        RehearsalSummary summary = rehearsal.summary();
        assertEquals(2, summary.competencies().size(), "the question on screen, untouched, is left out");
        SummaryText text = new SummaryText(new I18n(Language.EN), Language.EN);

        CompetencyResult top = summary.competencies().get(0);
        assertTrue(top.atTop());
        assertEquals("Service-user orientation: level 5 · Exemplary", text.heading(top));
        assertEquals("This is the highest level of the scale.", text.nextLevel(top));

        CompetencyResult unrated = summary.competencies().get(1);
        assertTrue(unrated.reached().isEmpty());
        assertEquals("Informing service users: not rated", text.heading(unrated));
        assertEquals("", text.nextLevel(unrated));
        assertEquals("", text.descriptor(unrated));
    }

    @Test
    void theNextLevelLineQuotesItsIndicatorsInTheRehearsalsLanguage() {
        Rehearsal rehearsal = rehearsal(RehearsalScope.competency(competency("DEC")), 1);
        rehearsal.rate(2);
        rehearsal.next();
        CompetencyResult result = rehearsal.summary().competencies().get(0);
        SummaryText russianWords = new SummaryText(new I18n(Language.RU), Language.KK);
        String next = russianWords.nextLevel(result);
        assertTrue(next.startsWith("Уровень 3 · Жеткілікті требует: "), next);
        for (Indicator indicator : competency("DEC").indicatorsAt(3, Polarity.POSITIVE)) {
            assertTrue(next.contains(indicator.text().kk()), "quotes " + indicator.text().kk());
        }
        AnswerResult answer = result.answers().get(0);
        assertTrue(russianWords.answer(answer).startsWith("Ответ 1: уровень 2; время 0:00 из "),
                russianWords.answer(answer));
    }

    @Test
    void aQuestionOnScreenWhenTheRehearsalEndsCountsOnceItWasTimed() {
        Rehearsal rehearsal = rehearsal(RehearsalScope.competency(competency("DEC")), 3);
        rehearsal.rate(3);
        rehearsal.next();
        rehearsal.timer().start();
        clock.advance(Duration.ofSeconds(5));
        rehearsal.finish();
        assertEquals(2, rehearsal.summary().competencies().get(0).answers().size());
        assertEquals(3, rehearsal.summary().competencies().get(0).reached().orElseThrow().level(),
                "an unrated answer does not pull the level");
    }

    @Test
    void aLevelOffTheScaleIsRefused() {
        Rehearsal rehearsal = rehearsal(RehearsalScope.competency(competency("DEC")), 1);
        assertThrows(IllegalArgumentException.class, () -> rehearsal.rate(6));
        assertThrows(IllegalArgumentException.class, () -> rehearsal.rate(0));
        assertTrue(rehearsal.level().isEmpty());
    }

    private Rehearsal rehearsal(RehearsalScope scope, int count) {
        return new Rehearsal(FRAMEWORK, scope, Language.EN, new QuestionPicker(new Random(3)).pick(scope, count),
                clock);
    }
}
