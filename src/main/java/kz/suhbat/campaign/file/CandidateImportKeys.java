package kz.suhbat.campaign.file;

/** The message keys of the problems a candidate list can have. */
public final class CandidateImportKeys {

    private static final String P = "candidateimport.";

    /** {0} the file, {1} the message. */
    public static final String PROBLEM_IN_FILE = P + "problemInFile";
    /** {0} the file, {1} the row, {2} the message. */
    public static final String PROBLEM_AT_ROW = P + "problemAtRow";
    /** {0} the file, {1} the row, {2} the column, {3} the message. */
    public static final String PROBLEM_AT_CELL = P + "problemAtCell";
    /** {0} the file, {1} the row, {2} the column, {3} the value, {4} the message. */
    public static final String PROBLEM_AT = P + "problemAt";

    /** {0} the file name. */
    public static final String UNSUPPORTED_TYPE = P + "unsupportedType";
    /** {0} what the system says. */
    public static final String UNREADABLE = P + "unreadable";
    /** {0} the line with the first byte that is neither UTF-8 nor UTF-16. */
    public static final String NOT_UTF8 = P + "notUtf8";
    public static final String NOT_XLSX = P + "notXlsx";
    public static final String UNCLOSED_QUOTE = P + "unclosedQuote";
    public static final String EMPTY_FILE = P + "emptyFile";
    public static final String HEADER_ONLY = P + "headerOnly";
    /** {0} the field. */
    public static final String MISSING_COLUMN = P + "missingColumn";
    /** {0} the column already chosen, {1} the field. */
    public static final String DUPLICATE_COLUMN = P + "duplicateColumn";
    /** {0} the field. */
    public static final String BLANK_CELL = P + "blankCell";
    /** {0} the field, {1} the longest length. */
    public static final String TOO_LONG = P + "tooLong";
    /** {0} the row where the same IIN is first. */
    public static final String DUPLICATE_IIN = P + "duplicateIin";
    public static final String IIN_IN_CAMPAIGN = P + "iinInCampaign";
    /** {0} the campaign's posts. */
    public static final String UNKNOWN_POST = P + "unknownPost";
    /** {0} the campaign's posts. */
    public static final String POST_NEEDED = P + "postNeeded";

    private CandidateImportKeys() {
    }
}
