package kz.suhbat.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

/** The results table lists candidates alphabetically in its language, and an absent one without scores. */
class ResultsTableTest {

    private static CampaignResults.Row row(long id, String lastName, CampaignResults.Status status) {
        return new CampaignResults.Row(new Candidate(id, 1, lastName, "Нұрлан", "", "870412300416",
                new kz.suhbat.campaign.Post(1, LocalizedText.kk("Маман"), "EXE-B")),
                Optional.of(LocalDate.of(2027, 3, 10)), status, Optional.empty());
    }

    private static final CampaignResults RESULTS = new CampaignResults(null, List.of(), List.of(
            row(1, "Іргебаев", CampaignResults.Status.NOT_INTERVIEWED),
            row(2, "Бекова", CampaignResults.Status.NOT_INTERVIEWED),
            row(3, "Әлиев", CampaignResults.Status.ABSENT),
            row(4, "Ыбыраев", CampaignResults.Status.NOT_INTERVIEWED),
            row(5, "Алиев", CampaignResults.Status.NOT_INTERVIEWED)));

    private static List<String> surnames(ResultsTable table) {
        return table.rows().stream().map(r -> ((ResultCell.Text) r.get(0)).value()).toList();
    }

    @Test
    void candidatesFollowTheKazakhAlphabetInKazakh() {
        assertEquals(List.of("Алиев", "Әлиев", "Бекова", "Ыбыраев", "Іргебаев"),
                surnames(ResultsTable.of(RESULTS, new I18n(Language.KK))));
    }

    @Test
    void anAbsentCandidateIsAbsentWithNoTotal() {
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language);
            ResultsTable table = ResultsTable.of(RESULTS, i18n);
            List<ResultCell> absent = table.rows().stream()
                    .filter(r -> ((ResultCell.Text) r.get(0)).value().equals("Әлиев")).findFirst().orElseThrow();
            assertEquals(new ResultCell.Text(i18n.get("results.status.ABSENT")), absent.get(6));
            assertTrue(absent.subList(7, absent.size()).stream().allMatch(c -> c instanceof ResultCell.Empty),
                    "no total, threshold or decision");
        }
        assertEquals("келмеді", new I18n(Language.KK).get("results.status.ABSENT"));
        assertEquals("неявка", new I18n(Language.RU).get("results.status.ABSENT"));
    }
}
