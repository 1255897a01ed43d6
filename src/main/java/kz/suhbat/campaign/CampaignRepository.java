package kz.suhbat.campaign;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Campaigns and their candidates in storage. */
public interface CampaignRepository {

    List<CampaignSummary> list();

    Optional<Campaign> find(long id);

    long insert(Campaign campaign);

    void update(Campaign campaign);

    List<Candidate> candidates(long campaignId);

    Optional<Candidate> candidate(long id);

    Set<String> iins(long campaignId);

    long insertCandidate(Candidate candidate);

    void updateCandidate(Candidate candidate);

    void deleteCandidate(long id);
}
