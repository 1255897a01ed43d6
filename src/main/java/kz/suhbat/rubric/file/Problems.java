package kz.suhbat.rubric.file;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file while it is read, so that all of them are reported at once. */
final class Problems {

    private final List<RubricProblem> found = new ArrayList<>();

    void add(String place, String key, Object... args) {
        found.add(RubricProblem.of(place, key, args));
    }

    /** A point to compare with later: {@link #foundSince} tells whether anything was added after it. */
    int mark() {
        return found.size();
    }

    boolean foundSince(int mark) {
        return found.size() > mark;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Refuses the file when anything was found. */
    /** The whole of {@code in}; a read failure is a problem of the file, and refuses it at once. */
    byte[] readAll(java.io.InputStream in) throws RubricFileException {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            add("", ProblemKeys.UNREADABLE, String.valueOf(e.getMessage()));
            throwIfAny();
            return new byte[0];
        }
    }

    void throwIfAny() throws RubricFileException {
        if (!found.isEmpty()) {
            throw new RubricFileException(found);
        }
    }

    static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
