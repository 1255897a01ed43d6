package kz.suhbat.security;

import java.util.Set;

/**
 * Where an account has a place: the campaigns on whose panel it sits (as chair, member, secretary or
 * observer), the training courses it is a trainee on, and which campaigns are training courses.
 */
public interface PanelSeats {

    Set<Long> campaignsOf(long accountId);

    Set<Long> coursesOf(long accountId);

    Set<Long> trainingCampaigns();
}
