package kz.suhbat.protocol.db;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import kz.suhbat.protocol.ProtocolNumber;
import kz.suhbat.protocol.ProtocolRegister;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Protocol numbers in H2; the table's key (year, number) is what keeps two saves from sharing one. */
public final class JdbiProtocolRegister implements ProtocolRegister {

    private static final String DUPLICATE_KEY = "23505";

    private final Jdbi jdbi;

    public JdbiProtocolRegister(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<ProtocolNumber> numberOf(long sittingId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT register_year, number, office_code FROM protocol_number "
                        + "WHERE sitting_id = :sitting").bind("sitting", sittingId)
                .map((rs, ctx) -> new ProtocolNumber(rs.getInt("register_year"), rs.getInt("number"),
                        rs.getString("office_code")))
                .findOne());
    }

    @Override
    public int highest(int year) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(number), 0) FROM protocol_number "
                + "WHERE register_year = :year").bind("year", year).mapTo(Integer.class).one());
    }

    @Override
    public boolean claim(long sittingId, ProtocolNumber number, Instant at) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO protocol_number (register_year, number, sitting_id, "
                            + "office_code, assigned_at) VALUES (:year, :number, :sitting, :office, :at)")
                    .bind("year", number.year()).bind("number", number.number()).bind("sitting", sittingId)
                    .bind("office", number.officeCode()).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof java.sql.SQLException sql && DUPLICATE_KEY.equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }
}
