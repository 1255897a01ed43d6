package kz.suhbat.security;

import java.util.Set;

/** The campaigns on whose panel an account sits (as chair, member, secretary or observer). */
@FunctionalInterface
public interface PanelSeats {

    Set<Long> campaignsOf(long accountId);
}
