package kz.suhbat.security.db;

import java.util.Optional;
import kz.suhbat.common.db.Columns;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeRepository;
import kz.suhbat.security.Region;
import org.jdbi.v3.core.Jdbi;

/** The single office row in H2. */
public final class JdbiOfficeRepository implements OfficeRepository {

    private final Jdbi jdbi;

    public JdbiOfficeRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Office> load() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM office WHERE id = 1")
                .map((rs, ctx) -> new Office(rs.getString("name"), rs.getString("code"),
                        Columns.enumByName(rs, "region", Region.class), rs.getInt("lock_after_minutes"),
                        rs.getInt("backup_every_hours"), rs.getInt("backups_kept")))
                .findOne());
    }

    @Override
    public void save(Office office) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO office (id, name, code, region, lock_after_minutes, "
                        + "backup_every_hours, backups_kept) KEY (id) VALUES (1, :name, :code, :region, :lock, "
                        + ":every, :kept)")
                .bind("name", office.name())
                .bind("code", office.code())
                .bind("region", office.region().name())
                .bind("lock", office.lockAfterMinutes())
                .bind("every", office.backupEveryHours())
                .bind("kept", office.backupsKept())
                .execute());
    }
}
