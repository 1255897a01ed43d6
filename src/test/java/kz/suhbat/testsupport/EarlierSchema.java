package kz.suhbat.testsupport;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/**
 * A plain (unencrypted) H2 file in {@code folder} brought to the schema an earlier Suhbat left, so that a
 * migration test can store rows the way that version did, then migrate to the newest schema.
 */
public final class EarlierSchema {

    private final Path folder;

    public EarlierSchema(Path folder) {
        this.folder = folder;
    }

    public String url() {
        return "jdbc:h2:file:" + folder.resolve("suhbat").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    /** Migrates up to {@code version} (e.g. "9"); to the newest schema when it is null. */
    public void migrateTo(String version) {
        var configuration = Flyway.configure().dataSource(url(), "suhbat", "").locations(kz.suhbat.common.db.H2Database.MIGRATIONS);
        (version == null ? configuration : configuration.target(version)).load().migrate();
    }
}
