package kz.suhbat.interview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.suhbat.scoring.CompetencyOutcome;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.scoring.Score;
import kz.suhbat.scoring.Vote;

/**
 * Where interviews, score sheets, notes and deliberations are kept. Scores are appended, never
 * overwritten: a sheet's current score per competency is its latest entry. The only way to read other
 * members' scores and notes, {@link #revealedScores} and {@link #revealedNotes}, returns nothing until
 * every rater of the interview has submitted: the rule of independent scoring holds in the storage too.
 */
public interface InterviewRepository {

    Optional<Interview> interview(long id);

    Optional<Interview> interviewOf(long campaignId, long candidateId);

    List<Interview> interviews(long sittingId);

    long insertInterview(Interview interview);

    void updateInterview(long id, InterviewStatus status, Outcome decision, String decisionReason);

    void insertRater(long interviewId, long memberId);

    List<Rater> raters(long interviewId);

    void markSubmitted(long interviewId, long memberId, Instant at);

    /** Records that the member confirmed the transcription of their paper sheet: by which account, when. */
    void markCountersigned(long interviewId, long memberId, long accountId, Instant at);

    void appendScore(long interviewId, Score score);

    /** One member's current scores, for their own sheet. */
    List<Score> sheet(long interviewId, long memberId);

    /** The newest entry of one competency on one member's sheet. */
    Optional<Score> latest(long interviewId, long memberId, String competencyCode);

    /** Every rater's current scores, only once all raters have submitted; empty before. */
    List<Score> revealedScores(long interviewId);

    void saveNote(Note note);

    List<Note> notes(long interviewId, Long memberId);

    /** Every note, the members' own only once all raters have submitted. */
    List<Note> revealedNotes(long interviewId);

    List<DroppedQuestion> dropped(long campaignId);

    void insertDropped(DroppedQuestion dropped);

    List<CompetencyOutcome> outcomes(long interviewId);

    void saveOutcome(long interviewId, CompetencyOutcome outcome);

    List<Vote> votes(long interviewId);

    void saveVote(long interviewId, Vote vote);
}
