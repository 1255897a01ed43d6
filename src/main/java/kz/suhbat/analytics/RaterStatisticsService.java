package kz.suhbat.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.analytics.stats.AgreementSummary;
import kz.suhbat.analytics.stats.RaterEffects;
import kz.suhbat.analytics.stats.Rating;
import kz.suhbat.security.Access;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.Account;
import kz.suhbat.security.CampaignScope;
import kz.suhbat.security.Operation;
import kz.suhbat.security.Role;

/**
 * Rater statistics of one campaign: for its chair (or deputy chair) after the sittings, for the
 * secretary, and for the analyst over the office's campaigns or the imported ones. Only finalised
 * interviews count; training courses never do.
 */
public final class RaterStatisticsService {

    private final Access access;
    private final CampaignScope scope;
    private final RatingsStore store;

    public RaterStatisticsService(Access access, CampaignScope scope, RatingsStore store) {
        this.access = access;
        this.scope = scope;
        this.store = store;
    }

    /** The statistics of a campaign of this office; empty for a training course or an unknown campaign. */
    public Optional<RaterStatistics> campaign(long campaignId) {
        Account account = scope.require(Operation.RATER_STATS_READ, campaignId);
        if (account.role() == Role.MEMBER && !store.presides(account.id(), campaignId)) {
            throw new AccessDeniedException(Operation.RATER_STATS_READ, account);
        }
        return store.campaign(campaignId).map(RaterStatisticsService::statistics);
    }

    /** The statistics of a campaign imported at the central office. */
    public Optional<RaterStatistics> imported(long importedCampaignId) {
        access.require(Operation.IMPORTED_READ);
        return store.imported(importedCampaignId).map(RaterStatisticsService::statistics);
    }

    /**
     * The rater statistics of every imported campaign {@code filter} keeps by type, region and office, one
     * panel after another: who is lenient or severe across offices. {@code progress} counts the panels.
     */
    public List<PanelRaters> importedPanels(ReportFilter filter, kz.suhbat.common.Progress progress) {
        access.require(Operation.IMPORTED_READ);
        List<ImportedPanel> panels = store.importedPanels(filter);
        List<PanelRaters> all = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            ImportedPanel panel = panels.get(i);
            store.imported(panel.id()).map(RaterStatisticsService::statistics)
                    .ifPresent(statistics -> all.add(new PanelRaters(panel, statistics)));
            progress.report(i + 1, panels.size());
        }
        return all;
    }

    static RaterStatistics statistics(CampaignRatings ratings) {
        Map<String, AgreementSummary> byCompetency = AgreementSummary.byCompetency(ratings.ratings(),
                ratings.scale());
        List<CompetencyAgreement> competencies = new ArrayList<>();
        for (Competency competency : ratings.competencies()) {
            AgreementSummary summary = byCompetency.get(competency.code());
            if (summary != null) {
                competencies.add(new CompetencyAgreement(competency, summary));
            }
        }
        int candidates = (int) ratings.ratings().stream().map(Rating::candidate).distinct().count();
        return new RaterStatistics(ratings.title(), candidates, competencies,
                RaterEffects.of(ratings.ratings(), ratings.scale()), ratings.raters());
    }
}
