package kz.suhbat.interview;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.Transactor;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Operation;

/**
 * Independent scoring. A member opens their own sheet with their own password (on the shared machine
 * or signed in themselves), or the secretary opens it to transcribe the member's signed paper sheet.
 * Every level and evidence is committed in its own transaction and forced onto the disk before the
 * call returns, so what the screen shows as saved survives a killed program and a power cut. A submitted sheet is locked. Nothing here returns another member's
 * scores: those are revealed by the deliberation once every rater has submitted.
 */
public final class ScoringService {

    private final Access access;
    private final InterviewLookup lookup;
    private final MemberCredentials credentials;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;
    private final Map<String, SheetKey> open = new ConcurrentHashMap<>();

    /** {@code transactor} forces each committed entry onto the disk, so it survives a power cut too. */
    public ScoringService(Access access, InterviewLookup lookup, MemberCredentials credentials, AuditTrail audit,
                          Transactor transactor, Clock clock) {
        this.access = access;
        this.lookup = lookup;
        this.credentials = credentials;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
    }

    /** Opens a member's own sheet with the member's password. */
    public SheetKey unlock(long interviewId, long memberId, char[] password) {
        Account session = access.require(Operation.SCORE_ENTER);
        Interview interview = lookup.inProgress(interviewId);
        Rater rater = lookup.rater(interviewId, memberId);
        if (rater.accountId() == null) {
            throw new InterviewException(InterviewException.Reason.NO_ACCOUNT, rater.fullName());
        }
        credentials.verify(rater.accountId(), password);
        return issue(interview, rater, false, session);
    }

    /**
     * Opens a member's sheet for the secretary to type in their signed paper sheet; every entry is marked
     * as transcribed by the secretary. Refused when the member has begun to score on the machine.
     */
    public SheetKey transcribe(long interviewId, long memberId) {
        Account secretary = access.require(Operation.SCORE_TRANSCRIBE);
        Interview interview = lookup.inProgress(interviewId);
        Rater rater = lookup.rater(interviewId, memberId);
        if (lookup.interviews().sheet(interviewId, memberId).stream().anyMatch(s -> !s.transcribed())) {
            throw new InterviewException(InterviewException.Reason.SHEET_IN_OTHER_HANDS, rater.fullName());
        }
        return issue(interview, rater, true, secretary);
    }

    private SheetKey issue(Interview interview, Rater rater, boolean transcription, Account session) {
        Campaign campaign = lookup.campaign(interview.campaignId());
        Framework framework = lookup.framework(campaign);
        List<String> codes = lookup.profile(campaign, interview).competencies().stream().map(ProfileCompetency::competencyCode)
                .toList();
        SheetKey key = new SheetKey(interview.id(), rater.memberId(), rater.fullName(), transcription, session.id(),
                codes, framework.scale().lowest(), framework.scale().highest());
        open.put(key.token(), key);
        return key;
    }

    /** The sheet as it stands: this member's scores and notes only. */
    public ScoreSheet sheet(SheetKey key) {
        check(key);
        return read(key);
    }

    private ScoreSheet read(SheetKey key) {
        boolean submitted = lookup.rater(key.interviewId(), key.memberId()).submitted();
        return new ScoreSheet(key.interviewId(), key.memberId(), key.memberName(), key.competencyCodes(),
                lookup.interviews().sheet(key.interviewId(), key.memberId()),
                lookup.interviews().notes(key.interviewId(), key.memberId()), submitted);
    }

    /** Gives a competency its level; stored durably before this returns. */
    public Score score(SheetKey key, String competencyCode, int level) {
        check(key);
        if (level < key.lowest() || level > key.highest()) {
            throw new InterviewException(InterviewException.Reason.LEVEL_OFF_SCALE, key.lowest(), key.highest());
        }
        return enter(key, competencyCode, previous -> new Score(key.memberId(), competencyCode, level,
                previous == null ? "" : previous.evidence(), 0, key.transcription(), null));
    }

    /** Sets the evidence cited for a competency's score; stored durably before this returns. */
    public Score evidence(SheetKey key, String competencyCode, String evidence) {
        return enter(key, competencyCode, previous -> new Score(key.memberId(), competencyCode,
                previous == null ? null : previous.level(), evidence, 0, key.transcription(), null));
    }

    private Score enter(SheetKey key, String competencyCode, java.util.function.UnaryOperator<Score> change) {
        Account account = check(key);
        if (!key.competencyCodes().contains(competencyCode)) {
            throw new InterviewException(InterviewException.Reason.UNKNOWN_COMPETENCY);
        }
        return transactor.inTransaction(() -> {
            writable(key);
            Score previous = lookup.interviews().latest(key.interviewId(), key.memberId(), competencyCode)
                    .orElse(null);
            Score draft = change.apply(previous);
            Score entered = new Score(key.memberId(), competencyCode, draft.level(), draft.evidence(), account.id(),
                    key.transcription(), clock.instant());
            lookup.interviews().appendScore(key.interviewId(), entered);
            audit.record(account, AuditAction.SCORE_ENTER, InterviewService.INTERVIEW, key.interviewId(), null,
                    sealed(key, competencyCode));
            return entered;
        });
    }

    /**
     * The audit entry of a score names the sheet and competency but not the value: the audit trail is
     * read by people who must not see a score before the reveal. The values, with who entered them and
     * when, are the sheet's own history, revealed with the scores.
     */
    private static Map<String, Object> sealed(SheetKey key, String competencyCode) {
        return Map.of("member", key.memberId(), "competency", competencyCode, "transcribed", key.transcription());
    }

    /** Saves the member's own note on a question; kept private until the reveal. */
    public Note note(SheetKey key, String competencyCode, int questionIndex, String text) {
        Account account = check(key);
        if (!key.competencyCodes().contains(competencyCode) || questionIndex < 0) {
            throw new InterviewException(InterviewException.Reason.UNKNOWN_QUESTION);
        }
        return transactor.inTransaction(() -> {
            writable(key);
            Note note = new Note(key.interviewId(), key.memberId(), competencyCode, questionIndex, text, account.id(),
                    clock.instant());
            lookup.interviews().saveNote(note);
            audit.record(account, AuditAction.NOTE_WRITE, InterviewService.INTERVIEW, key.interviewId(), null,
                    sealed(key, competencyCode));
            return note;
        });
    }

    /** Submits the sheet: every competency needs a level and evidence. The sheet is locked after. */
    public ScoreSheet submit(SheetKey key) {
        Account account = check(key);
        return transactor.inTransaction(() -> {
            writable(key);
            ScoreSheet sheet = read(key);
            if (!sheet.complete()) {
                throw new InterviewException(InterviewException.Reason.SHEET_INCOMPLETE, sheet.missing().size());
            }
            lookup.interviews().markSubmitted(key.interviewId(), key.memberId(), clock.instant());
            audit.record(account, AuditAction.SHEET_SUBMIT, InterviewService.INTERVIEW, key.interviewId(), null,
                    Map.of("member", key.memberId(), "transcribed", key.transcription()));
            return read(key);
        });
    }

    /** Closes the sheet: the key no longer opens it. */
    public void close(SheetKey key) {
        access.require(Operation.SCORE_ENTER);
        if (key != null) {
            open.remove(key.token());
        }
    }

    private Account check(SheetKey key) {
        Account account = access.require(Operation.SCORE_ENTER);
        if (key == null || open.get(key.token()) != key) {
            throw new InterviewException(InterviewException.Reason.SHEET_CLOSED);
        }
        if (key.transcription()) {
            access.require(Operation.SCORE_TRANSCRIBE);
        }
        if (key.openedBy() != account.id()) {
            throw new InterviewException(InterviewException.Reason.SHEET_CLOSED);
        }
        return account;
    }

    private void writable(SheetKey key) {
        lookup.inProgress(key.interviewId());
        if (lookup.rater(key.interviewId(), key.memberId()).submitted()) {
            throw new InterviewException(InterviewException.Reason.SHEET_SUBMITTED);
        }
    }
}
