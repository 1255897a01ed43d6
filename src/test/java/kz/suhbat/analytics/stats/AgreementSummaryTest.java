package kz.suhbat.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One panel's ratings, competency by competency, give the same statistics as the tables they make. */
class AgreementSummaryTest {

    @Test
    void eachCompetencyIsSummarisedFromItsOwnTable() {
        List<Rating> ratings = new ArrayList<>();
        double[][] sf = PublishedTables.SHROUT_FLEISS;
        for (int i = 0; i < sf.length; i++) {
            for (int j = 0; j < sf[i].length; j++) {
                ratings.add(new Rating("C" + i, "integrity", "R" + j, sf[i][j]));
                if (!(i == 2 && j == 1)) {
                    ratings.add(new Rating("C" + i, "cooperation", "R" + j, 11 - sf[i][j]));
                }
            }
        }
        Map<String, AgreementSummary> summaries = AgreementSummary.byCompetency(ratings, new Scale(1, 10));
        assertEquals(List.of("integrity", "cooperation"), List.copyOf(summaries.keySet()));
        AgreementSummary integrity = summaries.get("integrity");
        assertEquals(0.29, Math.round(integrity.icc().form(IccForm.ICC2_1).value() * 100) / 100.0, 1e-9);
        assertEquals(List.of("C0", "C1", "C2", "C3", "C4", "C5"), integrity.table().candidates());
        AgreementSummary cooperation = summaries.get("cooperation");
        assertTrue(cooperation.table().isMissing(2, 1));
        assertEquals(5, cooperation.icc().used());
        assertEquals(1, cooperation.icc().dropped());
        assertEquals(23, cooperation.ordinalAlpha().pairableValues());
    }
}
