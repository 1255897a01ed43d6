package kz.suhbat.analytics.file;

import kz.suhbat.analytics.Competency;
import kz.suhbat.analytics.Dimension;
import kz.suhbat.analytics.Group;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.scoring.Outcome;

/** The names a report gives its groups, competencies and decisions, in one language. */
public final class ReportLabels {

    private final I18n i18n;

    public ReportLabels(I18n i18n) {
        this.i18n = i18n;
    }

    public I18n i18n() {
        return i18n;
    }

    public String dimension(Dimension dimension) {
        return i18n.get("reports.dimension." + dimension.name());
    }

    /** A group's name: an office's own, a year as it is, the other values in this language. */
    public String group(Dimension dimension, Group group) {
        return value(dimension, group.value(), group.name());
    }

    public String value(Dimension dimension, String value, String name) {
        if (value == null || value.isEmpty()) {
            return i18n.get("reports.notGiven");
        }
        return switch (dimension) {
            case TYPE -> i18n.get("campaign.type." + value);
            case REGION -> i18n.get("region." + value);
            case BODY -> i18n.get("campaign.body." + value);
            case OFFICE -> name == null || name.isBlank() ? value : name;
            case POST_GROUP -> postGroup(value);
            case YEAR -> value;
        };
    }

    private String postGroup(String value) {
        String[] parts = value.split("-", 2);
        return parts.length < 2 ? value : i18n.format("reports.postGroupValue", i18n.get("rubric.corps." + parts[0]),
                i18n.get("rubric.postGroup." + parts[1]));
    }

    public String outcome(Outcome outcome) {
        return i18n.get("outcome." + outcome.name());
    }

    public String competency(Competency competency) {
        return competency.name(i18n.language());
    }
}
