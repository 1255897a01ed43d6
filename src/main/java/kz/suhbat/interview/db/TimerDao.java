package kz.suhbat.interview.db;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** SQL of the guide's timers. Used only by {@link JdbiTimerRepository}. */
interface TimerDao {

    @SqlQuery("SELECT part, elapsed_ms FROM interview_timer WHERE interview_id = :interview")
    @KeyColumn("part")
    @ValueColumn("elapsed_ms")
    Map<String, Long> elapsed(@Bind("interview") long interviewId);

    @SqlBatch("MERGE INTO interview_timer t USING (SELECT 1) s ON t.interview_id = :interview AND "
            + "t.part = :part WHEN MATCHED THEN UPDATE SET elapsed_ms = :ms WHEN NOT MATCHED THEN "
            + "INSERT (interview_id, part, elapsed_ms) VALUES (:interview, :part, :ms)")
    void save(@Bind("interview") long interviewId, @Bind("part") List<String> parts, @Bind("ms") List<Long> millis);
}
