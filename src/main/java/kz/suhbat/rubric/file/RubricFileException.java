package kz.suhbat.rubric.file;

import java.util.List;

/** A rubric file that cannot be read, with every problem found in it. */
public class RubricFileException extends Exception {

    private final List<String> problems;

    public RubricFileException(List<String> problems, Throwable cause) {
        super(String.join("; ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
