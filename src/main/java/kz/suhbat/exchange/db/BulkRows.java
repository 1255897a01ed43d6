package kz.suhbat.exchange.db;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * The rows of one table that an import writes, in bulk: on H2 a prepared insert sent in batches of
 * {@value #BATCH}; on PostgreSQL one {@code COPY … FROM STDIN} through the driver's COPY API, the fastest
 * way into the server (one package's rows are held as CSV until {@link #finish}). Which one is decided
 * here alone, by the connection's driver.
 */
public abstract class BulkRows implements AutoCloseable {

    static final int BATCH = 5_000;

    /** Rows for {@code table}'s {@code columns}, on {@code connection}. */
    public static BulkRows into(Connection connection, String table, String... columns) throws SQLException {
        String names = String.join(", ", columns);
        if (connection.isWrapperFor(PGConnection.class)) {
            return new Copy(connection.unwrap(PGConnection.class), "COPY " + table + " (" + names
                    + ") FROM STDIN (FORMAT csv)");
        }
        return new Batched(connection.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES ("
                + "?, ".repeat(columns.length - 1) + "?)"));
    }

    /** Adds a row: its values in the order of the columns (null for SQL NULL). */
    public abstract void add(Object... values) throws SQLException;

    /** Writes every row not yet written. */
    public abstract void finish() throws SQLException;

    @Override
    public void close() throws SQLException {
    }

    private static final class Batched extends BulkRows {
        private final PreparedStatement statement;
        private int pending;

        Batched(PreparedStatement statement) {
            this.statement = statement;
        }

        @Override
        public void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (++pending >= BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void finish() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    private static final class Copy extends BulkRows {
        private final PGConnection connection;
        private final String sql;
        private final StringBuilder csv = new StringBuilder(1 << 16);

        Copy(PGConnection connection, String sql) {
            this.connection = connection;
            this.sql = sql;
        }

        @Override
        public void add(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                append(values[i]);
            }
            csv.append('\n');
        }

        /** CSV as COPY reads it: an unquoted empty field is NULL, so every text is quoted. */
        private void append(Object value) {
            if (value == null) {
                return;
            }
            if (value instanceof Boolean flag) {
                csv.append(flag ? 't' : 'f');
            } else if (value instanceof BigDecimal number) {
                csv.append(number.toPlainString());
            } else if (value instanceof Number || value instanceof java.sql.Date || value instanceof java.util.UUID) {
                csv.append(value);
            } else {
                String text = value.toString();
                csv.append('"');
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        csv.append('"');
                    }
                    csv.append(c);
                }
                csv.append('"');
            }
        }

        @Override
        public void finish() throws SQLException {
            if (csv.isEmpty()) {
                return;
            }
            try {
                connection.getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("The rows could not be copied", e);
            }
            csv.setLength(0);
        }
    }
}
