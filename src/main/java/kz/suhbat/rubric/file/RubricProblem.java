package kz.suhbat.rubric.file;

import java.util.List;
import kz.suhbat.common.i18n.I18n;

/**
 * One problem found in a rubric file, a question sheet or an exercise set file.
 *
 * @param place where it is: a path into the rubric file such as {@code competencies[2].questions[0].text.kk}
 *              (or into an exercise set file, such as {@code exercises[1] (SRV-PENSION).transcript.kk}),
 *              a cell of a sheet such as {@code E5 [question_kk]}, or empty for the file as a whole
 * @param key   the message key, e.g. {@code rubricfile.problem.missingLanguage}
 * @param args  the values that fill the message's {n} arguments
 */
public record RubricProblem(String place, String key, List<Object> args) {

    public RubricProblem {
        place = place == null ? "" : place;
        args = List.copyOf(args);
    }

    static RubricProblem of(String place, String key, Object... args) {
        return new RubricProblem(place, key, List.of(args));
    }

    /** The problem as a sentence in the current language, prefixed with its place when it has one. */
    public String describe(I18n i18n) {
        String message = i18n.format(key, args.toArray());
        return place.isEmpty() ? message : i18n.format("rubricfile.problemAt", place, message);
    }

    @Override
    public String toString() {
        return (place.isEmpty() ? "" : place + ": ") + key + args;
    }
}
