package kz.suhbat.rubric.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one file while it is read, so that all of them are reported at once; a place
 * is a path into the file such as {@code competencies[2].questions[0].text.kk}.
 */
public final class Problems {

    private final List<RubricProblem> found = new ArrayList<>();

    public void add(String place, String key, Object... args) {
        found.add(RubricProblem.of(place, key, args));
    }

    /** A point to compare with later: {@link #foundSince} tells whether anything was added after it. */
    public int mark() {
        return found.size();
    }

    public boolean foundSince(int mark) {
        return found.size() > mark;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The whole of {@code in}; a read failure is a problem of the file, and refuses it at once. */
    byte[] readAll(InputStream in) throws RubricFileException {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return unreadable(e);
        }
    }

    /**
     * The whole of {@code in} when it is at most {@code limit} bytes long; a longer file is refused at once
     * with {@code tooLargeKey} (which takes the limit in MiB), before more than {@code limit + 1} bytes are read.
     */
    public byte[] readAtMost(InputStream in, int limit, String tooLargeKey) throws RubricFileException {
        try {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                add("", tooLargeKey, limit / (1024 * 1024));
                throwIfAny();
            }
            return bytes;
        } catch (IOException e) {
            return unreadable(e);
        }
    }

    private byte[] unreadable(IOException e) throws RubricFileException {
        add("", ProblemKeys.UNREADABLE, String.valueOf(e.getMessage()));
        throwIfAny();
        return new byte[0];
    }

    /** Refuses the file when anything was found. */
    public void throwIfAny() throws RubricFileException {
        if (!found.isEmpty()) {
            throw new RubricFileException(found);
        }
    }

    /** The place of the field {@code name} of the object at {@code parent}. */
    public static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** The place of the element {@code index} (from 0) of the list at {@code parent}. */
    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
