package kz.suhbat.security.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import kz.suhbat.audit.AuditVerification;
import kz.suhbat.audit.RecordFinding;
import kz.suhbat.audit.TrailReport;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import org.junit.jupiter.api.Test;

/** The alarm and the verdict read as sentences in every language: every finding named, no markup left. */
class TrailFindingsTextTest {

    private static final TrailReport EVERYTHING = new TrailReport(true, Optional.of(new TrailReport.Cut(1520, 1480)),
            Optional.of(new AuditVerification.Break(77, AuditVerification.Problem.NOT_SEALED)),
            List.of(new RecordFinding("interview", "12", RecordFinding.Problem.CHANGED, 0, "Сейітов Нұр"),
                    new RecordFinding("interview", "13", RecordFinding.Problem.DELETED, 901)),
            1600, 2);

    @Test
    void theAlarmNamesEachFindingInEveryLanguage() {
        for (Language language : Language.values()) {
            String alarm = TrailFindingsText.alarm(EVERYTHING, new I18n(language));
            for (String expected : List.of("trail-anchor.json", "1520", "1480", "77", "Сейітов Нұр", "12", "13",
                    "901")) {
                assertTrue(alarm.contains(expected), language + " names " + expected + ": " + alarm);
            }
            assertFalse(alarm.contains("''") || alarm.contains("{") || alarm.contains("CHANGED"),
                    language + ": " + alarm);
        }
    }

    @Test
    void theVerdictOfAnIntactTrailSaysSoWithoutMarkup() {
        for (Language language : Language.values()) {
            String verdict = TrailFindingsText.verdict(new AuditVerification(5, "ab".repeat(32), Optional.empty(),
                    List.of()), new I18n(language));
            assertTrue(verdict.contains("5") && verdict.contains("ab".repeat(32)), verdict);
            assertFalse(verdict.contains("''") || verdict.contains("{"), language + ": " + verdict);
        }
    }
}
