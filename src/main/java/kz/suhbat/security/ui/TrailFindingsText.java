package kz.suhbat.security.ui;

import java.util.ArrayList;
import java.util.List;
import kz.suhbat.audit.AuditVerification;
import kz.suhbat.audit.RecordFinding;
import kz.suhbat.audit.TrailReport;
import kz.suhbat.common.i18n.I18n;

/** What a check of the audit trail found, in sentences a secretary or administrator can act on. */
public final class TrailFindingsText {

    private TrailFindingsText() {
    }

    /** The alarm after the check at start: what was found, then what to do. */
    public static String alarm(TrailReport report, I18n i18n) {
        List<String> lines = new ArrayList<>();
        lines.add(i18n.get("trail.alarm.intro"));
        if (report.anchorMissing()) {
            lines.add("• " + i18n.get("trail.alarm.anchorMissing"));
        }
        report.cut().ifPresent(cut -> lines.add("• " + i18n.format("trail.alarm.cut", number(cut.anchored()),
                number(cut.found()))));
        report.chainBreak().ifPresent(b -> lines.add("• " + chainBreak(b, i18n)));
        report.records().forEach(r -> lines.add("• " + record(r, i18n)));
        lines.add(i18n.get("trail.alarm.advice"));
        return String.join("\n\n", lines);
    }

    /** The verdict of a full check of the trail, as the audit trail screen shows it. */
    public static String verdict(AuditVerification result, I18n i18n) {
        if (result.intact()) {
            return i18n.format("audit.intact", result.entries(), result.head()) + "\n"
                    + i18n.get("audit.recordsIntact");
        }
        List<String> lines = new ArrayList<>();
        result.firstBreak().ifPresent(b -> lines.add(chainBreak(b, i18n)));
        result.records().forEach(r -> lines.add(record(r, i18n)));
        return String.join("\n", lines);
    }

    private static String chainBreak(AuditVerification.Break found, I18n i18n) {
        return i18n.format("audit.broken", number(found.seq()), i18n.get("audit.problem." + found.problem().name()));
    }

    private static String record(RecordFinding finding, I18n i18n) {
        String whom = finding.subject().isBlank() ? i18n.get("audit.records.unknownCandidate") : finding.subject();
        return i18n.format("audit.records." + finding.problem().name(), whom, finding.entityId(),
                number(finding.seq()));
    }

    /** A sequence number as it is shown in the trail's list: digits only, no grouping. */
    private static String number(long seq) {
        return Long.toString(seq);
    }
}
