package kz.suhbat.security.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kz.suhbat.common.db.Columns;
import kz.suhbat.security.Account;
import kz.suhbat.security.AccountRepository;
import kz.suhbat.security.Role;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Accounts in H2. */
public final class JdbiAccountRepository implements AccountRepository {

    private static final String COLUMNS = "id, login, display_name, role, active, must_change_password";
    private static final RowMapper<Account> MAPPER = (rs, ctx) -> new Account(rs.getLong("id"),
            rs.getString("login"), rs.getString("display_name"), Columns.enumByName(rs, "role", Role.class),
            rs.getBoolean("active"), rs.getBoolean("must_change_password"));

    private final Jdbi jdbi;

    public JdbiAccountRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Account> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account ORDER BY active DESC, "
                + "display_name, login").map(MAPPER).list());
    }

    @Override
    public Optional<Account> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE id = :id")
                .bind("id", id).map(MAPPER).findOne());
    }

    @Override
    public Optional<Account> findByLogin(String login) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE login = :login")
                .bind("login", login).map(MAPPER).findOne());
    }

    @Override
    public long insert(Account account) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO account (login, display_name, role, active, "
                        + "must_change_password, created_at) VALUES (:login, :name, :role, :active, :must, :now)")
                .bind("login", account.login())
                .bind("name", account.displayName())
                .bind("role", account.role().name())
                .bind("active", account.active())
                .bind("must", account.mustChangePassword())
                .bind("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void update(Account account) {
        int updated = jdbi.withHandle(h -> h.createUpdate("UPDATE account SET display_name = :name, role = :role, "
                        + "active = :active, must_change_password = :must WHERE id = :id")
                .bind("id", account.id())
                .bind("name", account.displayName())
                .bind("role", account.role().name())
                .bind("active", account.active())
                .bind("must", account.mustChangePassword())
                .execute());
        if (updated != 1) {
            throw new IllegalArgumentException("No account " + account.id());
        }
    }

    @Override
    public void recordSignIn(long id, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE account SET last_sign_in_at = :at WHERE id = :id")
                .bind("id", id).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    @Override
    public long countActive(Role role) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account WHERE active AND role = :role")
                .bind("role", role.name()).mapTo(Long.class).one());
    }
}
