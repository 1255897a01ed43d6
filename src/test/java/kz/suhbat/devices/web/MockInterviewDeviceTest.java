package kz.suhbat.devices.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import kz.suhbat.devices.RoomDesk;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A mock interview of a training course, run by the trainer: the trainees score on their own devices
 * too, and every page they see says TRAINING.
 */
class MockInterviewDeviceTest {

    @TempDir
    Path temp;

    @Test
    void aTraineesDeviceSaysTrainingOnTheSheet() {
        try (TestOffice office = TestOffice.create(temp, new KeyDerivation(1_000));
             Browsers browsers = new Browsers()) {
            TestPanel panel = TestPanel.seatTraining(office);
            RoomDesk desk = office.services().room().open(panel.sitting.id());
            try (RoomServer server = RoomServer.start(desk, office.services().room().certificate(), "127.0.0.1", 0,
                    new SecureRandom())) {
                office.services().interviews().start(panel.sitting.id(), panel.candidates.get(1).id());
                DevicePage trainee = new DevicePage(browsers.open(360, 640), server.address());
                trainee.signIn(TestPanel.LOGINS[2], TestOffice.PASSWORD);
                trainee.awaitSheet();
                assertTrue(trainee.driver().findElement(By.id("training")).isDisplayed());
                trainee.language("en");
                trainee.awaitSheet();
                assertEquals("TRAINING — not a real selection",
                        trainee.driver().findElement(By.id("training")).getText());
            }
        }
    }
}
