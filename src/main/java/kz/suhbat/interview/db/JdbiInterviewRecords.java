package kz.suhbat.interview.db;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import kz.suhbat.audit.SealedRecords;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * An interview's records as its audit entries seal them: one SHA-256 digest per table over its rows in
 * a fixed order, each row as its non-null columns sorted by name. A column added later with no value
 * in the rows already written leaves their digest as it was; a migration that gives existing rows of
 * these tables a value (a column with a default) changes their digests, and must come with sealing
 * the interviews anew in the open that applies it, as the first sealing does.
 */
public final class JdbiInterviewRecords implements SealedRecords {

    /** A table of an interview's records: the column naming the interview, and the order of its rows. */
    private record Table(String name, String interviewColumn, String order) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("interview", "id", "id"),
            new Table("interview_rater", "interview_id", "member_id"),
            new Table("score_entry", "interview_id", "id"),
            new Table("interview_note", "interview_id", "id"),
            new Table("competency_outcome", "interview_id", "competency_code"),
            new Table("interview_vote", "interview_id", "member_id"));

    private final Jdbi jdbi;

    public JdbiInterviewRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String entityType() {
        return "interview";
    }

    @Override
    public List<String> digests(String entityId) {
        long id = Long.parseLong(entityId);
        return jdbi.withHandle(h -> {
            List<String> digests = new ArrayList<>();
            for (Table table : TABLES) {
                MessageDigest digest = sha256();
                h.createQuery("SELECT * FROM " + table.name() + " WHERE " + table.interviewColumn() + " = :id ORDER BY "
                                + table.order())
                        .bind("id", id)
                        .map((rs, ctx) -> canonical(rs))
                        .forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
                digests.add(HexFormat.of().formatHex(digest.digest()));
            }
            return digests;
        });
    }

    @Override
    public String describe(String entityId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.last_name || ' ' || c.first_name || ' ' || c.middle_name "
                        + "FROM interview i JOIN candidate c ON c.id = i.candidate_id WHERE i.id = :id")
                .bind("id", Long.parseLong(entityId)).mapTo(String.class).findOne().map(String::strip).orElse(""));
    }

    @Override
    public void forEach(BiConsumer<String, List<String>> action) {
        jdbi.useHandle(h -> {
            Map<Long, List<MessageDigest>> byInterview = new LinkedHashMap<>();
            for (Table table : TABLES) {
                digestAll(h, table, byInterview, table == TABLES.get(0));
            }
            byInterview.forEach((id, digests) -> action.accept(Long.toString(id),
                    digests.stream().map(d -> HexFormat.of().formatHex(d.digest())).toList()));
        });
    }

    private static void digestAll(Handle h, Table table, Map<Long, List<MessageDigest>> byInterview, boolean first) {
        try (var rows = h.createQuery("SELECT * FROM " + table.name() + " ORDER BY " + table.interviewColumn() + ", "
                        + table.order())
                .setFetchSize(1000)
                .map((rs, ctx) -> Map.entry(rs.getLong(table.interviewColumn()), canonical(rs)))
                .stream()) {
            rows.forEach(row -> {
                if (first) {
                    List<MessageDigest> digests = new ArrayList<>();
                    TABLES.forEach(t -> digests.add(sha256()));
                    byInterview.put(row.getKey(), digests);
                }
                List<MessageDigest> digests = byInterview.get(row.getKey());
                if (digests != null) {
                    digests.get(TABLES.indexOf(table)).update(row.getValue().getBytes(StandardCharsets.UTF_8));
                }
            });
        }
    }

    /** A row as its non-null columns sorted by name, each name and value length-prefixed. */
    private static String canonical(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, String> columns = new TreeMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            if (value != null) {
                columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), text(value));
            }
        }
        StringBuilder row = new StringBuilder("row");
        columns.forEach((name, value) -> row.append(';').append(name.length()).append(':').append(name)
                .append(value.length()).append(':').append(value));
        return row.append('\n').toString();
    }

    private static String text(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
