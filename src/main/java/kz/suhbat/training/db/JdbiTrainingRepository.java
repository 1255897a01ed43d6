package kz.suhbat.training.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.security.Role;
import kz.suhbat.training.Attempt;
import kz.suhbat.training.CalibrationRule;
import kz.suhbat.training.Exercise;
import kz.suhbat.training.ExerciseScore;
import kz.suhbat.training.ReferenceLevel;
import kz.suhbat.training.StoredExercise;
import kz.suhbat.training.Trainee;
import kz.suhbat.training.TrainingRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Courses, trainees, exercises, attempts and calibrations in H2. */
public final class JdbiTrainingRepository implements TrainingRepository {

    private final Jdbi jdbi;

    public JdbiTrainingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<CalibrationRule> rule(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT max_distance, exercises_needed FROM training_course "
                        + "WHERE campaign_id = :campaign").bind("campaign", campaignId)
                .map((rs, ctx) -> new CalibrationRule(rs.getBigDecimal("max_distance"), rs.getInt("exercises_needed")))
                .findOne());
    }

    @Override
    public void saveRule(long campaignId, CalibrationRule rule) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO training_course t USING (SELECT 1) s ON t.campaign_id = :campaign WHEN "
                        + "MATCHED THEN UPDATE SET max_distance = :distance, exercises_needed = :needed WHEN NOT "
                        + "MATCHED THEN INSERT (campaign_id, max_distance, exercises_needed) VALUES (:campaign, "
                        + ":distance, :needed)")
                .bind("campaign", campaignId).bind("distance", rule.maxDistance())
                .bind("needed", rule.exercisesNeeded()).execute());
    }

    @Override
    public List<Trainee> trainees(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.login, a.display_name, a.role, t.reference "
                        + "FROM course_trainee t JOIN account a ON a.id = t.account_id WHERE t.campaign_id = :campaign "
                        + "ORDER BY a.display_name, a.login").bind("campaign", campaignId)
                .map((rs, ctx) -> new Trainee(rs.getLong("id"), rs.getString("login"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")), rs.getBoolean("reference")))
                .list());
    }

    @Override
    public void addTrainee(long campaignId, long accountId, boolean reference) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO course_trainee t USING (SELECT 1) s ON t.campaign_id = :campaign AND "
                        + "t.account_id = :account WHEN MATCHED THEN UPDATE SET reference = :reference WHEN NOT "
                        + "MATCHED THEN INSERT (campaign_id, account_id, reference) VALUES (:campaign, :account, "
                        + ":reference)")
                .bind("campaign", campaignId).bind("account", accountId).bind("reference", reference).execute());
    }

    @Override
    public void removeTrainee(long campaignId, long accountId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM course_trainee WHERE campaign_id = :campaign "
                + "AND account_id = :account").bind("campaign", campaignId).bind("account", accountId).execute());
    }

    @Override
    public List<Long> coursesOf(long accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT t.campaign_id FROM course_trainee t JOIN campaign c "
                        + "ON c.id = t.campaign_id WHERE t.account_id = :account AND c.type = 'TRAINING' "
                        + "ORDER BY c.opens DESC, c.id DESC").bind("account", accountId).mapTo(Long.class).list());
    }

    @Override
    public List<StoredExercise> exercises(long campaignId) {
        return jdbi.withHandle(h -> {
            List<ExerciseRow> rows = h.createQuery("SELECT * FROM training_exercise WHERE campaign_id = :campaign "
                    + "ORDER BY seq, id").bind("campaign", campaignId).map((rs, ctx) -> row(rs)).list();
            return withReferences(h, rows);
        });
    }

    @Override
    public Optional<StoredExercise> exercise(long exerciseId) {
        return jdbi.withHandle(h -> {
            List<ExerciseRow> rows = h.createQuery("SELECT * FROM training_exercise WHERE id = :id")
                    .bind("id", exerciseId).map((rs, ctx) -> row(rs)).list();
            return withReferences(h, rows).stream().findFirst();
        });
    }

    @Override
    public long insertExercise(long campaignId, int seq, Exercise exercise) {
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO training_exercise (campaign_id, seq, code, "
                        + "title_kk, title_ru, title_en, competency_code, question_number, transcript_kk, transcript_ru, "
                        + "transcript_en, media_name) VALUES (:campaign, :seq, :code, :titleKk, :titleRu, :titleEn, "
                        + ":competency, :question, :transcriptKk, :transcriptRu, :transcriptEn, :media)")
                .bind("campaign", campaignId).bind("seq", seq).bind("code", exercise.code())
                .bind("titleKk", exercise.title().kk()).bind("titleRu", exercise.title().ru())
                .bind("titleEn", exercise.title().en()).bind("competency", exercise.competencyCode())
                .bind("question", exercise.questionNumber()).bind("transcriptKk", exercise.transcript().kk())
                .bind("transcriptRu", exercise.transcript().ru()).bind("transcriptEn", exercise.transcript().en())
                .bind("media", exercise.media().orElse(null))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        exercise.references().forEach(reference -> saveReference(id, reference));
        return id;
    }

    @Override
    public void saveReference(long exerciseId, ReferenceLevel reference) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO exercise_reference t USING (SELECT 1) s ON t.exercise_id = :exercise AND "
                        + "t.competency_code = :competency WHEN MATCHED THEN UPDATE SET level = :level, reason_kk = "
                        + ":kk, reason_ru = :ru, reason_en = :en WHEN NOT MATCHED THEN INSERT (exercise_id, "
                        + "competency_code, level, reason_kk, reason_ru, reason_en) VALUES (:exercise, :competency, "
                        + ":level, :kk, :ru, :en)")
                .bind("exercise", exerciseId).bind("competency", reference.competencyCode())
                .bind("level", reference.level()).bind("kk", reference.reason().kk())
                .bind("ru", reference.reason().ru()).bind("en", reference.reason().en()).execute());
    }

    @Override
    public Attempt attempt(long exerciseId, long accountId) {
        return jdbi.withHandle(h -> {
            Optional<Instant> submitted = h.createQuery("SELECT submitted_at FROM exercise_attempt "
                            + "WHERE exercise_id = :exercise AND account_id = :account")
                    .bind("exercise", exerciseId).bind("account", accountId)
                    .map((rs, ctx) -> Optional.ofNullable(rs.getObject("submitted_at", OffsetDateTime.class))
                            .map(OffsetDateTime::toInstant))
                    .findOne().orElse(Optional.empty());
            List<ExerciseScore> scores = h.createQuery("SELECT competency_code, level, evidence FROM exercise_score "
                            + "WHERE exercise_id = :exercise AND account_id = :account ORDER BY competency_code")
                    .bind("exercise", exerciseId).bind("account", accountId).map((rs, ctx) -> score(rs)).list();
            return new Attempt(exerciseId, accountId, scores, submitted);
        });
    }

    @Override
    public List<Attempt> submittedAttempts(long campaignId) {
        return jdbi.withHandle(h -> {
            Map<List<Long>, Instant> submitted = new LinkedHashMap<>();
            h.createQuery("SELECT a.exercise_id, a.account_id, a.submitted_at FROM exercise_attempt a "
                            + "JOIN training_exercise e ON e.id = a.exercise_id WHERE e.campaign_id = :campaign "
                            + "AND a.submitted_at IS NOT NULL ORDER BY a.submitted_at, a.exercise_id")
                    .bind("campaign", campaignId)
                    .map((rs, ctx) -> Map.entry(List.of(rs.getLong("exercise_id"), rs.getLong("account_id")),
                            rs.getObject("submitted_at", OffsetDateTime.class).toInstant()))
                    .forEach(e -> submitted.put(e.getKey(), e.getValue()));
            Map<List<Long>, List<ExerciseScore>> scores = new HashMap<>();
            h.createQuery("SELECT s.* FROM exercise_score s JOIN training_exercise e ON e.id = s.exercise_id "
                            + "WHERE e.campaign_id = :campaign ORDER BY s.competency_code")
                    .bind("campaign", campaignId)
                    .map((rs, ctx) -> Map.entry(List.of(rs.getLong("exercise_id"), rs.getLong("account_id")), score(rs)))
                    .forEach(e -> scores.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            List<Attempt> attempts = new ArrayList<>();
            submitted.forEach((key, at) -> attempts.add(new Attempt(key.get(0), key.get(1),
                    scores.getOrDefault(key, List.of()), Optional.of(at))));
            return attempts;
        });
    }

    @Override
    public void saveScore(long exerciseId, long accountId, ExerciseScore score) {
        jdbi.useHandle(h -> {
            h.createUpdate("MERGE INTO exercise_attempt t USING (SELECT 1) s ON t.exercise_id = :exercise AND "
                    + "t.account_id = :account WHEN NOT MATCHED THEN INSERT (exercise_id, account_id) VALUES "
                    + "(:exercise, :account)").bind("exercise", exerciseId).bind("account", accountId).execute();
            h.createUpdate("MERGE INTO exercise_score t USING (SELECT 1) s ON t.exercise_id = :exercise AND "
                            + "t.account_id = :account AND t.competency_code = :competency WHEN MATCHED THEN UPDATE SET "
                            + "level = :level, evidence = :evidence WHEN NOT MATCHED THEN INSERT (exercise_id, "
                            + "account_id, competency_code, level, evidence) VALUES (:exercise, :account, :competency, "
                            + ":level, :evidence)")
                    .bind("exercise", exerciseId).bind("account", accountId).bind("competency", score.competencyCode())
                    .bind("level", score.level()).bind("evidence", score.evidence()).execute();
        });
    }

    @Override
    public void submit(long exerciseId, long accountId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE exercise_attempt SET submitted_at = :at WHERE exercise_id = "
                        + ":exercise AND account_id = :account AND submitted_at IS NULL")
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("exercise", exerciseId).bind("account", accountId)
                .execute());
    }

    @Override
    public void recordCalibration(long accountId, long campaignId, LocalDate on) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO rater_calibration t USING (SELECT 1) s ON t.account_id = :account AND "
                        + "t.campaign_id = :campaign WHEN MATCHED THEN UPDATE SET calibrated_on = :on WHEN NOT "
                        + "MATCHED THEN INSERT (account_id, campaign_id, calibrated_on) VALUES (:account, "
                        + ":campaign, :on)")
                .bind("account", accountId).bind("campaign", campaignId).bind("on", on).execute());
    }

    @Override
    public Optional<LocalDate> calibratedOn(long accountId, long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT calibrated_on FROM rater_calibration WHERE account_id = "
                        + ":account AND campaign_id = :campaign").bind("account", accountId)
                .bind("campaign", campaignId).mapTo(LocalDate.class).findOne());
    }

    @Override
    public Map<Long, LocalDate> latestCalibrations(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, LocalDate> latest = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT account_id, MAX(calibrated_on) AS latest FROM rater_calibration "
                        + "WHERE account_id IN (<accounts>) GROUP BY account_id").bindList("accounts", accountIds)
                .map((rs, ctx) -> Map.entry(rs.getLong("account_id"), rs.getObject("latest", LocalDate.class)))
                .forEach(e -> latest.put(e.getKey(), e.getValue())));
        return latest;
    }

    private static ExerciseScore score(ResultSet rs) throws SQLException {
        return new ExerciseScore(rs.getString("competency_code"), rs.getInt("level"), rs.getString("evidence"));
    }

    private record ExerciseRow(long id, long campaignId, int seq, String code, LocalizedText title, String competency,
                               int question, LocalizedText transcript, String media) {
    }

    private static ExerciseRow row(ResultSet rs) throws SQLException {
        return new ExerciseRow(rs.getLong("id"), rs.getLong("campaign_id"), rs.getInt("seq"), rs.getString("code"),
                new LocalizedText(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
                rs.getString("competency_code"), rs.getInt("question_number"),
                new LocalizedText(rs.getString("transcript_kk"), rs.getString("transcript_ru"),
                        rs.getString("transcript_en")), rs.getString("media_name"));
    }

    private static List<StoredExercise> withReferences(Handle h, List<ExerciseRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ReferenceLevel>> references = new HashMap<>();
        h.createQuery("SELECT * FROM exercise_reference WHERE exercise_id IN (<ids>) ORDER BY competency_code")
                .bindList("ids", rows.stream().map(ExerciseRow::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("exercise_id"), new ReferenceLevel(rs.getString("competency_code"),
                        rs.getBigDecimal("level"), new LocalizedText(rs.getString("reason_kk"), rs.getString("reason_ru"),
                        rs.getString("reason_en")))))
                .forEach(e -> references.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> new StoredExercise(r.id(), r.campaignId(), r.seq(), new Exercise(r.code(),
                r.title(), r.competency(), r.question(), r.transcript(), Optional.ofNullable(r.media()),
                references.getOrDefault(r.id(), List.of())))).toList();
    }
}
