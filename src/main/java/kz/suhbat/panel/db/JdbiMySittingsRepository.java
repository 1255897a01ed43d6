package kz.suhbat.panel.db;

import java.time.LocalDate;
import java.util.List;
import kz.suhbat.panel.MySittingsRepository;
import org.jdbi.v3.core.Jdbi;

/** A panel member's sittings and their candidates' state, read from H2. */
public final class JdbiMySittingsRepository implements MySittingsRepository {

    private final Jdbi jdbi;

    public JdbiMySittingsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Seat> seats(long accountId, LocalDate from) {
        return jdbi.withExtension(MySittingsDao.class, dao -> dao.seats(accountId, from));
    }

    @Override
    public List<SlotState> slots(long sittingId, long memberId) {
        return jdbi.withExtension(MySittingsDao.class, dao -> dao.slots(sittingId, memberId));
    }
}
