package kz.suhbat.devices;

import kz.suhbat.interview.DeliberationService;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.interview.ScoringService;
import kz.suhbat.security.Account;

/**
 * The services as one member sees them from their own device: signed in as that member, so every rule
 * of the shared screen (their campaigns only, their own sheet only, nothing before the reveal) holds for
 * each request exactly as it does in the window.
 */
public record MemberSeat(Account member, InterviewService interviews, ScoringService scoring,
                         DeliberationService deliberation) {
}
