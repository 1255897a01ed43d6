package kz.suhbat.training.rehearsal;

import java.util.stream.Collectors;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.ScaleLevel;

/**
 * The sentences of a rehearsal's summary, the same on screen and in its PDF: the words of {@code labels}'
 * language around the framework's texts in the language the rehearsal was read in.
 */
public final class SummaryText {

    private final I18n labels;
    private final Language language;

    public SummaryText(I18n labels, Language language) {
        this.labels = labels;
        this.language = language;
    }

    public String text(LocalizedText text) {
        return text.inOrElse(language);
    }

    /** "Decision making: 3 · Competent", or that none of its answers was rated. */
    public String heading(CompetencyResult result) {
        String name = text(result.competency().name());
        return result.reached().map(level -> labels.format("rehearsal.summary.reached", name, level(level)))
                .orElseGet(() -> labels.format("rehearsal.summary.unrated", name));
    }

    /** What the level reached means on the scale; empty when none was rated. */
    public String descriptor(CompetencyResult result) {
        return result.reached().map(level -> text(level.descriptor())).orElse("");
    }

    /** What the next level asks, from its indicators; that it is the top of the scale; or empty when unrated. */
    public String nextLevel(CompetencyResult result) {
        if (result.atTop()) {
            return labels.get("rehearsal.summary.top");
        }
        return result.next().map(level -> labels.format("rehearsal.summary.next", level(level),
                result.nextAsks().stream().map(this::text).collect(Collectors.joining(" ")))).orElse("");
    }

    /** "Answer 2: level 3; 5:12 of 6:00", with the note when there is one. */
    public String answer(AnswerResult answer) {
        String level = answer.level().isPresent() ? labels.format("rehearsal.summary.answerLevel",
                answer.level().getAsInt()) : labels.get("rehearsal.summary.answerUnrated");
        String line = labels.format("rehearsal.summary.answer", answer.number(), level,
                RehearsalTimer.minutesAndSeconds(answer.spent()), RehearsalTimer.minutesAndSeconds(answer.limit()));
        return answer.note().isBlank() ? line : line + " " + labels.format("rehearsal.summary.note", answer.note());
    }

    /** A level as "3 · Competent". */
    public String level(ScaleLevel level) {
        return level.level() + " · " + text(level.label());
    }
}
