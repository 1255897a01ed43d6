package kz.suhbat.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.NameCollator;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.scoring.CompetencyResult;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.GuideCompetency;

/**
 * A campaign's results laid out for a spreadsheet in one language: a header row and one row per
 * candidate (name, IIN as the service gives it, post, date, status, each competency's result, the
 * total, the threshold, whether it is reached, and the decision).
 */
public record ResultsTable(List<String> header, List<List<ResultCell>> rows) {

    public ResultsTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static ResultsTable of(CampaignResults results, I18n i18n) {
        List<String> header = new ArrayList<>(List.of(i18n.get("results.lastName"), i18n.get("results.firstName"),
                i18n.get("results.middleName"), i18n.get("results.iin"), i18n.get("results.post"),
                i18n.get("results.date"), i18n.get("results.status")));
        for (GuideCompetency competency : results.competencies()) {
            header.add(i18n.text(competency.competency().name()));
        }
        header.addAll(List.of(i18n.get("results.total"), i18n.get("results.threshold"),
                i18n.get("results.reached"), i18n.get("results.decision")));
        List<List<ResultCell>> rows = new ArrayList<>();
        Comparator<CampaignResults.Row> alphabetical = Comparator.comparing(CampaignResults.Row::candidate,
                Candidate.alphabetical(NameCollator.of(i18n.language())));
        for (CampaignResults.Row row : results.rows().stream().sorted(alphabetical).toList()) {
            List<ResultCell> cells = new ArrayList<>(List.of(ResultCell.text(row.candidate().lastName()),
                    ResultCell.text(row.candidate().firstName()), ResultCell.text(row.candidate().middleName()),
                    ResultCell.text(row.candidate().iin()), ResultCell.text(row.candidate().postName(i18n.language())),
                    row.sittingDate().<ResultCell>map(ResultCell.Date::new).orElse(new ResultCell.Empty()),
                    ResultCell.text(i18n.get("results.status." + row.status().name()))));
            Deliberation d = row.deliberation().orElse(null);
            for (GuideCompetency competency : results.competencies()) {
                cells.add(d == null ? new ResultCell.Empty() : d.results().competencies().stream()
                        .filter(r -> r.competencyCode().equals(competency.code())).findFirst()
                        .map(CompetencyResult::result).<ResultCell>map(ResultCell.Number::new)
                        .orElse(new ResultCell.Empty()));
            }
            if (d == null) {
                cells.addAll(List.of(new ResultCell.Empty(), new ResultCell.Empty(), new ResultCell.Empty(),
                        new ResultCell.Empty()));
            } else {
                BigDecimal total = d.results().total();
                cells.add(new ResultCell.Number(total));
                cells.add(new ResultCell.Number(d.results().threshold()));
                cells.add(ResultCell.text(i18n.get(d.results().reachesThreshold() ? "results.yes" : "results.no")));
                cells.add(d.interview().finalised()
                        ? ResultCell.text(i18n.get("outcome." + d.interview().decision().name()))
                        : new ResultCell.Empty());
            }
            rows.add(cells);
        }
        return new ResultsTable(header, rows);
    }
}
