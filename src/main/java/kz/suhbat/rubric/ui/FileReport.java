package kz.suhbat.rubric.ui;

import java.util.List;

/** The outcome of reading or writing a file, as the user is told it: a message and every problem found. */
public record FileReport(boolean ok, String message, List<String> problems) {

    public FileReport {
        problems = List.copyOf(problems);
    }

    static FileReport done(String message) {
        return new FileReport(true, message, List.of());
    }

    static FileReport refused(String message, List<String> problems) {
        return new FileReport(false, message, problems);
    }

    /** The message followed by the problems, one per line, as a dialog shows it. */
    public String text() {
        return problems.isEmpty() ? message : message + "\n\n" + String.join("\n", problems);
    }
}
