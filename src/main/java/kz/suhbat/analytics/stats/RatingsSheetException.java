package kz.suhbat.analytics.stats;

/**
 * A ratings sheet that cannot be read; {@link #problem()} names the translated explanation
 * ({@code agreement.sheet.<PROBLEM>}) and {@link #arguments()} fills it in (the line first, where there is one).
 */
public final class RatingsSheetException extends Exception {

    /** What is wrong with the sheet. */
    public enum Problem {
        /** The sheet has no rows. Arguments: none. */
        EMPTY,
        /** A cell is neither empty nor a number. Arguments: line, column, the cell. */
        NOT_A_NUMBER,
        /** A row has a different number of cells than the first. Arguments: line, cells, cells expected. */
        RAGGED,
        /** Fewer than two rater columns. Arguments: the number found. */
        TOO_FEW_RATERS,
        /** Fewer than two candidate rows. Arguments: the number found. */
        TOO_FEW_CANDIDATES,
        /** A level outside the scale given. Arguments: line, the level, scale minimum, scale maximum. */
        OUT_OF_SCALE,
        /** Every level is the same, so no scale can be taken from the data. Arguments: the level. */
        NO_SCALE
    }

    private final Problem problem;
    private final transient Object[] arguments;

    public RatingsSheetException(Problem problem, Object... arguments) {
        super(problem.name());
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    public Problem problem() {
        return problem;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The message key of the explanation. */
    public String key() {
        return "agreement.sheet." + problem.name();
    }
}
