package kz.suhbat.rubric.file;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rubric file, question sheet or exercise set file that was refused, with every problem found in it;
 * {@link RubricProblem#describe} puts each in words in the user's language.
 */
public class RubricFileException extends Exception {

    private final transient List<RubricProblem> problems;

    public RubricFileException(List<RubricProblem> problems) {
        this(problems, null);
    }

    public RubricFileException(List<RubricProblem> problems, Throwable cause) {
        super(problems.stream().map(RubricProblem::toString).collect(Collectors.joining("; ")), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refused file has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found (the order of the file). */
    public List<RubricProblem> problems() {
        return problems;
    }
}
