package kz.suhbat.devices;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.InterviewException;
import kz.suhbat.interview.InterviewGuide;
import kz.suhbat.interview.Note;
import kz.suhbat.interview.Rater;
import kz.suhbat.interview.ScoreSheet;
import kz.suhbat.interview.SheetKey;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.scoring.Score;
import kz.suhbat.security.Account;
import kz.suhbat.security.Operation;

/**
 * The members' devices of one open sitting: who is signed in from which device, what each device
 * shows, and the entries they send. Every request runs through the member's own {@link MemberSeat}, so
 * the shared screen's rules hold for it unchanged: a member reaches only their own sheet, only while
 * the interview is under way, and sees nobody's levels before every sheet is in. An entry is stored
 * durably before the device is told it is saved, and an entry sent again with the value already stored
 * changes nothing, so a device that lost the network may send again what it is unsure of.
 */
public final class RoomDesk {

    /** A device not heard from for this long is no longer shown as connected. */
    public static final Duration CONNECTED_WITHIN = Duration.ofSeconds(20);
    /** A session not used for this long ends. */
    static final Duration IDLE_LIMIT = Duration.ofHours(4);

    private final long sittingId;
    private final Set<Long> votingAccounts;
    private final MemberSignIn signIn;
    private final Function<Account, MemberSeat> seats;
    private final Consumer<Account> signedIn;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, DeviceSession> sessions = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** {@code signedIn} is told of each member who signs in from a device (the audit trail records it). */
    public RoomDesk(long sittingId, Set<Long> votingAccounts, MemberSignIn signIn,
                    Function<Account, MemberSeat> seats, Consumer<Account> signedIn, Clock clock, SecureRandom random) {
        this.sittingId = sittingId;
        this.votingAccounts = Set.copyOf(votingAccounts);
        this.signIn = signIn;
        this.seats = seats;
        this.signedIn = signedIn;
        this.clock = clock;
        this.random = random;
    }

    public long sittingId() {
        return sittingId;
    }

    /**
     * Signs a member in from a device with their own login and password. Refused, and nothing kept,
     * when the password is wrong (counted and slowed down as in the window) or the account is not one of
     * the voting members of the sitting's panel ({@code votingAccounts}, as the desk was opened).
     */
    public DeviceSession signIn(String login, char[] password, Language language) {
        requireOpen();
        Account account = signIn.verify(login, password);
        if (!votingAccounts.contains(account.id()) || !Operation.SCORE_ENTER.allows(account.role())) {
            throw new RoomException(RoomException.Reason.NOT_ON_PANEL);
        }
        MemberSeat seat = seats.apply(account);
        signedIn.accept(account);
        DeviceSession session = new DeviceSession(secret(), secret(), seat, language, clock.instant());
        sessions.put(session.token(), session);
        return session;
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The session a device's token names, while it lasts; the device is marked as heard from. */
    public Optional<DeviceSession> session(String token) {
        if (closed || token == null) {
            return Optional.empty();
        }
        DeviceSession session = sessions.get(token);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (session.lastSeen().plus(IDLE_LIMIT).isBefore(now)) {
            end(session);
            return Optional.empty();
        }
        session.seen(now);
        return Optional.of(session);
    }

    public void signOut(DeviceSession session) {
        end(session);
    }

    private void end(DeviceSession session) {
        if (sessions.remove(session.token()) != null) {
            synchronized (session) {
                session.closeSheets();
            }
        }
    }

    /** What the member's device shows now. */
    public MemberScreen screen(DeviceSession session) {
        synchronized (session) {
            requireLive(session);
            MemberSeat seat = session.seat();
            Optional<Current> current = current(session);
            if (current.isEmpty()) {
                return new MemberScreen.Waiting();
            }
            long interviewId = current.get().interview().id();
            InterviewGuide guide = seat.interviews().guide(interviewId);
            if (!current.get().rater().submitted()) {
                return new MemberScreen.Scoring(guide, seat.scoring().sheet(session.sheet(interviewId)));
            }
            try {
                Deliberation deliberation = seat.deliberation().deliberation(interviewId);
                List<Outcome> outcomes = deliberation.outcomes().stream().sorted().toList();
                return new MemberScreen.Voting(guide, outcomes, deliberation.vote(current.get().rater().memberId()));
            } catch (InterviewException e) {
                if (e.reason() != InterviewException.Reason.NOT_REVEALED) {
                    throw e;
                }
                List<Rater> raters = seat.interviews().raters(interviewId);
                return new MemberScreen.Submitted(guide, raters.stream().filter(Rater::submitted).count(),
                        raters.size());
            }
        }
    }

    private record Current(Interview interview, Rater rater) {
    }

    /** The newest interview under way at the sitting that the member scores. */
    private Optional<Current> current(DeviceSession session) {
        MemberSeat seat = session.seat();
        List<Interview> underWay = seat.interviews().interviews(sittingId).stream()
                .filter(i -> !i.finalised())
                .sorted(Comparator.comparing(Interview::startedAt).reversed()).toList();
        for (Interview interview : underWay) {
            Optional<Rater> rater = seat.interviews().raters(interview.id()).stream()
                    .filter(r -> Objects.equals(r.accountId(), session.accountId())).findFirst();
            if (rater.isPresent()) {
                return Optional.of(new Current(interview, rater.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Stores one entry of the member's own sheet of an interview under way at this sitting, durably,
     * unless the sheet already holds that value.
     */
    public void enter(DeviceSession session, long interviewId, SheetEntry entry) {
        synchronized (session) {
            requireLive(session);
            requireAtSitting(session, interviewId);
            SheetKey key = session.sheet(interviewId);
            ScoreSheet sheet = session.seat().scoring().sheet(key);
            if (!sheet.competencyCodes().contains(entry.competencyCode())) {
                throw new RoomException(RoomException.Reason.UNKNOWN_FIELD);
            }
            if (holds(sheet, entry)) {
                return;
            }
            switch (entry.kind()) {
                case LEVEL -> session.seat().scoring().score(key, entry.competencyCode(), entry.level());
                case EVIDENCE -> session.seat().scoring().evidence(key, entry.competencyCode(), entry.value());
                case NOTE -> session.seat().scoring().note(key, entry.competencyCode(), entry.questionIndex(),
                        entry.value());
            }
        }
    }

    private static boolean holds(ScoreSheet sheet, SheetEntry entry) {
        Optional<Score> score = sheet.score(entry.competencyCode());
        return switch (entry.kind()) {
            case LEVEL -> score.map(Score::level).filter(level -> level == entry.level()).isPresent();
            case EVIDENCE -> score.map(Score::evidence).orElse("").equals(entry.value());
            case NOTE -> sheet.notes().stream()
                    .filter(n -> n.competencyCode().equals(entry.competencyCode())
                            && n.questionIndex() == entry.questionIndex())
                    .map(Note::text).findFirst().orElse("").equals(entry.value().strip());
        };
    }

    /** Submits the member's sheet of the interview: complete, then locked. */
    public void submit(DeviceSession session, long interviewId) {
        synchronized (session) {
            requireLive(session);
            requireAtSitting(session, interviewId);
            session.seat().scoring().submit(session.sheet(interviewId));
        }
    }

    /** Records the member's vote (and separate opinion), confirmed by their password. */
    public void vote(DeviceSession session, long interviewId, Outcome outcome, String opinion, char[] password) {
        synchronized (session) {
            requireLive(session);
            requireAtSitting(session, interviewId);
            session.seat().deliberation().voteOwn(interviewId, outcome, opinion, password);
        }
    }

    private void requireAtSitting(DeviceSession session, long interviewId) {
        boolean here = session.seat().interviews().interviews(sittingId).stream()
                .anyMatch(i -> i.id() == interviewId);
        if (!here) {
            throw new RoomException(RoomException.Reason.NOT_CURRENT);
        }
    }

    private void requireLive(DeviceSession session) {
        requireOpen();
        if (sessions.get(session.token()) != session) {
            throw new RoomException(RoomException.Reason.SIGNED_OUT);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new RoomException(RoomException.Reason.SIGNED_OUT);
        }
    }

    /** When each signed-in account's device was last heard from (the newest of its devices). */
    public Map<Long, Instant> lastSeen() {
        Map<Long, Instant> seen = new HashMap<>();
        for (DeviceSession session : sessions.values()) {
            seen.merge(session.accountId(), session.lastSeen(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return seen;
    }

    /** Ends every session: the devices are signed out and their requests refused from now on. */
    public void close() {
        closed = true;
        List.copyOf(sessions.values()).forEach(this::end);
    }

    public boolean closed() {
        return closed;
    }
}
