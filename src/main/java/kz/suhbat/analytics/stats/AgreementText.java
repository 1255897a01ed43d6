package kz.suhbat.analytics.stats;

import java.util.List;
import kz.suhbat.common.i18n.I18n;

/** Every statistic of an {@link AgreementSummary} as aligned text in one language. */
public final class AgreementText {

    private final I18n i18n;
    private final NumberText numbers;
    private final RaterFlagText flags;

    public AgreementText(I18n i18n) {
        this.i18n = i18n;
        this.numbers = new NumberText(i18n.language().locale());
        this.flags = new RaterFlagText(i18n);
    }

    public String render(AgreementSummary summary) {
        RatingsTable table = summary.table();
        int cells = table.candidateCount() * table.raterCount();
        StringBuilder text = new StringBuilder();
        text.append(i18n.format("agreement.text.table", table.raterCount(), table.candidateCount(),
                table.ratingCount(), cells - table.ratingCount(), summary.scale().min(), summary.scale().max()))
                .append("\n\n");
        text.append(icc(summary.icc())).append('\n');
        text.append(kendall(summary.kendall())).append("\n\n");
        text.append(alpha(summary)).append("\n\n");
        text.append(rwg(summary)).append('\n');
        text.append(raters(summary.raters()));
        return text.toString();
    }

    private String icc(IntraclassCorrelation icc) {
        StringBuilder text = new StringBuilder(i18n.format("agreement.text.icc", icc.used(), icc.dropped()))
                .append('\n');
        TextTable table = new TextTable(i18n.get("agreement.text.form"), "ICC", "F", "df1", "df2", "p",
                i18n.format("agreement.text.ci", confidence(icc.confidence())));
        for (Icc form : icc.forms()) {
            table.row(form.form().label(icc.raters()), numbers.fixed(form.value(), 2), numbers.fixed(form.f(), 2),
                    numbers.df(form.df1()), numbers.df(form.df2()), numbers.p(form.p()), interval(form.interval()));
        }
        text.append(table.render());
        MeanSquares ms = icc.meanSquares();
        text.append("  ").append(i18n.format("agreement.text.meanSquares", numbers.fixed(ms.between(), 2),
                numbers.fixed(ms.within(), 2), numbers.fixed(ms.raters(), 2), numbers.fixed(ms.error(), 2)))
                .append('\n');
        return text.toString();
    }

    private String kendall(KendallW w) {
        return i18n.format("agreement.text.kendall", numbers.fixed(w.w(), 3), numbers.fixed(w.chiSquare(), 2),
                w.df(), numbers.p(w.p()), w.used(), w.dropped());
    }

    private String alpha(AgreementSummary summary) {
        return i18n.format("agreement.text.alpha", numbers.fixed(summary.ordinalAlpha().alpha(), 3),
                numbers.fixed(summary.intervalAlpha().alpha(), 3), numbers.fixed(summary.nominalAlpha().alpha(), 3),
                summary.ordinalAlpha().pairableValues(), summary.ordinalAlpha().units());
    }

    private String rwg(AgreementSummary summary) {
        Scale scale = summary.scale();
        StringBuilder text = new StringBuilder(i18n.format("agreement.text.rwg", scale.levels(),
                numbers.fixed(scale.uniformVariance(), 2))).append('\n');
        TextTable table = new TextTable(i18n.get("agreement.text.candidate"), i18n.get("agreement.text.ratings"),
                i18n.get("agreement.text.variance"), "r_wg");
        boolean beyond = false;
        for (Rwg rwg : summary.rwg()) {
            beyond |= rwg.beyondNull();
            table.row(rwg.candidate(), Integer.toString(rwg.ratings()), numbers.fixed(rwg.variance(), 2),
                    numbers.fixed(rwg.value(), 2) + (rwg.beyondNull() ? " *" : ""));
        }
        text.append(table.render());
        if (beyond) {
            text.append("  * ").append(i18n.get("agreement.text.rwgBeyond")).append('\n');
        }
        return text.toString();
    }

    private String raters(RaterEffects effects) {
        StringBuilder text = new StringBuilder(i18n.format("agreement.text.raters",
                confidence(effects.confidence()))).append('\n');
        TextTable table = new TextTable(i18n.get("agreement.text.rater"), i18n.get("agreement.text.ratings"),
                i18n.get("agreement.text.leniency"), i18n.get("agreement.text.leniencyCi"),
                i18n.get("agreement.text.sd"), i18n.get("agreement.text.othersSd"), i18n.get("agreement.text.exact"),
                i18n.get("agreement.text.adjacent"), i18n.get("agreement.text.flags"));
        for (RaterProfile rater : effects.raters()) {
            table.row(rater.rater(), Integer.toString(rater.ratings()), numbers.signed(rater.leniency().mean(), 2),
                    interval(rater.leniency().interval()), numbers.fixed(rater.spread().sd(), 2),
                    numbers.fixed(rater.spread().othersSd(), 2), numbers.percent(rater.agreement().exact()),
                    numbers.percent(rater.agreement().adjacent()), flagNames(rater.flags()));
        }
        text.append(table.render());
        List<RaterProfile> flagged = effects.raters().stream().filter(r -> !r.flags().isEmpty()).toList();
        if (flagged.isEmpty()) {
            text.append("  ").append(i18n.get("agreement.text.noFlags")).append('\n');
        }
        for (RaterProfile rater : flagged) {
            for (RaterFlag flag : rater.flags()) {
                text.append("  ").append(rater.rater()).append(": ")
                        .append(flags.describe(flag, effects.confidence())).append('\n');
            }
        }
        return text.toString();
    }

    private String flagNames(List<RaterFlag> raterFlags) {
        return String.join(", ", raterFlags.stream().map(flag -> flags.name(flag.reason())).toList());
    }

    private String interval(Interval interval) {
        if (!interval.isKnown()) {
            return NumberText.UNKNOWN;
        }
        return i18n.format("agreement.text.interval", numbers.bound(interval.lower(), 2),
                numbers.bound(interval.upper(), 2));
    }

    private String confidence(double confidence) {
        return numbers.fixed(confidence * 100, 0);
    }
}
