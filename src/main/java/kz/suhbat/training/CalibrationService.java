package kz.suhbat.training;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Transactor;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.Question;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Operation;

/**
 * A trainee's own exercises: scoring each independently, with evidence, level by level (each saved at
 * once), submitting, and only then seeing the references and the measures. Nobody reads another trainee's
 * levels here. A submission that meets the course's rule records the trainee as calibrated that day.
 */
public final class CalibrationService {

    private static final String EXERCISE = "exercise";

    private final Access access;
    private final CourseLookup lookup;
    private final TrainingRepository repository;
    private final TrainingMedia media;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;

    public CalibrationService(Access access, CourseLookup lookup, TrainingRepository repository, TrainingMedia media,
                              AuditTrail audit, Transactor transactor, Clock clock) {
        this.access = access;
        this.lookup = lookup;
        this.repository = repository;
        this.media = media;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
    }

    /** The exercises of every course the signed-in account is on, newest course first, in course order. */
    public List<MyExercise> myExercises() {
        Account trainee = access.require(Operation.CALIBRATION_TAKE);
        List<MyExercise> mine = new ArrayList<>();
        for (long campaignId : repository.coursesOf(trainee.id())) {
            Course course = lookup.course(campaignId);
            for (StoredExercise exercise : repository.exercises(campaignId)) {
                Attempt attempt = repository.attempt(exercise.id(), trainee.id());
                MyExercise.Status status = attempt.submitted() ? MyExercise.Status.SUBMITTED
                        : attempt.scores().isEmpty() ? MyExercise.Status.NEW : MyExercise.Status.STARTED;
                OptionalDouble distance = attempt.submitted()
                        ? CalibrationCell.meanDistance(Scoring.cells(exercise, attempt))
                        : OptionalDouble.empty();
                mine.add(new MyExercise(exercise, course.title(), status, distance));
            }
        }
        return mine;
    }

    public ExerciseSheet sheet(long exerciseId) {
        Account trainee = access.require(Operation.CALIBRATION_TAKE);
        StoredExercise exercise = own(trainee, exerciseId);
        Framework framework = lookup.framework(lookup.course(exercise.campaignId()));
        Exercise hidden = new Exercise(exercise.exercise().code(), exercise.exercise().title(),
                exercise.exercise().competencyCode(), exercise.exercise().questionNumber(),
                exercise.exercise().transcript(), exercise.exercise().media(), List.of());
        List<Competency> competencies = exercise.exercise().references().stream()
                .flatMap(r -> framework.competency(r.competencyCode()).stream()).toList();
        Optional<Question> question = framework.competency(exercise.exercise().competencyCode())
                .filter(c -> exercise.exercise().questionNumber() <= c.questions().size())
                .map(c -> c.questions().get(exercise.exercise().questionNumber() - 1));
        return new ExerciseSheet(exerciseId, hidden, question, competencies, framework.scale(),
                repository.attempt(exerciseId, trainee.id()), media.find(exercise));
    }

    /** Saves one level (and its evidence) at once; refused once the exercise is submitted. */
    public Attempt save(long exerciseId, ExerciseScore score) {
        Account trainee = access.require(Operation.CALIBRATION_TAKE);
        return transactor.inTransaction(() -> {
            StoredExercise exercise = own(trainee, exerciseId);
            if (exercise.exercise().reference(score.competencyCode()).isEmpty()) {
                throw new TrainingException(TrainingException.Reason.NOT_REFERENCED);
            }
            Framework framework = lookup.framework(lookup.course(exercise.campaignId()));
            if (!Scoring.scale(framework).contains(score.level())) {
                throw new TrainingException(TrainingException.Reason.LEVEL_OFF_SCALE);
            }
            if (score.evidence().length() > ExerciseScore.EVIDENCE_LIMIT) {
                throw new TrainingException(TrainingException.Reason.EVIDENCE_TOO_LONG, ExerciseScore.EVIDENCE_LIMIT);
            }
            if (repository.attempt(exerciseId, trainee.id()).submitted()) {
                throw new TrainingException(TrainingException.Reason.SUBMITTED);
            }
            repository.saveScore(exerciseId, trainee.id(), score);
            return repository.attempt(exerciseId, trainee.id());
        });
    }

    /**
     * Submits the sheet once every competency has a level and evidence, and returns the feedback. When the
     * course's rule is met by this submission, the trainee is recorded as calibrated today.
     */
    public ExerciseFeedback submit(long exerciseId) {
        Account trainee = access.require(Operation.CALIBRATION_TAKE);
        return transactor.inTransaction(() -> {
            StoredExercise exercise = own(trainee, exerciseId);
            Course course = lookup.course(exercise.campaignId());
            Framework framework = lookup.framework(course);
            Attempt attempt = repository.attempt(exerciseId, trainee.id());
            if (attempt.submitted()) {
                throw new TrainingException(TrainingException.Reason.SUBMITTED);
            }
            for (ReferenceLevel reference : exercise.exercise().references()) {
                ExerciseScore score = attempt.score(reference.competencyCode())
                        .orElseThrow(() -> new TrainingException(TrainingException.Reason.NOT_SCORED));
                if (score.evidence().isBlank()) {
                    throw new TrainingException(TrainingException.Reason.EVIDENCE_MISSING,
                            framework.competency(reference.competencyCode()).map(Competency::name)
                                    .orElse(LocalizedText.of(reference.competencyCode(), reference.competencyCode(),
                                            reference.competencyCode())));
                }
            }
            repository.submit(exerciseId, trainee.id(), clock.instant());
            Attempt submitted = repository.attempt(exerciseId, trainee.id());
            ExerciseFeedback feedback = Scoring.feedback(exercise, submitted, framework);
            audit.record(trainee, AuditAction.EXERCISE_SUBMIT, EXERCISE, exerciseId, null,
                    Map.of("levels", submitted.scores().stream().map(s -> s.competencyCode() + "=" + s.level())
                            .toList(), "distance", feedback.measures().distance()));
            recordCalibration(trainee, course, framework);
            return feedback;
        });
    }

    /** The feedback on a submitted exercise: refused before submission, so no reference shows early. */
    public ExerciseFeedback feedback(long exerciseId) {
        Account trainee = access.require(Operation.CALIBRATION_TAKE);
        StoredExercise exercise = own(trainee, exerciseId);
        Attempt attempt = repository.attempt(exerciseId, trainee.id());
        if (!attempt.submitted()) {
            throw new TrainingException(TrainingException.Reason.NOT_SUBMITTED);
        }
        return Scoring.feedback(exercise, attempt, lookup.framework(lookup.course(exercise.campaignId())));
    }

    /** The signed-in trainee's progress on each of their courses. */
    public List<TraineeProgress> myProgress() {
        Account trainee = access.require(Operation.CALIBRATION_TAKE);
        List<TraineeProgress> progress = new ArrayList<>();
        for (long campaignId : repository.coursesOf(trainee.id())) {
            Course course = lookup.course(campaignId);
            repository.trainees(campaignId).stream().filter(t -> t.accountId() == trainee.id()).findFirst()
                    .ifPresent(t -> progress.add(Scoring.progress(t, repository.exercises(campaignId),
                            repository.submittedAttempts(campaignId), lookup.framework(course), course.rule(),
                            clock.getZone())));
        }
        return progress;
    }

    private void recordCalibration(Account account, Course course, Framework framework) {
        Trainee trainee = repository.trainees(course.campaignId()).stream()
                .filter(t -> t.accountId() == account.id()).findFirst().orElseThrow();
        TraineeProgress progress = Scoring.progress(trainee, repository.exercises(course.campaignId()),
                repository.submittedAttempts(course.campaignId()), framework, course.rule(), clock.getZone());
        progress.calibratedOn().filter(day -> !repository.calibratedOn(account.id(), course.campaignId())
                .equals(Optional.of(day))).ifPresent(day -> {
                    repository.recordCalibration(account.id(), course.campaignId(), day);
                    audit.record(account, AuditAction.RATER_CALIBRATED, "course", course.campaignId(), null,
                            Map.of("account", account.login(), "on", day.toString()));
                });
    }

    /** The exercise, refused to an account that is not on its course. */
    private StoredExercise own(Account trainee, long exerciseId) {
        StoredExercise exercise = lookup.exercise(exerciseId);
        if (!repository.coursesOf(trainee.id()).contains(exercise.campaignId())) {
            throw new TrainingException(TrainingException.Reason.NOT_ON_COURSE);
        }
        return exercise;
    }
}
