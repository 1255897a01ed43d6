package kz.suhbat.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of restoring a backup into a fresh data folder: every table of the backup's manifest
 * compared with the restored copy by row count and digest.
 */
public record RestoreReport(Path folder, List<TableCheck> tables) {

    public record TableCheck(String table, long expectedRows, long restoredRows, boolean matches) {
    }

    public boolean intact() {
        return !tables.isEmpty() && tables.stream().allMatch(TableCheck::matches);
    }

    public long rows() {
        return tables.stream().mapToLong(TableCheck::restoredRows).sum();
    }
}
