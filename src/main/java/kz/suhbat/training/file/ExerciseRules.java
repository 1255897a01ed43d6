package kz.suhbat.training.file;

import java.util.List;
import java.util.Locale;

/**
 * What an exercise set file may hold: the limits and the rules for exercise codes and media file names,
 * for the reader and for anyone who prepares an exercise to be written.
 */
public final class ExerciseRules {

    public static final int CODE_LENGTH = 64;
    public static final int TITLE_LENGTH = 400;
    public static final int TRANSCRIPT_LENGTH = 20_000;
    public static final int REASON_LENGTH = 4000;
    public static final int MAX_EXERCISES = 200;
    public static final int MEDIA_NAME_LENGTH = 200;
    /** The largest exercise set file read; media files travel beside it, never inside. */
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    /** The audio and video file types Suhbat plays, by their extension in lower case. */
    public static final List<String> MEDIA_TYPES = List.of("mp3", "m4a", "wav", "aac", "mp4", "m4v");

    private ExerciseRules() {
    }

    /**
     * An exercise code: 1 to {@value #CODE_LENGTH} letters, digits or hyphens, starting with a letter or
     * a digit.
     */
    public static boolean isCode(String code) {
        if (code.isEmpty() || code.length() > CODE_LENGTH || !Character.isLetterOrDigit(code.charAt(0))) {
            return false;
        }
        return code.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
    }

    /**
     * A file name with no folder in it: no {@code /}, {@code \} or {@code :}, no {@code ..}, no control
     * character and no space at either end.
     */
    public static boolean isPlainFileName(String name) {
        return !name.isBlank() && name.equals(name.strip()) && !name.contains("..")
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || Character.isISOControl(c));
    }

    /** Whether the name ends in the extension of an audio or video type Suhbat plays (any letter case). */
    public static boolean isPlayableType(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && MEDIA_TYPES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
