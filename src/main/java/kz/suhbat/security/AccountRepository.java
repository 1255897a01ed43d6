package kz.suhbat.security;

import java.util.List;
import java.util.Optional;

/** Accounts in the database (without credentials). */
public interface AccountRepository {

    List<Account> list();

    Optional<Account> find(long id);

    Optional<Account> findByLogin(String login);

    long insert(Account account);

    void update(Account account);

    void recordSignIn(long id, java.time.Instant at);

    long countActive(Role role);
}
