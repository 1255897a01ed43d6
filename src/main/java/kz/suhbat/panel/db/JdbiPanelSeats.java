package kz.suhbat.panel.db;

import java.util.HashSet;
import java.util.Set;
import kz.suhbat.security.PanelSeats;
import org.jdbi.v3.core.Jdbi;

/** The campaigns on whose panel an account sits, the courses it is a trainee on, and the training courses. */
public final class JdbiPanelSeats implements PanelSeats {

    private final Jdbi jdbi;

    public JdbiPanelSeats(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Set<Long> campaignsOf(long accountId) {
        return ids("SELECT DISTINCT campaign_id FROM panel_member WHERE account_id = :account", accountId);
    }

    @Override
    public Set<Long> coursesOf(long accountId) {
        return ids("SELECT campaign_id FROM course_trainee WHERE account_id = :account", accountId);
    }

    @Override
    public Set<Long> trainingCampaigns() {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT id FROM campaign WHERE type = 'TRAINING'")
                .mapTo(Long.class).list()));
    }

    private Set<Long> ids(String sql, long accountId) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery(sql).bind("account", accountId)
                .mapTo(Long.class).list()));
    }
}
