package kz.suhbat.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.GuideCompetency;

/**
 * A campaign's results, one row per candidate: when they were interviewed (or that they did not
 * appear), and once every sheet is in, the competency results, the total against the threshold and
 * the decision.
 */
public record CampaignResults(Campaign campaign, List<GuideCompetency> competencies, List<Row> rows) {

    public CampaignResults {
        competencies = List.copyOf(competencies);
        rows = List.copyOf(rows);
    }

    /** One candidate; {@code sittingDate} is empty when not on any sitting's agenda yet. */
    public record Row(Candidate candidate, Optional<LocalDate> sittingDate, Status status,
                      Optional<Deliberation> deliberation) {
    }

    /** How far the candidate's interview has come; {@code ABSENT}: they did not appear, so have no scores. */
    public enum Status { NOT_INTERVIEWED, UNDER_WAY, FINALISED, ABSENT }
}
