package kz.suhbat.exchange.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.suhbat.common.db.Database;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows written in bulk read back exactly as given, on whichever engine the run uses (batches on H2, CSV
 * through COPY on PostgreSQL): quotes, commas, line breaks, an empty text apart from a missing one,
 * Kazakh letters, exact decimals, flags and dates, and more rows than one batch holds.
 */
class BulkRowsTest {

    private static final KeyDerivation FAST = new KeyDerivation(1_000);

    @TempDir
    Path folder;

    @Test
    void everyValueReadsBackAsWritten() throws Exception {
        TestOffice.create(folder, FAST).close();
        List<List<Object>> written = new ArrayList<>();
        written.add(Arrays.asList(1L, "Әсем \"Ақ\" Нұр, қызы", "бірінші жол\nекінші жол", true,
                new BigDecimal("3.1250"), Date.valueOf(LocalDate.of(2026, 12, 6)), 5));
        written.add(Arrays.asList(2L, "", null, false, new BigDecimal("-0.0001"), null, null));
        written.add(Arrays.asList(3L, "\\N ,\"\" ;'", "\r\n\t", null, null, Date.valueOf(LocalDate.of(2017, 1, 31)), 0));
        for (long id = 4; id < 4 + BulkRows.BATCH + 7; id++) {
            written.add(Arrays.asList(id, "Қатар " + id, "", id % 2 == 0, BigDecimal.valueOf(id, 4), null, (int) id % 6));
        }
        try (Database database = TestOffice.openDatabase(new kz.suhbat.common.db.DataFolder(folder,
                kz.suhbat.common.db.DataFolder.Kind.EXPLICIT), FAST); Handle handle = database.jdbi().open()) {
            handle.execute("CREATE TABLE bulk_probe (id BIGINT PRIMARY KEY, name VARCHAR(200), note VARCHAR(200), "
                    + "flag BOOLEAN, amount DECIMAL(10, 4), held_on DATE, level INT)");
            Connection connection = handle.getConnection();
            try (BulkRows rows = BulkRows.into(connection, "bulk_probe", "id", "name", "note", "flag", "amount", "held_on",
                    "level")) {
                for (List<Object> row : written) {
                    rows.add(row.toArray());
                }
                rows.finish();
            }
            List<List<Object>> read = handle.createQuery("SELECT * FROM bulk_probe ORDER BY id").map((rs, ctx) -> {
                Object level = rs.getObject("level");
                return Arrays.<Object>asList(rs.getLong("id"), rs.getString("name"), rs.getString("note"),
                        (Boolean) rs.getObject("flag"), rs.getBigDecimal("amount"), rs.getDate("held_on"),
                        level == null ? null : ((Number) level).intValue());
            }).list();
            assertEquals(written.size(), read.size());
            for (int i = 0; i < written.size(); i++) {
                assertEquals(written.get(i), read.get(i), "row " + (i + 1));
            }
        }
    }
}
