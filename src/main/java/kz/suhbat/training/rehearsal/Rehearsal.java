package kz.suhbat.training.rehearsal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;

/**
 * One rehearsal, walked question by question: each question has its own countdown, and the person rates
 * the level their answer reached and may note something. It lives only in memory: nothing of it is
 * stored, and it is gone when the person signs out.
 */
public final class Rehearsal {

    private final Framework framework;
    private final RehearsalScope scope;
    private final Language language;
    private final Clock clock;
    private final List<PlannedQuestion> questions;
    private final List<RehearsalTimer> timers = new ArrayList<>();
    private final Integer[] levels;
    private final String[] notes;
    private int position;
    private boolean finished;
    /** The first question the summary leaves out: those after the one on screen, or it too when untouched. */
    private int leftOut;

    public Rehearsal(Framework framework, RehearsalScope scope, Language language, List<PlannedQuestion> questions,
                     Clock clock) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("A rehearsal needs at least one question");
        }
        this.framework = framework;
        this.scope = scope;
        this.language = language;
        this.clock = clock;
        this.questions = List.copyOf(questions);
        for (PlannedQuestion planned : questions) {
            timers.add(new RehearsalTimer(clock, Duration.ofMinutes(planned.question().suggestedMinutes())));
        }
        this.levels = new Integer[questions.size()];
        this.notes = new String[questions.size()];
        Arrays.fill(notes, "");
    }

    public Framework framework() {
        return framework;
    }

    public RehearsalScope scope() {
        return scope;
    }

    /** The language the questions and indicators are read in. */
    public Language language() {
        return language;
    }

    public int size() {
        return questions.size();
    }

    /** The place of the question on screen, from 0. */
    public int position() {
        return position;
    }

    public PlannedQuestion current() {
        return questions.get(position);
    }

    public RehearsalTimer timer() {
        return timers.get(position);
    }

    public boolean last() {
        return position == questions.size() - 1;
    }

    public boolean finished() {
        return finished;
    }

    /** The level the person gives the answer to the question on screen; it must be a level of the scale. */
    public void rate(int level) {
        if (level < framework.scale().lowest() || level > framework.scale().highest()) {
            throw new IllegalArgumentException("Level " + level + " is not on the scale");
        }
        levels[position] = level;
    }

    public OptionalInt level() {
        return levels[position] == null ? OptionalInt.empty() : OptionalInt.of(levels[position]);
    }

    public void note(String text) {
        notes[position] = text == null ? "" : text.strip();
    }

    public String note() {
        return notes[position];
    }

    /** Stops the clock of this question and goes on to the next one; after the last, the rehearsal is over. */
    public void next() {
        timer().pause();
        if (last()) {
            finished = true;
            leftOut = questions.size();
        } else {
            position++;
        }
    }

    /**
     * Ends the rehearsal here. The question on screen stays in the summary if it was timed, rated or noted;
     * the questions not reached are left out.
     */
    public void finish() {
        timer().pause();
        finished = true;
        boolean untouched = timer().elapsed().isZero() && levels[position] == null && notes[position].isEmpty();
        leftOut = untouched ? position : position + 1;
    }

    /** Per competency, in the order asked, the answers given so far and what they add up to. */
    public RehearsalSummary summary() {
        Map<Competency, List<AnswerResult>> answers = new LinkedHashMap<>();
        int shown = finished ? leftOut : position + 1;
        for (int i = 0; i < shown; i++) {
            PlannedQuestion planned = questions.get(i);
            answers.computeIfAbsent(planned.competency(), c -> new ArrayList<>()).add(new AnswerResult(i + 1,
                    planned.question(), timers.get(i).elapsed(),
                    levels[i] == null ? OptionalInt.empty() : OptionalInt.of(levels[i]), notes[i]));
        }
        List<CompetencyResult> results = answers.entrySet().stream()
                .map(entry -> CompetencyResult.of(entry.getKey(), entry.getValue(), framework.scale())).toList();
        return new RehearsalSummary(framework.name(), scope.name(), language, LocalDate.now(clock), results);
    }
}
