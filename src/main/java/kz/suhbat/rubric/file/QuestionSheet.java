package kz.suhbat.rubric.file;

import java.util.List;

/**
 * The columns of a question bank sheet, one question a row. Probes are written one per line inside
 * their cell; {@code reveals_levels} lists levels such as {@code 3,4,5} or is left empty.
 */
public final class QuestionSheet {

    public static final String COMPETENCY = "competency";
    public static final String KIND = "kind";
    public static final String MINUTES = "minutes";
    public static final String QUESTION_KK = "question_kk";
    public static final String QUESTION_RU = "question_ru";
    public static final String QUESTION_EN = "question_en";
    public static final String PROBES_KK = "probes_kk";
    public static final String PROBES_RU = "probes_ru";
    public static final String PROBES_EN = "probes_en";
    public static final String REVEALS_LEVELS = "reveals_levels";

    /** Every column, in the order of the template. */
    public static final List<String> COLUMNS = List.of(COMPETENCY, KIND, MINUTES, QUESTION_KK, QUESTION_RU,
            QUESTION_EN, PROBES_KK, PROBES_RU, PROBES_EN, REVEALS_LEVELS);

    private QuestionSheet() {
    }
}
