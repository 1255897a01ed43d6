package kz.suhbat.training;

import java.util.OptionalDouble;
import kz.suhbat.common.i18n.LocalizedText;

/** An exercise on a trainee's own list: the course it belongs to, how far they are, and their distance once in. */
public record MyExercise(StoredExercise exercise, LocalizedText courseTitle, Status status, OptionalDouble distance) {

    public enum Status { NEW, STARTED, SUBMITTED }
}
