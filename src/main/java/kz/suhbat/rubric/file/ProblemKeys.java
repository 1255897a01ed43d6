package kz.suhbat.rubric.file;

/**
 * The message keys of rubric-file and question-sheet problems; each is in the three message bundles.
 * The arguments each message takes are listed after its key.
 */
public final class ProblemKeys {

    private static final String P = "rubricfile.problem.";
    private static final String S = "rubricfile.sheet.";

    /** {0} why the operating system could not read it. */
    public static final String UNREADABLE = P + "unreadable";
    /** {0} the line with the first byte that is not UTF-8. */
    public static final String NOT_UTF8 = P + "notUtf8";
    public static final String EMPTY_FILE = P + "emptyFile";
    /** {0} line, {1} column, {2} the parser's explanation. */
    public static final String BROKEN_JSON = P + "brokenJson";
    public static final String NOT_RUBRIC_FILE = P + "notRubricFile";
    /** {0} the format found, {1} the format expected. */
    public static final String WRONG_FORMAT = P + "wrongFormat";
    /** {0} the version found, {1} the version this program reads. */
    public static final String WRONG_FORMAT_VERSION = P + "wrongFormatVersion";
    public static final String MISSING_FIELD = P + "missingField";
    public static final String UNKNOWN_FIELD = P + "unknownField";
    public static final String EXPECTED_TEXT = P + "expectedText";
    public static final String EXPECTED_WHOLE_NUMBER = P + "expectedWholeNumber";
    public static final String EXPECTED_NUMBER = P + "expectedNumber";
    public static final String EXPECTED_LIST = P + "expectedList";
    public static final String EXPECTED_OBJECT = P + "expectedObject";
    /** {0} the value found, {1} the values allowed. */
    public static final String UNKNOWN_VALUE = P + "unknownValue";
    public static final String MISSING_LANGUAGE = P + "missingLanguage";
    /** {0} the length found, {1} the longest allowed. */
    public static final String TOO_LONG = P + "tooLong";
    /** {0} the code found. */
    public static final String INVALID_CODE = P + "invalidCode";
    public static final String EMPTY_LIST = P + "emptyList";
    /** {0} the version found. */
    public static final String VERSION_TOO_LOW = P + "versionTooLow";
    /** {0} the competency code. */
    public static final String DUPLICATE_COMPETENCY = P + "duplicateCompetency";
    /** {0} the profile code. */
    public static final String DUPLICATE_PROFILE = P + "duplicateProfile";
    /** {0} the level, {1} the lowest and {2} the highest level of the scale. */
    public static final String LEVEL_OUTSIDE_SCALE = P + "levelOutsideScale";
    /** {0} how many levels there are. */
    public static final String SCALE_TOO_SMALL = P + "scaleTooSmall";
    /** {0} the levels found. */
    public static final String SCALE_NOT_CONSECUTIVE = P + "scaleNotConsecutive";
    /** {0} the minutes found. */
    public static final String MINUTES_TOO_FEW = P + "minutesTooFew";
    /** {0} the competency code. */
    public static final String UNKNOWN_COMPETENCY = P + "unknownCompetency";
    /** {0} the competency code. */
    public static final String DUPLICATE_PROFILE_COMPETENCY = P + "duplicateProfileCompetency";
    /** {0} the sum of the weights. */
    public static final String WEIGHTS_SUM = P + "weightsSum";
    /** {0} the weight. */
    public static final String WEIGHT_NOT_POSITIVE = P + "weightNotPositive";
    /** {0} the number. */
    public static final String TOO_MANY_DECIMALS = P + "tooManyDecimals";
    /** {0} how many competencies the profile has, {1} the fewest and {2} the most allowed. */
    public static final String PROFILE_SIZE = P + "profileSize";
    /** {0} the threshold, {1} the lowest and {2} the highest level of the scale. */
    public static final String THRESHOLD_OUTSIDE_SCALE = P + "thresholdOutsideScale";

    /** {0} the line with the first byte that is neither UTF-8 nor UTF-16. */
    public static final String SHEET_NOT_UTF8 = S + "notUtf8";
    public static final String SHEET_NOT_XLSX = S + "notXlsx";
    /** {0} the file name. */
    public static final String SHEET_UNSUPPORTED_TYPE = S + "unsupportedType";
    /** {0} the column name. */
    public static final String SHEET_MISSING_COLUMN = S + "missingColumn";
    /** {0} the column name. */
    public static final String SHEET_UNKNOWN_COLUMN = S + "unknownColumn";
    /** {0} the column name. */
    public static final String SHEET_DUPLICATE_COLUMN = S + "duplicateColumn";
    public static final String SHEET_NO_ROWS = S + "noRows";
    public static final String SHEET_EMPTY_CELL = S + "emptyCell";
    public static final String SHEET_UNCLOSED_QUOTE = S + "unclosedQuote";
    /** {0} the competency code, {1} the framework code. */
    public static final String SHEET_UNKNOWN_COMPETENCY = S + "unknownCompetency";
    /** {0} the value found. */
    public static final String SHEET_NOT_WHOLE_NUMBER = S + "notWholeNumber";
    /** {0} the number of probes in Kazakh, {1} in Russian, {2} in English. */
    public static final String SHEET_PROBE_COUNTS = S + "probeCounts";
    /** {0} the value found. */
    public static final String SHEET_BAD_LEVELS = S + "badLevels";

    private ProblemKeys() {
    }
}
