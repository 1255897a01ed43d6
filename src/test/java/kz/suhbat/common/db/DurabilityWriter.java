package kz.suhbat.common.db;

import kz.suhbat.testsupport.TestKeys;
import java.nio.file.Path;

/**
 * Child process of {@link DurabilityTest}: commits rows one by one through {@link Database} and prints
 * "saved N" only after each commit has returned, as the UI shows "saved" only then.
 */
public final class DurabilityWriter {

    private DurabilityWriter() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int start = Integer.parseInt(args[1]);
        Database database = H2Database.open(folder, TestKeys.KEY);
        for (int i = start; ; i++) {
            int number = i;
            database.jdbi().useTransaction(handle -> handle.createUpdate(
                    "INSERT INTO framework (code, version, status, name_kk, name_ru, name_en, description_kk, "
                            + "description_ru, description_en, created_at, updated_at) VALUES (:code, 1, 'DRAFT', 'к', 'р', "
                            + "'e', '', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .bind("code", "K" + number).execute());
            System.out.println("saved " + number);
            System.out.flush();
        }
    }
}
