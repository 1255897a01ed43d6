package kz.suhbat.training.file;

/**
 * The message keys of the problems only an exercise set file can have; each is in the three message
 * bundles. The problems it shares with rubric files (a missing field, an unknown field, a missing language,
 * a text too long, an unknown competency, a level off the scale…) use the keys of
 * {@link kz.suhbat.rubric.file.ProblemKeys}. The arguments each message takes are listed after its key.
 */
public final class ExerciseProblemKeys {

    private static final String P = "exercisefile.problem.";

    public static final String NOT_EXERCISE_FILE = P + "notExerciseFile";
    /** {0} the format found, {1} the format expected. */
    public static final String WRONG_FORMAT = P + "wrongFormat";
    /** {0} the version found, {1} the version this program reads. */
    public static final String WRONG_FORMAT_VERSION = P + "wrongFormatVersion";
    /** {0} line, {1} column, {2} the parser's explanation. */
    public static final String BROKEN_JSON = P + "brokenJson";
    /** {0} the largest size allowed, in MiB. */
    public static final String TOO_LARGE = P + "tooLarge";
    /** {0} the framework code in the file, {1} the code of the framework it was read against. */
    public static final String OTHER_FRAMEWORK = P + "otherFramework";
    /** {0} the code found. */
    public static final String INVALID_CODE = P + "invalidCode";
    /** {0} the exercise code. */
    public static final String DUPLICATE_CODE = P + "duplicateCode";
    /** {0} how many exercises the file has, {1} the most allowed. */
    public static final String TOO_MANY_EXERCISES = P + "tooManyExercises";
    /** {0} the question number, {1} the competency code, {2} how many questions the competency has. */
    public static final String NO_SUCH_QUESTION = P + "noSuchQuestion";
    /** {0} the competency code. */
    public static final String DUPLICATE_REFERENCE = P + "duplicateReference";
    /** {0} the level found. */
    public static final String LEVEL_NOT_WHOLE = P + "levelNotWhole";
    /** {0} the name found. */
    public static final String MEDIA_NOT_PLAIN_NAME = P + "mediaNotPlainName";
    /** {0} the name found, {1} the file types allowed. */
    public static final String MEDIA_TYPE = P + "mediaType";

    private ExerciseProblemKeys() {
    }
}
