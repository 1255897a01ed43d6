package kz.suhbat.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where courses, trainees, exercises, attempts and calibrations are stored. */
public interface TrainingRepository {

    Optional<CalibrationRule> rule(long campaignId);

    void saveRule(long campaignId, CalibrationRule rule);

    List<Trainee> trainees(long campaignId);

    void addTrainee(long campaignId, long accountId, boolean reference);

    void removeTrainee(long campaignId, long accountId);

    /** The training courses {@code accountId} is a trainee on. */
    List<Long> coursesOf(long accountId);

    List<StoredExercise> exercises(long campaignId);

    Optional<StoredExercise> exercise(long exerciseId);

    long insertExercise(long campaignId, int seq, Exercise exercise);

    void saveReference(long exerciseId, ReferenceLevel reference);

    Attempt attempt(long exerciseId, long accountId);

    /** Every submitted attempt on the course's exercises. */
    List<Attempt> submittedAttempts(long campaignId);

    void saveScore(long exerciseId, long accountId, ExerciseScore score);

    void submit(long exerciseId, long accountId, Instant at);

    void recordCalibration(long accountId, long campaignId, LocalDate on);

    Optional<LocalDate> calibratedOn(long accountId, long campaignId);

    /** The latest day each account was found calibrated on any course, for those that ever were. */
    Map<Long, LocalDate> latestCalibrations(Collection<Long> accountIds);
}
