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
import kz.suhbat.scoring.Score;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.AccountRepository;
import kz.suhbat.security.Operation;

/**
 * Independent scoring. A member opens their own sheet with their own password (on the shared machine
 * or signed in themselves), or the secretary opens it to transcribe the member's signed paper sheet.
 * What a member types on their own sheet is theirs: stored and audited under the member's account even
 * while the secretary is signed in. A transcription is the secretary's, and counts as the member's
 * own only once the member has read it on screen and countersigned it with their password. Every level
 * and evidence is committed in its own transaction and forced onto the disk before the call returns,
 * so what the screen shows as saved survives a killed program and a power cut. A submitted sheet is
 * locked. Nothing here returns another member's scores: those are revealed by the deliberation once
 * every rater has submitted; nor, through a transcription, the member's own entries on the machine.
 */
public final class ScoringService {

    private final Access access;
    private final InterviewLookup lookup;
    private final MemberCredentials credentials;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;
    private final Map<String, SheetKey> open = new ConcurrentHashMap<>();

    /** {@code transactor} forces each committed entry onto the disk, so it survives a power cut too. */
    public ScoringService(Access access, InterviewLookup lookup, MemberCredentials credentials,
                          AccountRepository accounts, AuditTrail audit, Transactor transactor, Clock clock) {
        this.access = access;
        this.lookup = lookup;
        this.credentials = credentials;
        this.accounts = accounts;
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
        return issue(interview, rater, false, session, member(rater));
    }

    /**
     * Opens the sheet of the member who is signed in themselves, on their own device: the session was
     * opened with the member's own password, so no second one is asked. Refused to anyone who does not
     * score the candidate.
     */
    public SheetKey openOwn(long interviewId) {
        Account member = access.require(Operation.SCORE_ENTER);
        Interview interview = lookup.inProgress(interviewId);
        Rater rater = lookup.raterOfAccount(interviewId, member.id());
        return issue(interview, rater, false, member, member);
    }

    private Account member(Rater rater) {
        return accounts.find(rater.accountId()).filter(Account::active).orElseThrow(
                () -> new InterviewException(InterviewException.Reason.NO_ACCOUNT, rater.fullName()));
    }

    /**
     * Opens a member's sheet for the secretary to type in their signed paper sheet; every entry is marked
     * as transcribed by the secretary. Refused when the member has begun to score on the machine, and the
     * key stops working as soon as the member enters anything themselves.
     */
    public SheetKey transcribe(long interviewId, long memberId) {
        Account secretary = access.require(Operation.SCORE_TRANSCRIBE);
        Interview interview = lookup.inProgress(interviewId);
        Rater rater = lookup.rater(interviewId, memberId);
        refuseIfMemberStarted(rater, interviewId);
        return issue(interview, rater, true, secretary, secretary);
    }

    /** Refuses a transcription of a sheet on which the member has entered a level, evidence or note. */
    private void refuseIfMemberStarted(Rater rater, long interviewId) {
        boolean scored = lookup.interviews().sheet(interviewId, rater.memberId()).stream()
                .anyMatch(s -> !s.transcribed());
        boolean noted = rater.accountId() != null && lookup.interviews().notes(interviewId, rater.memberId()).stream()
                .anyMatch(n -> n.writtenBy() == rater.accountId());
        if (scored || noted) {
            throw new InterviewException(InterviewException.Reason.SHEET_IN_OTHER_HANDS, rater.fullName());
        }
    }

    private SheetKey issue(Interview interview, Rater rater, boolean transcription, Account session,
                           Account author) {
        Campaign campaign = lookup.campaign(interview.campaignId());
        Framework framework = lookup.framework(campaign);
        List<String> codes = lookup.profile(campaign, interview).competencies().stream().map(ProfileCompetency::competencyCode)
                .toList();
        SheetKey key = new SheetKey(interview.id(), rater.memberId(), rater.fullName(), transcription, session.id(),
                author, codes, framework.scale().lowest(), framework.scale().highest());
        open.put(key.token(), key);
        return key;
    }

    /** The sheet as it stands: this member's scores and notes only. */
    public ScoreSheet sheet(SheetKey key) {
        check(key);
        return read(key);
    }

    private ScoreSheet read(SheetKey key) {
        Rater rater = lookup.rater(key.interviewId(), key.memberId());
        return new ScoreSheet(key.interviewId(), key.memberId(), key.memberName(), key.competencyCodes(),
                lookup.interviews().sheet(key.interviewId(), key.memberId()),
                lookup.interviews().notes(key.interviewId(), key.memberId()), rater.submitted(),
                rater.countersigned());
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
        check(key);
        Account account = key.author();
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
        check(key);
        Account account = key.author();
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
        check(key);
        Account account = key.author();
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

    /**
     * The member confirms the secretary's transcription of their paper sheet: having read it on screen,
     * they type their own password. The sheet must be complete; it is submitted if it was not yet, and
     * from then on the protocol and the reveal show it as confirmed by the member. A wrong password
     * stores nothing. Without this a transcription still counts, marked as not confirmed by the member.
     */
    public ScoreSheet countersign(SheetKey key, char[] password) {
        check(key);
        if (!key.transcription()) {
            throw new InterviewException(InterviewException.Reason.NOT_TRANSCRIBED);
        }
        Rater rater = lookup.rater(key.interviewId(), key.memberId());
        if (rater.accountId() == null) {
            throw new InterviewException(InterviewException.Reason.NO_ACCOUNT, rater.fullName());
        }
        try {
            credentials.verify(rater.accountId(), password);
        } catch (InterviewException wrong) {
            throw wrong.reason() == InterviewException.Reason.WRONG_PASSWORD
                    ? new InterviewException(InterviewException.Reason.WRONG_COUNTERSIGN, rater.fullName()) : wrong;
        }
        Account member = member(rater);
        return transactor.inTransaction(() -> {
            lookup.inProgress(key.interviewId());
            Rater current = lookup.rater(key.interviewId(), key.memberId());
            if (current.countersigned()) {
                throw new InterviewException(InterviewException.Reason.ALREADY_COUNTERSIGNED, rater.fullName());
            }
            ScoreSheet sheet = read(key);
            if (!sheet.complete()) {
                throw new InterviewException(InterviewException.Reason.SHEET_INCOMPLETE, sheet.missing().size());
            }
            if (!current.submitted()) {
                lookup.interviews().markSubmitted(key.interviewId(), key.memberId(), clock.instant());
            }
            lookup.interviews().markCountersigned(key.interviewId(), key.memberId(), member.id(), clock.instant());
            audit.record(member, AuditAction.SHEET_SUBMIT, InterviewService.INTERVIEW, key.interviewId(), null,
                    Map.of("member", key.memberId(), "transcribed", true, "countersigned", true));
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
        if (key.transcription()) {
            overtaken(key);
        }
        return account;
    }

    /**
     * A transcription stops once the member has entered anything on the machine themselves: its key is
     * closed, so it can neither read the member's own entries nor write over them.
     */
    private void overtaken(SheetKey key) {
        try {
            refuseIfMemberStarted(lookup.rater(key.interviewId(), key.memberId()), key.interviewId());
        } catch (InterviewException e) {
            open.remove(key.token());
            throw e;
        }
    }

    private void writable(SheetKey key) {
        lookup.inProgress(key.interviewId());
        if (lookup.rater(key.interviewId(), key.memberId()).submitted()) {
            throw new InterviewException(InterviewException.Reason.SHEET_SUBMITTED);
        }
    }
}
