package kz.suhbat.common.db;

import java.nio.file.Path;
import kz.suhbat.testsupport.TestKeys;

/**
 * Child process of {@link BackupDurabilityTest}: fills and churns a table (so the store has chunks to
 * rewrite, as after the demo's first set-up), copies the database as a backup does, then commits one row,
 * prints "saved" once the commit and its sync have returned, and waits to be killed.
 */
public final class BackupThenWriter {

    static final int ROWS = 20_000;

    private BackupThenWriter() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args[0]);
        Path copy = Path.of(args[1]);
        Database database = H2Database.open(folder, TestKeys.KEY);
        database.jdbi().useHandle(handle -> {
            handle.execute("CREATE TABLE filler (id INT PRIMARY KEY, v VARCHAR(1000))");
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < ROWS; i++) {
                    // one commit each, as the screens write
                    handle.createUpdate("MERGE INTO filler KEY (id) VALUES (:id, REPEAT(:v, 50))")
                            .bind("id", i).bind("v", "x" + round).execute();
                }
                handle.execute("DELETE FROM filler WHERE MOD(id, 3) = " + (round % 3));
            }
        });
        database.copyTo(copy, TestKeys.KEY, copy.resolveSibling("copy.sql"));
        database.jdbi().useTransaction(handle -> handle.execute(
                "INSERT INTO framework (code, version, status, name_kk, name_ru, name_en, description_kk, "
                        + "description_ru, description_en, created_at, updated_at) VALUES ('AFTER', 1, 'DRAFT', 'к', "
                        + "'р', 'e', '', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
        database.syncToDisk();
        System.out.println("saved");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
