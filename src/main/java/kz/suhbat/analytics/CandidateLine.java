package kz.suhbat.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A candidate behind a report's cell, as the analyst may see them: the IIN masked, the result on the
 * cell's competency when it has one.
 */
public record CandidateLine(String office, String campaign, String maskedIin, String fullName, String post,
                            LocalDate sittingDate, String decision, BigDecimal total, BigDecimal result) {
}
