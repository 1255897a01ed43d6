package kz.suhbat.interview;

import java.time.Duration;
import java.util.Map;

/** Where the time taken on each part of an interview is kept. */
public interface TimerRepository {

    Map<String, Duration> elapsed(long interviewId);

    /** Writes the parts given; the interview's other parts keep their time. */
    void save(long interviewId, Map<String, Duration> elapsed);
}
