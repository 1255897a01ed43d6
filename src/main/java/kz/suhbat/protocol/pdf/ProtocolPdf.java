package kz.suhbat.protocol.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.NameCollator;
import kz.suhbat.common.pdf.PdfPages;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.Rater;
import kz.suhbat.interview.SheetOrigin;
import kz.suhbat.panel.Agenda;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.protocol.ProtocolNumber;
import kz.suhbat.protocol.SittingProtocol;
import kz.suhbat.scoring.CompetencyResult;
import kz.suhbat.scoring.Vote;
import kz.suhbat.security.Letterhead;

/**
 * The protocol of a sitting as the commission's minutes, a PDF in one of the three languages: the
 * letterhead and the issuing body's full name, "ХАТТАМА № 3" with the city and date, the place and the
 * times the sitting opened and closed, the campaign and its posts, the legal basis, the agenda, the
 * commission with roles, affiliations and attendance, the quorum; then each candidate with recusals,
 * every member's level per competency, agreed changes with their reasons, the result against the
 * threshold, the votes, separate opinions and the decision; and a line to sign for the chair, every
 * member present and the secretary. Every word comes from the language's own bundle and data.
 */
public final class ProtocolPdf {

    private static final float LETTERHEAD_HEIGHT = 70;

    private final I18n i18n;
    private final Language language;
    private final ZoneId zone;

    /** A protocol whose times are shown in this computer's time zone. */
    public ProtocolPdf(Language language) {
        this(language, ZoneId.systemDefault());
    }

    public ProtocolPdf(Language language, ZoneId zone) {
        this.language = language;
        this.i18n = new I18n(language);
        this.zone = zone;
    }

    public void write(SittingProtocol protocol, OutputStream out) throws IOException {
        try (PdfPages pages = new PdfPages()) {
            header(pages, protocol);
            agenda(pages, protocol);
            commission(pages, protocol);
            for (SittingProtocol.Entry entry : protocol.entries()) {
                candidate(pages, protocol, entry);
            }
            signatures(pages, protocol);
            pages.save(out, i18n.get("protocol.page"), protocol.number().map(ProtocolNumber::reference).orElse(""));
        }
    }

    private void header(PdfPages pages, SittingProtocol p) {
        p.letterhead().map(Letterhead::image).ifPresent(image -> pages.image(image, LETTERHEAD_HEIGHT));
        pages.centred(p.office().name(language), true, 11.5f);
        pages.gap(8);
        pages.centred(p.number().map(n -> i18n.format("protocol.number", String.valueOf(n.number())))
                .orElse(i18n.get("protocol.numberNotGiven")), true, 14);
        pages.centred(i18n.get("protocol.title"), false, 10.5f);
        TrainingMarks.mark(pages, p.campaign(), i18n);
        pages.gap(6);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(i18n.get("protocol.datePattern"), language.locale());
        pages.bothSides(p.office().city(language), dates.format(p.sitting().date()));
        if (!p.sitting().room().isEmpty()) {
            pages.paragraph(i18n.format("protocol.room", p.sitting().room()));
        }
        times(p).ifPresent(pages::paragraph);
        pages.paragraph(i18n.format("protocol.campaign", campaignTitle(p),
                i18n.get("campaign.type." + p.campaign().type().name())));
        pages.paragraph(i18n.format("protocol.posts", String.join("; ", campaignPosts(p))));
        pages.heading(i18n.get("protocol.legalBasis"));
        pages.paragraph(legalBasis(p));
    }

    private void agenda(PdfPages pages, SittingProtocol p) {
        pages.heading(i18n.get("protocol.agenda"));
        List<Agenda.Item> items = p.agenda().items();
        if (items.isEmpty()) {
            pages.paragraph(i18n.get("protocol.agendaEmpty"));
        }
        for (int i = 0; i < items.size(); i++) {
            Agenda.Item item = items.get(i);
            pages.paragraph(i18n.format("protocol.agendaItem", i + 1, item.slot().startsAt().toString(),
                    candidateName(item), post(item)));
        }
    }

    private void commission(PdfPages pages, SittingProtocol p) {
        pages.heading(i18n.get("protocol.commission"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {i18n.get("protocol.memberName"), i18n.get("panel.role"),
                i18n.get("protocol.affiliation"), i18n.get("protocol.attendance")});
        for (PanelMember m : members(p)) {
            String organisation = organisation(m);
            rows.add(new String[] {m.fullName(), i18n.get("panel.role." + m.role().name()),
                    i18n.get("panel.affiliation." + m.affiliation().name())
                            + (organisation.isEmpty() ? "" : ", " + organisation),
                    i18n.get(p.agenda().present().contains(m.id()) ? "protocol.present" : "protocol.absent")});
        }
        pages.table(new float[] {3, 2.2f, 3.5f, 1.5f}, rows);
        Agenda agenda = p.agenda();
        pages.paragraph(i18n.format("protocol.quorum", agenda.presentVoting(), agenda.votingMembers(),
                agenda.required(), i18n.get(agenda.quorumMet() ? "protocol.quorumMet" : "protocol.quorumNotMet")));
        if (!p.calibrated().isEmpty()) {
            DateTimeFormatter dates = DateTimeFormatter.ofPattern(i18n.get("protocol.datePattern"), language.locale());
            pages.paragraph(i18n.format("protocol.calibrated", members(p).stream()
                    .filter(m -> p.calibrated().containsKey(m.id()))
                    .map(m -> m.fullName() + " — " + dates.format(p.calibrated().get(m.id())))
                    .collect(Collectors.joining("; "))));
        }
    }

    /** One candidate of the agenda: heading, recusals, then whatever the interview reached. */
    private void candidate(PdfPages pages, SittingProtocol p, SittingProtocol.Entry entry) {
        Agenda.Item item = entry.item();
        pages.heading(i18n.format("protocol.candidate", p.entries().indexOf(entry) + 1, candidateName(item),
                post(item), item.slot().startsAt().toString()));
        if (item.absent()) {
            pages.paragraph(i18n.get("protocol.candidateAbsent"));
            return;
        }
        pages.paragraph(item.recused().isEmpty() ? i18n.get("protocol.noneRecused")
                : i18n.format("protocol.recused", item.recused().stream().map(PanelMember::fullName)
                        .collect(Collectors.joining(", "))));
        if (entry.deliberation().isEmpty()) {
            pages.paragraph(i18n.get("protocol.notScored"));
            return;
        }
        deliberation(pages, p, entry.deliberation().get()
                .withRatersIn(Rater.panelOrder(NameCollator.of(language))));
    }

    private void deliberation(PdfPages pages, SittingProtocol p, Deliberation d) {
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
        Arrays.fill(shares, 1);
        shares[0] = 3.2f;
        pages.table(shares, rows);
        for (Rater rater : d.raters()) {
            SheetOrigin origin = d.origin(rater);
            if (origin.transcribed()) {
                pages.paragraph(i18n.format("protocol.sheetOrigin", rater.fullName(),
                        i18n.get("sheet.origin." + origin.name())));
            }
        }
        d.results().competencies().stream().filter(CompetencyResult::agreed).forEach(r -> pages.paragraph(
                i18n.format("protocol.agreed", name(p, r.competencyCode()), r.outcome().agreedLevel(),
                        r.mean().toPlainString(), r.outcome().reason())));
        pages.paragraph(i18n.format(d.results().reachesThreshold() ? "decision.resultsReached"
                : "decision.resultsMissed", d.results().total().toPlainString(),
                d.results().thresholdShown()));
        pages.paragraph(i18n.format("protocol.votes", d.raters().stream().map(r -> r.fullName() + ": "
                + d.vote(r.memberId()).map(v -> i18n.get("outcome." + v.outcome().name())
                        + (v.transcribed() ? " (" + i18n.get("protocol.voteTranscribed") + ")" : "")).orElse("—"))
                .collect(Collectors.joining("; "))));
        for (Rater rater : d.raters()) {
            d.vote(rater.memberId()).map(Vote::opinion).filter(o -> !o.isEmpty()).ifPresent(opinion ->
                    pages.paragraph(i18n.format("protocol.opinion", rater.fullName(), opinion)));
        }
        pages.paragraph(d.interview().finalised()
                ? i18n.format("protocol.decision", i18n.get("outcome." + d.interview().decision().name()))
                : i18n.get("protocol.notFinalised"));
        if (d.interview().finalised() && !d.interview().decisionReason().isEmpty()) {
            pages.paragraph(i18n.format("protocol.thresholdReason", d.interview().decisionReason()));
        }
    }

    /** The chair, every member present and the secretary, each with a blank to sign. */
    private void signatures(PdfPages pages, SittingProtocol p) {
        pages.heading(i18n.get("protocol.signatures"));
        for (PanelRole role : List.of(PanelRole.CHAIR, PanelRole.MEMBER, PanelRole.SECRETARY)) {
            members(p).stream().filter(m -> m.role() == role).filter(m -> p.agenda().present().contains(m.id()))
                    .forEach(m -> pages.signatureLine(i18n.get("protocol.sign." + role.name()), m.fullName(),
                            i18n.get("protocol.signCaption")));
        }
    }

    private String legalBasis(SittingProtocol p) {
        String own = p.legalBasis().in(language);
        return own.isBlank() ? i18n.get("protocol.basis." + p.campaign().type().name()) : own;
    }

    /** When the sitting opened and closed; nothing before it has opened. */
    private Optional<String> times(SittingProtocol p) {
        Optional<String> opened = p.sitting().openedAtTime().map(this::time);
        Optional<String> closed = p.sitting().closedAtTime().map(this::time);
        return opened.map(start -> closed.map(end -> i18n.format("protocol.times", start, end))
                .orElse(i18n.format("protocol.timesNotClosed", start)));
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(zone));
    }

    private String campaignTitle(SittingProtocol p) {
        return p.campaign().title(language);
    }

    private List<String> campaignPosts(SittingProtocol p) {
        return p.campaign().posts().stream().map(post -> post.name(language)).toList();
    }

    private String post(Agenda.Item item) {
        return item.candidate() == null ? "" : item.candidate().postName(language);
    }

    private String organisation(PanelMember member) {
        return member.organisation(language);
    }

    private static String candidateName(Agenda.Item item) {
        return item.candidate() == null ? "" : item.candidate().fullName();
    }

    /** The commission as the protocol lists it: by role, then alphabetically in the protocol's language. */
    private List<PanelMember> members(SittingProtocol p) {
        return p.members().stream().sorted(PanelMember.panelOrder(NameCollator.of(language))).toList();
    }

    private String name(SittingProtocol p, String code) {
        return p.competencyNames().containsKey(code) ? p.competencyNames().get(code).in(language) : code;
    }
}
