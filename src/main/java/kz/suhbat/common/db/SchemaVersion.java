package kz.suhbat.common.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The schema version this build expects, and the one a database file has. When they match, opening
 * skips Flyway altogether: it is the slowest part of a start, and there is nothing for it to do.
 */
public final class SchemaVersion {

    /** The highest {@code V<n>__*.sql} in {@code db/migration}'s folders; a test keeps the two in step. */
    static final int LATEST = 25;

    /** The version from which audit entries and interview records are sealed with the audit key. */
    public static final int SEALED_TRAIL = 14;

    private SchemaVersion() {
    }

    /** The highest successfully applied migration, or -1 for a new or foreign database. */
    static int installed(DataSource dataSource, String schema) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet tables = connection.getMetaData().getTables(null, schema, "flyway_schema_history",
                    null)) {
                if (!tables.next()) {
                    return -1;
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM "
                    + "\"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
                return rs.next() && rs.getObject(1) != null ? rs.getInt(1) : -1;
            }
        } catch (SQLException e) {
            return -1;
        }
    }
}
