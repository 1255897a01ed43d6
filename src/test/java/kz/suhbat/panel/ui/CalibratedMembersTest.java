package kz.suhbat.panel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.CurrentThreadTaskExecutor;
import kz.suhbat.testsupport.TestCalibration;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panel screen marks each voting member by their account's calibration: the date when it was within
 * the last twelve months, else "not calibrated", also for a member without an account; the secretary and
 * observers, who do not score, are not marked.
 */
class CalibratedMembersTest {

    private static final DateTimeFormatter DATES = DateTimeFormatter.ISO_LOCAL_DATE;

    @TempDir
    Path temp;

    private TestOffice office;
    private TestPanel panel;

    @BeforeEach
    void twoCalibratedMembers() {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        panel = TestPanel.seat(office);
        TestCalibration.calibrate(office, panel.memberAccounts.subList(0, 2));
        office.actAs(panel.secretary);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void membersCalibratedInTheLastTwelveMonthsShowTheDateAndTheOthersAreMarked() {
        LocalDate today = LocalDate.now();
        Map<String, String> shown = shownOn(today);
        assertEquals("✓ " + today, shown.get(TestPanel.VOTING[0]));
        assertEquals("✓ " + today, shown.get(TestPanel.VOTING[1]));
        for (int i = 2; i < TestPanel.VOTING.length; i++) {
            assertEquals("Not calibrated", shown.get(TestPanel.VOTING[i]), TestPanel.VOTING[i]);
        }
        assertEquals("", shown.get("Жұмабаева Айгерім"), "the secretary does not score");
    }

    @Test
    void aCalibrationMoreThanTwelveMonthsOldNoLongerCounts() {
        Map<String, String> shown = shownOn(LocalDate.now().plusMonths(12).plusDays(1));
        for (String member : TestPanel.VOTING) {
            assertEquals("Not calibrated", shown.get(member), member);
        }
    }

    @Test
    void aMemberWithoutAnAccountIsMarkedNotCalibrated() {
        office.services().panels().addMember(new PanelMember(0, panel.campaign.id(), "Жаңа Мүше", PanelRole.MEMBER,
                kz.suhbat.panel.Affiliation.NGO, TestPanel.AGENCY, null, null));
        PanelViewModel model = model(LocalDate.now());
        PanelMember noAccount = model.members().stream().filter(m -> m.fullName().equals("Жаңа Мүше")).findFirst()
                .orElseThrow();
        assertEquals("Not calibrated", model.calibration(noAccount, DATES));
        assertTrue(model.uncalibrated(noAccount), "and the row is marked");
        assertFalse(model.uncalibrated(model.members().stream().filter(m -> m.fullName().equals(TestPanel.VOTING[0]))
                .findFirst().orElseThrow()));
    }

    private Map<String, String> shownOn(LocalDate day) {
        PanelViewModel model = model(day);
        return model.members().stream().collect(Collectors.toMap(PanelMember::fullName,
                m -> model.calibration(m, DATES)));
    }

    private PanelViewModel model(LocalDate day) {
        var services = office.services();
        Clock clock = Clock.fixed(day.atStartOfDay(ZoneId.systemDefault()).plusHours(12).toInstant(),
                ZoneId.systemDefault());
        PanelViewModel model = new PanelViewModel(services.panels(), services.campaigns(), services.accounts()::list,
                services.calibrationStatus()::calibratedWithin, clock,
                new SimpleObjectProperty<Campaign>(panel.campaign), new CurrentThreadTaskExecutor(),
                new I18n(Language.EN), true);
        model.refresh();
        return model;
    }
}
