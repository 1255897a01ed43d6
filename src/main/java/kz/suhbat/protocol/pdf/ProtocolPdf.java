package kz.suhbat.protocol.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.interview.CompetencyResult;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.Rater;
import kz.suhbat.interview.Vote;
import kz.suhbat.panel.Agenda;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.protocol.SittingProtocol;

/**
 * The protocol of a sitting as a PDF in one of the three languages: the campaign and its posts, date
 * and place, the commission with roles and affiliations, attendance and quorum, then each candidate
 * with recusals, every member's level per competency, agreed changes with their reasons, the result
 * against the threshold, the votes, separate opinions and the decision; signature lines at the end.
 */
public final class ProtocolPdf {

    private final I18n i18n;
    private final Language language;

    public ProtocolPdf(Language language) {
        this.language = language;
        this.i18n = new I18n(language);
    }

    public void write(SittingProtocol protocol, OutputStream out) throws IOException {
        try (PdfPages pages = new PdfPages()) {
            header(pages, protocol);
            commission(pages, protocol);
            for (SittingProtocol.Entry entry : protocol.entries()) {
                candidate(pages, protocol, entry);
            }
            signatures(pages, protocol);
            pages.save(out, i18n.get("protocol.page"));
        }
    }

    private void header(PdfPages pages, SittingProtocol p) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        pages.title(i18n.get("protocol.title"));
        pages.paragraph(i18n.format("protocol.office", p.office().name(),
                i18n.get("region." + p.office().region().name())));
        pages.paragraph(i18n.format("protocol.campaign", p.campaign().title(),
                i18n.get("campaign.type." + p.campaign().type().name())));
        pages.paragraph(i18n.format("protocol.posts", postNames(p.campaign())));
        pages.paragraph(i18n.format("protocol.dateRoom", dates.format(p.sitting().date()), p.sitting().room()));
    }

    private static String postNames(kz.suhbat.campaign.Campaign campaign) {
        return campaign.posts().stream().map(kz.suhbat.campaign.Post::name).collect(Collectors.joining("; "));
    }

    private void commission(PdfPages pages, SittingProtocol p) {
        pages.heading(i18n.get("protocol.commission"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {i18n.get("protocol.memberName"), i18n.get("panel.role"),
                i18n.get("protocol.affiliation"), i18n.get("protocol.attendance")});
        for (PanelMember m : p.members()) {
            rows.add(new String[] {m.fullName(), i18n.get("panel.role." + m.role().name()),
                    i18n.get("panel.affiliation." + m.affiliation().name())
                            + (m.organisation().isEmpty() ? "" : ", " + m.organisation()),
                    i18n.get(p.agenda().present().contains(m.id()) ? "protocol.present" : "protocol.absent")});
        }
        pages.table(new float[] {3, 2.2f, 3.5f, 1.5f}, rows);
        Agenda agenda = p.agenda();
        pages.paragraph(i18n.format("protocol.quorum", agenda.presentVoting(), agenda.votingMembers(),
                agenda.required(), i18n.get(agenda.quorumMet() ? "protocol.quorumMet" : "protocol.quorumNotMet")));
    }

    private void candidate(PdfPages pages, SittingProtocol p, SittingProtocol.Entry entry) {
        Agenda.Item item = entry.item();
        pages.heading(i18n.format("protocol.candidate", item.slot().startsAt().toString(),
                item.candidate() == null ? "" : item.candidate().fullName(),
                item.candidate() == null ? "" : item.candidate().postName()));
        pages.paragraph(item.recused().isEmpty() ? i18n.get("protocol.noneRecused")
                : i18n.format("protocol.recused", item.recused().stream().map(PanelMember::fullName)
                        .collect(Collectors.joining(", "))));
        if (entry.deliberation().isEmpty()) {
            pages.paragraph(i18n.get("protocol.notScored"));
            return;
        }
        Deliberation d = entry.deliberation().get();
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(i18n.get("deliberation.competency")));
        d.raters().forEach(r -> header.add(r.surname()));
        header.addAll(List.of(i18n.get("deliberation.mean"), i18n.get("deliberation.result")));
        rows.add(header.toArray(String[]::new));
        for (CompetencyResult result : d.results().competencies()) {
            List<String> row = new ArrayList<>(List.of(i18n.format("deliberation.nameAndWeight",
                    name(p, result.competencyCode()), result.weight().stripTrailingZeros().toPlainString())));
            for (Rater rater : d.raters()) {
                Integer level = result.levels().get(rater.memberId());
                row.add(level == null ? "—" : level.toString());
            }
            row.add(result.mean().toPlainString());
            row.add(result.result().toPlainString() + (result.agreed() ? " *" : ""));
            rows.add(row.toArray(String[]::new));
        }
        float[] shares = new float[rows.get(0).length];
        java.util.Arrays.fill(shares, 1);
        shares[0] = 3.2f;
        pages.table(shares, rows);
        d.results().competencies().stream().filter(CompetencyResult::agreed).forEach(r -> pages.paragraph(
                i18n.format("protocol.agreed", name(p, r.competencyCode()), r.outcome().agreedLevel(),
                        r.mean().toPlainString(), r.outcome().reason())));
        pages.paragraph(i18n.format(d.results().reachesThreshold() ? "decision.resultsReached"
                : "decision.resultsMissed", d.results().total().toPlainString(),
                d.results().thresholdShown()));
        pages.paragraph(i18n.format("protocol.votes", d.raters().stream().map(r -> r.fullName() + ": "
                + d.vote(r.memberId()).map(v -> i18n.get("outcome." + v.outcome().name())).orElse("—"))
                .collect(Collectors.joining("; "))));
        for (Rater rater : d.raters()) {
            d.vote(rater.memberId()).map(Vote::opinion).filter(o -> !o.isEmpty()).ifPresent(opinion ->
                    pages.paragraph(i18n.format("protocol.opinion", rater.fullName(), opinion)));
        }
        pages.paragraph(d.interview().finalised()
                ? i18n.format("protocol.decision", i18n.get("outcome." + d.interview().decision().name()))
                : i18n.get("protocol.notFinalised"));
    }

    private void signatures(PdfPages pages, SittingProtocol p) {
        pages.heading(i18n.get("protocol.signatures"));
        p.members().stream().filter(m -> m.role() != PanelRole.OBSERVER)
                .filter(m -> p.agenda().present().contains(m.id()))
                .forEach(m -> pages.signature(m.fullName(), i18n.get("panel.role." + m.role().name())));
    }

    private String name(SittingProtocol p, String code) {
        return p.competencyNames().containsKey(code) ? p.competencyNames().get(code).in(language) : code;
    }
}
