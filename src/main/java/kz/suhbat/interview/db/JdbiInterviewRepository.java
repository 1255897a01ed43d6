package kz.suhbat.interview.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kz.suhbat.common.db.Columns;
import kz.suhbat.scoring.CompetencyOutcome;
import kz.suhbat.interview.DroppedQuestion;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.InterviewRepository;
import kz.suhbat.interview.InterviewStatus;
import kz.suhbat.interview.Note;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.interview.Rater;
import kz.suhbat.scoring.Score;
import kz.suhbat.scoring.Vote;
import kz.suhbat.panel.PanelRole;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Interviews in H2; the reveal rule is part of the queries that read other members' work. */
public final class JdbiInterviewRepository implements InterviewRepository {

    /** True while some rater of the interview has not submitted. */
    private static final String SEALED = "EXISTS (SELECT 1 FROM interview_rater r WHERE r.interview_id = "
            + ":interview AND r.submitted_at IS NULL)";
    /** The newest entry of each member's competency: one grouped pass over the interview's entries. */
    private static final String LATEST = "s.id IN (SELECT MAX(t.id) FROM score_entry t WHERE t.interview_id = "
            + ":interview GROUP BY t.member_id, t.competency_code)";

    private static final RowMapper<Interview> INTERVIEW = (rs, ctx) -> new Interview(rs.getLong("id"),
            rs.getLong("campaign_id"), rs.getLong("sitting_id"), rs.getLong("candidate_id"),
            Columns.enumByName(rs, "status", InterviewStatus.class), instant(rs.getObject("started_at",
            OffsetDateTime.class)), rs.getString("decision") == null ? null
            : Columns.enumByName(rs, "decision", Outcome.class), rs.getString("decision_reason"),
            (Integer) rs.getObject("quorum_required", Integer.class));
    private static final RowMapper<Rater> RATER = (rs, ctx) -> new Rater(rs.getLong("member_id"),
            rs.getString("full_name"), Columns.enumByName(rs, "role", PanelRole.class),
            (Long) rs.getObject("account_id", Long.class), instant(rs.getObject("submitted_at",
            OffsetDateTime.class)), instant(rs.getObject("countersigned_at", OffsetDateTime.class)),
            rs.getBoolean("deputy"));
    private static final RowMapper<Score> SCORE = (rs, ctx) -> new Score(rs.getLong("member_id"),
            rs.getString("competency_code"), (Integer) rs.getObject("level", Integer.class), rs.getString("evidence"),
            rs.getLong("entered_by"), rs.getBoolean("transcribed"), instant(rs.getObject("entered_at",
            OffsetDateTime.class)));
    private static final RowMapper<Note> NOTE = (rs, ctx) -> new Note(rs.getLong("interview_id"),
            (Long) rs.getObject("member_id", Long.class), rs.getString("competency_code"),
            rs.getInt("question_index"), rs.getString("text"), rs.getLong("written_by"),
            instant(rs.getObject("written_at", OffsetDateTime.class)));
    private static final RowMapper<DroppedQuestion> DROPPED = (rs, ctx) -> new DroppedQuestion(
            rs.getLong("campaign_id"), rs.getString("competency_code"), rs.getInt("question_index"),
            rs.getString("reason"), rs.getLong("dropped_by"), instant(rs.getObject("dropped_at",
            OffsetDateTime.class)));
    private static final RowMapper<CompetencyOutcome> OUTCOME = (rs, ctx) -> new CompetencyOutcome(
            rs.getString("competency_code"), rs.getBoolean("discussed"),
            (Integer) rs.getObject("agreed_level", Integer.class), rs.getString("reason"), rs.getBoolean("opened"));
    private static final RowMapper<Vote> VOTE = (rs, ctx) -> new Vote(rs.getLong("member_id"),
            Columns.enumByName(rs, "outcome", Outcome.class), rs.getString("opinion"), rs.getBoolean("transcribed"));

    private final Jdbi jdbi;

    public JdbiInterviewRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Optional<Interview> interview(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM interview WHERE id = :id").bind("id", id)
                .map(INTERVIEW).findOne());
    }

    @Override
    public Optional<Interview> interviewOf(long campaignId, long candidateId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM interview WHERE campaign_id = :c AND "
                + "candidate_id = :d").bind("c", campaignId).bind("d", candidateId).map(INTERVIEW).findOne());
    }

    @Override
    public List<Interview> interviews(long sittingId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM interview WHERE sitting_id = :s ORDER BY id")
                .bind("s", sittingId).map(INTERVIEW).list());
    }

    @Override
    public long insertInterview(Interview i) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO interview (campaign_id, sitting_id, candidate_id, "
                        + "status, started_at, quorum_required) VALUES (:c, :s, :d, :status, :at, :quorum)")
                .bind("c", i.campaignId()).bind("s", i.sittingId()).bind("d", i.candidateId())
                .bind("status", i.status().name()).bind("at", time(i.startedAt()))
                .bind("quorum", i.quorumRequired())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void updateInterview(long id, InterviewStatus status, Outcome decision, String decisionReason) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE interview SET status = :status, decision = :decision, "
                        + "decision_reason = :reason WHERE id = :id").bind("id", id).bind("status", status.name())
                .bind("decision", decision == null ? null : decision.name()).bind("reason", decisionReason)
                .execute());
    }

    @Override
    public void insertRater(long interviewId, long memberId) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO interview_rater (interview_id, member_id) VALUES (:i, :m)")
                .bind("i", interviewId).bind("m", memberId).execute());
    }

    @Override
    public List<Rater> raters(long interviewId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.member_id, r.submitted_at, r.countersigned_at, m.full_name, "
                        + "m.role, m.account_id, m.deputy FROM interview_rater r JOIN panel_member m ON m.id = r.member_id "
                        + "WHERE r.interview_id = :i ORDER BY CASE m.role WHEN 'CHAIR' THEN 0 ELSE 1 END, "
                        + "m.full_name, m.id")
                .bind("i", interviewId).map(RATER).list());
    }

    @Override
    public void markSubmitted(long interviewId, long memberId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE interview_rater SET submitted_at = :at WHERE interview_id = :i "
                + "AND member_id = :m").bind("i", interviewId).bind("m", memberId).bind("at", time(at)).execute());
    }

    @Override
    public void markCountersigned(long interviewId, long memberId, long accountId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE interview_rater SET countersigned_by = :by, countersigned_at = :at "
                        + "WHERE interview_id = :i AND member_id = :m").bind("i", interviewId).bind("m", memberId)
                .bind("by", accountId).bind("at", time(at)).execute());
    }

    @Override
    public void appendScore(long interviewId, Score s) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO score_entry (interview_id, member_id, competency_code, "
                        + "level, evidence, entered_by, transcribed, entered_at) VALUES (:i, :m, :c, :level, "
                        + ":evidence, :by, :transcribed, :at)")
                .bind("i", interviewId).bind("m", s.memberId()).bind("c", s.competencyCode())
                .bind("level", s.level()).bind("evidence", s.evidence()).bind("by", s.enteredBy())
                .bind("transcribed", s.transcribed()).bind("at", time(s.enteredAt())).execute());
    }

    @Override
    public List<Score> sheet(long interviewId, long memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.* FROM score_entry s WHERE s.interview_id = :interview "
                        + "AND s.member_id = :m AND " + LATEST)
                .bind("interview", interviewId).bind("m", memberId).map(SCORE).list());
    }

    @Override
    public Optional<Score> latest(long interviewId, long memberId, String competencyCode) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM score_entry WHERE interview_id = :i AND "
                        + "member_id = :m AND competency_code = :c ORDER BY id DESC LIMIT 1")
                .bind("i", interviewId).bind("m", memberId).bind("c", competencyCode).map(SCORE).findOne());
    }

    @Override
    public List<Score> revealedScores(long interviewId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.* FROM score_entry s WHERE s.interview_id = "
                        + ":interview AND " + LATEST + " AND NOT " + SEALED + " ORDER BY s.member_id, s.id")
                .bind("interview", interviewId).map(SCORE).list());
    }

    @Override
    public void saveNote(Note n) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("UPDATE interview_note SET text = :text, written_by = :by, "
                            + "written_at = :at WHERE interview_id = :i AND member_id IS NOT DISTINCT FROM :m "
                            + "AND competency_code = :c AND question_index = :q")
                    .bind("i", n.interviewId()).bind("m", n.memberId()).bind("c", n.competencyCode())
                    .bind("q", n.questionIndex()).bind("text", n.text()).bind("by", n.writtenBy())
                    .bind("at", time(n.writtenAt())).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO interview_note (interview_id, member_id, competency_code, question_index, "
                                + "text, written_by, written_at) VALUES (:i, :m, :c, :q, :text, :by, :at)")
                        .bind("i", n.interviewId()).bind("m", n.memberId()).bind("c", n.competencyCode())
                        .bind("q", n.questionIndex()).bind("text", n.text()).bind("by", n.writtenBy())
                        .bind("at", time(n.writtenAt())).execute();
            }
        });
    }

    @Override
    public List<Note> notes(long interviewId, Long memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM interview_note WHERE interview_id = :i AND "
                        + "member_id IS NOT DISTINCT FROM :m ORDER BY competency_code, question_index")
                .bind("i", interviewId).bind("m", memberId).map(NOTE).list());
    }

    @Override
    public List<Note> revealedNotes(long interviewId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM interview_note WHERE interview_id = :interview "
                        + "AND (member_id IS NULL OR NOT " + SEALED + ") ORDER BY competency_code, "
                        + "question_index, member_id NULLS FIRST")
                .bind("interview", interviewId).map(NOTE).list());
    }

    @Override
    public List<DroppedQuestion> dropped(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM dropped_question WHERE campaign_id = :c "
                + "ORDER BY competency_code, question_index").bind("c", campaignId).map(DROPPED).list());
    }

    @Override
    public void insertDropped(DroppedQuestion d) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO dropped_question (campaign_id, competency_code, "
                        + "question_index, reason, dropped_by, dropped_at) VALUES (:c, :code, :q, :reason, :by, :at)")
                .bind("c", d.campaignId()).bind("code", d.competencyCode()).bind("q", d.questionIndex())
                .bind("reason", d.reason()).bind("by", d.droppedBy()).bind("at", time(d.droppedAt())).execute());
    }

    @Override
    public List<CompetencyOutcome> outcomes(long interviewId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM competency_outcome WHERE interview_id = :i")
                .bind("i", interviewId).map(OUTCOME).list());
    }

    @Override
    public void saveOutcome(long interviewId, CompetencyOutcome o) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO competency_outcome t USING (SELECT 1) s ON t.interview_id = :i AND "
                        + "t.competency_code = :c WHEN MATCHED THEN UPDATE SET discussed = :discussed, agreed_level "
                        + "= :level, reason = :reason, opened = :opened WHEN NOT MATCHED THEN INSERT (interview_id, "
                        + "competency_code, discussed, agreed_level, reason, opened) VALUES (:i, :c, :discussed, "
                        + ":level, :reason, :opened)")
                .bind("i", interviewId).bind("c", o.competencyCode()).bind("discussed", o.discussed())
                .bind("level", o.agreedLevel()).bind("reason", o.reason()).bind("opened", o.opened()).execute());
    }

    @Override
    public List<Vote> votes(long interviewId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM interview_vote WHERE interview_id = :i "
                + "ORDER BY member_id").bind("i", interviewId).map(VOTE).list());
    }

    @Override
    public void saveVote(long interviewId, Vote v) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO interview_vote t USING (SELECT 1) s ON t.interview_id = :i AND t.member_id = "
                        + ":m WHEN MATCHED THEN UPDATE SET outcome = :outcome, opinion = :opinion, transcribed = "
                        + ":transcribed WHEN NOT MATCHED THEN INSERT (interview_id, member_id, outcome, opinion, "
                        + "transcribed) VALUES (:i, :m, :outcome, :opinion, :transcribed)")
                .bind("i", interviewId).bind("m", v.memberId()).bind("outcome", v.outcome().name())
                .bind("opinion", v.opinion()).bind("transcribed", v.transcribed()).execute());
    }
}
