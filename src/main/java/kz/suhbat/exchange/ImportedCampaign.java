package kz.suhbat.exchange;

import java.time.LocalDate;

/** One office's campaign at the central office, as its newest accepted package carried it. */
public record ImportedCampaign(long id, String officeCode, String officeName, String region, String title,
                               String type, LocalDate opens, LocalDate closes, long sequence, int candidates,
                               int decided, int scores) {
}
