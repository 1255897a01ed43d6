package kz.suhbat.analytics;

import kz.suhbat.analytics.stats.AgreementSummary;

/** How the panel agreed on one competency. */
public record CompetencyAgreement(Competency competency, AgreementSummary summary) {
}
