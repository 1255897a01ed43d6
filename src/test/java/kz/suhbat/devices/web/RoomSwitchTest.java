package kz.suhbat.devices.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import kz.suhbat.devices.RoomException;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting and stopping the devices: a network that is no longer on the laptop is refused with a
 * reason the secretary can act on, and nothing is left running; a started room stops with its sitting.
 */
class RoomSwitchTest {

    @TempDir
    Path temp;

    @Test
    void aNetworkThatIsGoneIsRefusedInWordsAndAStartedRoomStopsWithItsSitting() {
        try (TestOffice office = TestOffice.create(temp, new KeyDerivation(1_000))) {
            TestPanel panel = TestPanel.seat(office);
            RoomSwitch rooms = new RoomSwitch(office.services().room(), new SecureRandom());
            RoomException gone = assertThrows(RoomException.class,
                    () -> rooms.start(panel.sitting.id(), "203.0.113.7"));
            assertEquals(RoomException.Reason.NETWORK_UNAVAILABLE, gone.reason());
            assertEquals("203.0.113.7", gone.args()[0]);
            assertFalse(rooms.running().isPresent(), "nothing is left running");

            RoomSwitch.Running running = rooms.start(panel.sitting.id(), "127.0.0.1");
            assertTrue(running.server().address().startsWith("https://127.0.0.1:"));
            rooms.stopFor(panel.sitting.id() + 1);
            assertTrue(rooms.running().isPresent(), "another sitting's closing leaves the room running");
            rooms.stopFor(panel.sitting.id());
            assertFalse(rooms.running().isPresent());
            assertTrue(running.desk().closed(), "its devices are signed out");
        }
    }
}
