package kz.suhbat.interview.db;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.suhbat.interview.TimerRepository;
import org.jdbi.v3.core.Jdbi;

/** The guide's timers in H2, in milliseconds; a write of several parts is one batch. */
public final class JdbiTimerRepository implements TimerRepository {

    private final Jdbi jdbi;

    public JdbiTimerRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<String, Duration> elapsed(long interviewId) {
        return jdbi.withExtension(TimerDao.class, dao -> dao.elapsed(interviewId)).entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Duration.ofMillis(e.getValue())));
    }

    @Override
    public void save(long interviewId, Map<String, Duration> elapsed) {
        if (elapsed.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>(elapsed.keySet());
        List<Long> millis = parts.stream().map(p -> elapsed.get(p).toMillis()).toList();
        jdbi.useExtension(TimerDao.class, dao -> dao.save(interviewId, parts, millis));
    }
}
