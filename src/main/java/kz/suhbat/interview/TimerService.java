package kz.suhbat.interview;

import java.time.Duration;
import java.util.Map;
import kz.suhbat.security.Access;
import kz.suhbat.security.Operation;

/**
 * The guide's timers kept in storage: the secretary's guide writes down the time taken on each question
 * and step while the sitting runs; a guide opened again, the secretary's or a follower's, reads it back.
 * The timers are a working aid, not part of the record, so writing them is not audited.
 */
public final class TimerService {

    /** The longest name of a part: a competency code, a slash and the question's index. */
    static final int PART_LENGTH = 80;

    private final Access access;
    private final InterviewLookup lookup;
    private final TimerRepository timers;
    private final Runnable syncToDisk;

    /** {@code syncToDisk} forces what was written onto the disk, so a killed process or a power cut keeps it. */
    public TimerService(Access access, InterviewLookup lookup, TimerRepository timers, Runnable syncToDisk) {
        this.access = access;
        this.lookup = lookup;
        this.timers = timers;
        this.syncToDisk = syncToDisk;
    }

    /** The time taken on each part of the interview, as last written down. */
    public Map<String, Duration> elapsed(long interviewId) {
        lookup.readableInterview(access.require(Operation.INTERVIEW_READ), interviewId);
        return timers.elapsed(interviewId);
    }

    /** Writes down the time taken on the parts given; refused once the interview is finalised. */
    public void save(long interviewId, Map<String, Duration> elapsed) {
        access.require(Operation.INTERVIEW_RUN);
        elapsed.forEach((part, spent) -> {
            if (part.isBlank() || part.length() > PART_LENGTH || spent.isNegative()) {
                throw new IllegalArgumentException("Not a timer: " + part + " = " + spent);
            }
        });
        lookup.inProgress(interviewId);
        timers.save(interviewId, elapsed);
        syncToDisk.run();
    }
}
