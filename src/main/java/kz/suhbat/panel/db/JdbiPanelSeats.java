package kz.suhbat.panel.db;

import java.util.HashSet;
import java.util.Set;
import kz.suhbat.security.PanelSeats;
import org.jdbi.v3.core.Jdbi;

/** The campaigns on whose panel an account sits, from the panel members linked to the account. */
public final class JdbiPanelSeats implements PanelSeats {

    private final Jdbi jdbi;

    public JdbiPanelSeats(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Set<Long> campaignsOf(long accountId) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT campaign_id FROM panel_member "
                + "WHERE account_id = :account").bind("account", accountId).mapTo(Long.class).list()));
    }
}
