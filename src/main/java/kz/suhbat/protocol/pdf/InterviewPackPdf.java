package kz.suhbat.protocol.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.pdf.PdfPages;
import kz.suhbat.interview.CampaignQuestions;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.GuideQuestion;
import kz.suhbat.rubric.ScaleLevel;

/**
 * The pack a member scores on paper with: the scale, each competency with its questions and probes,
 * then the score sheet to fill in (a level and the evidence per competency) and sign, which the
 * secretary later transcribes.
 */
public final class InterviewPackPdf {

    private final I18n i18n;

    public InterviewPackPdf(Language language) {
        this.i18n = new I18n(language);
    }

    /** A competency's heading, with its weight unless the posts' profiles weight it differently. */
    private String heading(GuideCompetency competency, int place, int of) {
        String name = i18n.text(competency.competency().name());
        return competency.weight() == null ? i18n.format("pack.competencyTitle", place, of, name)
                : i18n.format("guide.competencyTitle", place, of, name,
                        competency.weight().stripTrailingZeros().toPlainString());
    }

    public void write(CampaignQuestions questions, OutputStream out) throws IOException {
        try (PdfPages pages = new PdfPages()) {
            pages.title(i18n.get("pack.title"));
            TrainingMarks.mark(pages, questions.campaign(), i18n);
            pages.paragraph(i18n.format("protocol.campaign", questions.campaign().title(i18n.language()),
                    i18n.get("campaign.type." + questions.campaign().type().name())));
            pages.paragraph(i18n.get("pack.candidateLine"));
            pages.paragraph(i18n.get("pack.memberLine"));
            pages.heading(i18n.get("pack.scale"));
            List<String[]> scale = new ArrayList<>();
            scale.add(new String[] {i18n.get("pack.level"), i18n.get("pack.meaning")});
            for (ScaleLevel level : questions.scale().levels()) {
                scale.add(new String[] {level.level() + " · " + i18n.text(level.label()), i18n.text(level.descriptor())});
            }
            pages.table(new float[] {1.3f, 4}, scale);
            int place = 1;
            for (GuideCompetency competency : questions.competencies()) {
                pages.heading(heading(competency, place++, questions.competencies().size()));
                pages.paragraph(i18n.text(competency.competency().definition()));
                int number = 1;
                for (GuideQuestion question : competency.questions()) {
                    pages.paragraph(number++ + ". " + i18n.text(question.question().text()));
                    if (!question.question().probes().isEmpty()) {
                        pages.paragraph("    " + question.question().probes().stream().map(i18n::text)
                                .collect(Collectors.joining(" · ")));
                    }
                }
            }
            pages.pageBreak();
            pages.heading(i18n.get("pack.sheet"));
            pages.paragraph(i18n.get("pack.candidateLine"));
            pages.paragraph(i18n.get("pack.memberLine"));
            pages.paragraph(i18n.format("pack.sheetHint", questions.scale().lowest(), questions.scale().highest()));
            List<String[]> sheet = new ArrayList<>();
            sheet.add(new String[] {i18n.get("deliberation.competency"), i18n.get("pack.level"),
                    i18n.get("pack.evidence")});
            for (GuideCompetency competency : questions.competencies()) {
                sheet.add(new String[] {i18n.text(competency.competency().name()), "\n\n\n\n\n", ""});
            }
            pages.table(new float[] {2.2f, 0.8f, 4}, sheet);
            pages.signature(i18n.get("pack.signature"), i18n.get("pack.date"));
            pages.save(out, i18n.get("protocol.page"));
        }
    }
}
