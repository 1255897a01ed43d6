package kz.suhbat.campaign;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Campaigns with their posts, and their candidates, in storage. */
public interface CampaignRepository {

    List<CampaignSummary> list();

    Optional<Campaign> find(long id);

    /** Stores a new campaign and its posts; returns its id. */
    long insert(Campaign campaign);

    /**
     * Stores the campaign's fields and its posts as given: a post with id 0 is added, one stored but not
     * given is removed (the service first makes sure no candidate is for it).
     */
    void update(Campaign campaign);

    /** How many candidates of the campaign are for each of its posts, by post id. */
    java.util.Map<Long, Integer> candidatesByPost(long campaignId);

    /** How many interviews have started (or been held) for each post's candidates; posts with none left out. */
    java.util.Map<Long, Integer> interviewsByPost(long campaignId);

    List<Candidate> candidates(long campaignId);

    Optional<Candidate> candidate(long id);

    Set<String> iins(long campaignId);

    long insertCandidate(Candidate candidate);

    void updateCandidate(Candidate candidate);

    void deleteCandidate(long id);
}
