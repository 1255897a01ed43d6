package kz.suhbat.common.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A table's row count and the SHA-256 of its rows in a fixed order (every column, in column order,
 * each value length-prefixed so that no two different tables digest alike).
 */
public record TableDigest(String table, long rows, String sha256) {

    static List<TableDigest> all(Handle handle) {
        List<String> tables = handle.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")
                .mapTo(String.class).list();
        List<TableDigest> digests = new ArrayList<>();
        for (String table : tables) {
            digests.add(of(handle, table));
        }
        return digests;
    }

    private static TableDigest of(Handle handle, String table) {
        List<String> columns = handle.createQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = :table ORDER BY ORDINAL_POSITION")
                .bind("table", table).mapTo(String.class).list();
        String quoted = columns.stream().map(TableDigest::quote).reduce((a, b) -> a + ", " + b).orElseThrow();
        MessageDigest digest = newDigest();
        long[] rows = {0};
        handle.createQuery("SELECT " + quoted + " FROM " + quote(table) + " ORDER BY " + quoted)
                .scanResultSet((supplier, context) -> {
                    var resultSet = supplier.get();
                    while (resultSet.next()) {
                        rows[0]++;
                        for (int i = 1; i <= columns.size(); i++) {
                            Object value = resultSet.getObject(i);
                            byte[] bytes = value == null ? new byte[0] : text(value).getBytes(StandardCharsets.UTF_8);
                            digest.update(Integer.toString(value == null ? -1 : bytes.length).getBytes(
                                    StandardCharsets.US_ASCII));
                            digest.update((byte) ':');
                            digest.update(bytes);
                        }
                    }
                    return null;
                });
        return new TableDigest(table, rows[0], HexFormat.of().formatHex(digest.digest()));
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value.toString();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
