package kz.suhbat.training;

/** An exercise of a course, in the order the trainees take it ({@code seq} from 1). */
public record StoredExercise(long id, long campaignId, int seq, Exercise exercise) {
}
