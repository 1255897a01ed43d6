package kz.suhbat.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Transactor;
import kz.suhbat.rubric.Framework;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.AccountRepository;
import kz.suhbat.security.CampaignScope;
import kz.suhbat.security.Operation;
import kz.suhbat.security.Role;

/**
 * A trainer's courses: the calibration rule, the trainees and reference raters, the exercises (from an
 * exercise set file or the starter set) and their references, and the results. Only the trainer reaches
 * it, and only for training courses. Every change goes to the audit trail.
 */
public final class TrainingService {

    private static final String COURSE = "course";
    private static final String EXERCISE = "exercise";
    /** Accounts that may be put on a course: anyone who may sit on a panel, and trainees. */
    private static final Set<Role> ELIGIBLE = EnumSet.of(Role.SECRETARY, Role.MEMBER, Role.OBSERVER, Role.TRAINER,
            Role.TRAINEE);

    private final Access access;
    private final CampaignScope scope;
    private final CourseLookup lookup;
    private final TrainingRepository repository;
    private final AccountRepository accounts;
    private final TrainingMedia media;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;

    public TrainingService(Access access, CampaignScope scope, CourseLookup lookup, TrainingRepository repository,
                           AccountRepository accounts, TrainingMedia media, AuditTrail audit, Transactor transactor,
                           Clock clock) {
        this.access = access;
        this.scope = scope;
        this.lookup = lookup;
        this.repository = repository;
        this.accounts = accounts;
        this.media = media;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
    }

    public Course course(long campaignId) {
        scope.require(Operation.TRAINING_MANAGE, campaignId);
        return lookup.course(campaignId);
    }

    public Course setRule(long campaignId, CalibrationRule rule) {
        Account trainer = scope.require(Operation.TRAINING_MANAGE, campaignId);
        return transactor.inTransaction(() -> {
            Course before = lookup.course(campaignId);
            repository.saveRule(campaignId, rule);
            audit.record(trainer, AuditAction.TRAINING_RULE_SET, COURSE, campaignId, before.rule(), rule);
            return lookup.course(campaignId);
        });
    }

    public List<Trainee> trainees(long campaignId) {
        scope.require(Operation.TRAINING_MANAGE, campaignId);
        lookup.course(campaignId);
        return repository.trainees(campaignId);
    }

    /** The active accounts a trainer may put on a course, by name. */
    public List<Account> eligibleAccounts() {
        access.require(Operation.TRAINING_MANAGE);
        return accounts.list().stream().filter(a -> a.active() && ELIGIBLE.contains(a.role()))
                .sorted(java.util.Comparator.comparing(Account::displayName)).toList();
    }

    public void addTrainee(long campaignId, long accountId, boolean reference) {
        Account trainer = scope.require(Operation.TRAINING_MANAGE, campaignId);
        transactor.run(() -> {
            lookup.course(campaignId);
            Account account = accounts.find(accountId)
                    .orElseThrow(() -> new TrainingException(TrainingException.Reason.NOT_FOUND));
            if (!account.active() || !ELIGIBLE.contains(account.role())) {
                throw new TrainingException(TrainingException.Reason.ACCOUNT_NOT_ELIGIBLE, account.login());
            }
            repository.addTrainee(campaignId, accountId, reference);
            audit.record(trainer, AuditAction.TRAINEE_ADD, COURSE, campaignId, null,
                    Map.of("account", account.login(), "reference", reference));
        });
    }

    public void removeTrainee(long campaignId, long accountId) {
        Account trainer = scope.require(Operation.TRAINING_MANAGE, campaignId);
        transactor.run(() -> {
            lookup.course(campaignId);
            repository.removeTrainee(campaignId, accountId);
            audit.record(trainer, AuditAction.TRAINEE_REMOVE, COURSE, campaignId, Map.of("account", accountId), null);
        });
    }

    public List<StoredExercise> exercises(long campaignId) {
        scope.require(Operation.TRAINING_MANAGE, campaignId);
        lookup.course(campaignId);
        return repository.exercises(campaignId);
    }

    /**
     * Adds a set's exercises after the course's own, all or none. The set must be built on the course's
     * framework; a code the course already has is refused; media files are taken from {@code mediaFolder}
     * (the folder of the set's file) into the office's data folder.
     */
    public int addExercises(long campaignId, ExerciseSet set, Optional<Path> mediaFolder) {
        Account trainer = scope.require(Operation.TRAINING_MANAGE, campaignId);
        Course course = lookup.course(campaignId);
        Framework framework = lookup.framework(course);
        if (!framework.code().equals(set.frameworkCode())) {
            throw new TrainingException(TrainingException.Reason.OTHER_FRAMEWORK, set.frameworkCode(),
                    framework.code());
        }
        for (Exercise exercise : set.exercises()) {
            exercise.media().ifPresent(name -> {
                if (mediaFolder.isEmpty() || !Files.isRegularFile(mediaFolder.get().resolve(name))) {
                    throw new TrainingException(TrainingException.Reason.MEDIA_MISSING, name);
                }
            });
        }
        return transactor.inTransaction(() -> {
            List<StoredExercise> existing = repository.exercises(campaignId);
            Set<String> codes = new HashSet<>();
            existing.forEach(e -> codes.add(e.exercise().code()));
            int seq = existing.stream().mapToInt(StoredExercise::seq).max().orElse(0);
            List<String> added = new ArrayList<>();
            for (Exercise exercise : set.exercises()) {
                if (!codes.add(exercise.code())) {
                    throw new TrainingException(TrainingException.Reason.CODE_TAKEN, exercise.code());
                }
                long id = repository.insertExercise(campaignId, ++seq, exercise);
                if (exercise.media().isPresent()) {
                    media.store(id, mediaFolder.orElseThrow().resolve(exercise.media().get()));
                }
                added.add(exercise.code());
            }
            audit.record(trainer, AuditAction.EXERCISES_ADD, COURSE, campaignId, null, Map.of("exercises", added));
            return added.size();
        });
    }

    /** Sets an exercise's reference on one competency: a whole level on the scale, with its reason. */
    public void setReference(long exerciseId, ReferenceLevel reference) {
        Account trainer = access.require(Operation.TRAINING_MANAGE);
        transactor.run(() -> {
            StoredExercise exercise = lookup.exercise(exerciseId);
            scope.check(trainer, exercise.campaignId());
            Framework framework = lookup.framework(lookup.course(exercise.campaignId()));
            ReferenceLevel before = exercise.exercise().reference(reference.competencyCode())
                    .orElseThrow(() -> new TrainingException(TrainingException.Reason.NOT_REFERENCED));
            if (reference.reason().lacksWorkingLanguage()) {
                throw new TrainingException(TrainingException.Reason.REASON_MISSING);
            }
            if (!Scoring.scale(framework).contains(reference.level().doubleValue())) {
                throw new TrainingException(TrainingException.Reason.LEVEL_OFF_SCALE);
            }
            repository.saveReference(exerciseId, reference);
            audit.record(trainer, AuditAction.EXERCISE_REFERENCE_SET, EXERCISE, exerciseId, before, reference);
        });
    }

    /**
     * Makes the median of the reference raters' submitted levels the exercise's references, keeping each
     * reason; refused while no reference rater has submitted it.
     */
    public List<ReferenceLevel> adoptPanelMedian(long exerciseId) {
        Account trainer = access.require(Operation.TRAINING_MANAGE);
        return transactor.inTransaction(() -> {
            StoredExercise exercise = lookup.exercise(exerciseId);
            scope.check(trainer, exercise.campaignId());
            Set<Long> panel = new HashSet<>();
            repository.trainees(exercise.campaignId()).stream().filter(Trainee::reference)
                    .forEach(t -> panel.add(t.accountId()));
            List<Attempt> attempts = repository.submittedAttempts(exercise.campaignId()).stream()
                    .filter(a -> a.exerciseId() == exerciseId && panel.contains(a.accountId())).toList();
            if (attempts.isEmpty()) {
                throw new TrainingException(TrainingException.Reason.NO_REFERENCE_PANEL);
            }
            List<ReferenceLevel> adopted = new ArrayList<>();
            for (ReferenceLevel before : exercise.exercise().references()) {
                List<Integer> levels = attempts.stream().flatMap(a -> a.score(before.competencyCode()).stream())
                        .map(ExerciseScore::level).toList();
                if (!levels.isEmpty()) {
                    ReferenceLevel median = new ReferenceLevel(before.competencyCode(), Scoring.median(levels),
                            before.reason());
                    repository.saveReference(exerciseId, median);
                    audit.record(trainer, AuditAction.EXERCISE_REFERENCE_SET, EXERCISE, exerciseId, before, median);
                    adopted.add(median);
                }
            }
            return adopted;
        });
    }

    /** Every trainee's progress on the course and the group's, exercise by exercise. */
    public CourseResults results(long campaignId) {
        scope.require(Operation.TRAINING_MANAGE, campaignId);
        Course course = lookup.course(campaignId);
        Framework framework = lookup.framework(course);
        List<StoredExercise> exercises = repository.exercises(campaignId);
        List<Attempt> attempts = repository.submittedAttempts(campaignId);
        List<TraineeProgress> trainees = repository.trainees(campaignId).stream()
                .map(t -> Scoring.progress(t, exercises, attempts, framework, course.rule(), clock.getZone()))
                .toList();
        return new CourseResults(course, exercises, trainees, Scoring.group(exercises, trainees));
    }

    /** The course's exercises as a set, to write to an exercise set file for other offices. */
    public ExerciseSet exerciseSet(long campaignId) {
        scope.require(Operation.TRAINING_MANAGE, campaignId);
        Course course = lookup.course(campaignId);
        Framework framework = lookup.framework(course);
        return new ExerciseSet(course.title(), framework.code(),
                repository.exercises(campaignId).stream().map(StoredExercise::exercise).toList());
    }

    /** Where an exercise's audio or video file is kept, for the trainer to copy it beside an exported set. */
    public Optional<Path> mediaFile(long exerciseId) {
        Account trainer = access.require(Operation.TRAINING_MANAGE);
        StoredExercise exercise = lookup.exercise(exerciseId);
        scope.check(trainer, exercise.campaignId());
        return media.find(exercise);
    }
}
