package kz.suhbat.devices.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.suhbat.devices.DeviceSession;
import kz.suhbat.devices.SheetEntry;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page a member's device shows, in Kazakh, Russian and English, on a 360×640 phone and a
 * 1366×768 laptop: nothing wider than the screen (no sideways scrolling, no cut-off text), no untranslated
 * text, and level buttons large enough to tap. Screenshots are kept in {@code target/device-pages}.
 */
class DevicePagesLayoutTest {

    private static final Path SHOTS = Path.of("target", "device-pages");
    private static final int[][] VIEWPORTS = {{360, 640}, {1366, 768}};

    @TempDir
    Path temp;

    private TestRoom room;
    private final Browsers browsers = new Browsers();

    @BeforeEach
    void room() throws IOException {
        Files.createDirectories(SHOTS);
        room = new TestRoom(temp);
    }

    @AfterEach
    void close() {
        browsers.close();
        room.close();
    }

    @Test
    void everyPageFitsAPhoneAndALaptopInEveryLanguage() throws IOException {
        for (int[] viewport : VIEWPORTS) {
            int member = viewport[0] == 360 ? 0 : 1;
            DevicePage device = new DevicePage(browsers.open(viewport[0], viewport[1]), room.server.address());
            for (String language : new String[] {"kk", "ru", "en"}) {
                String size = viewport[0] + "x" + viewport[1] + "-" + language;
                device.driver().get(room.server.address() + "lang/" + language + "?back=/signin");
                device.driver().get(room.server.address() + "signin#AB:CD:EF:12");
                device.waiting().until(d -> d.findElement(By.id("certificate")).getText().contains("AB:CD:EF:12"));
                check(device.driver(), "sign-in-" + size);
                device.signIn(TestPanel.LOGINS[member], TestOffice.PASSWORD);
                device.awaitSheet();
                check(device.driver(), "sheet-" + size);
                device.tap(device.driver().findElement(By.cssSelector("details.descriptors summary")));
                device.level(room.codes.get(0), 3);
                device.awaitState("level:" + room.codes.get(0), "saved");
                check(device.driver(), "sheet-levels-" + size);
                int tapHeight = ((Number) device.driver().executeScript(
                        "return document.querySelector('button.level').getBoundingClientRect().height;")).intValue();
                assertTrue(tapHeight >= 44, "a level button is at least 44 px high: " + tapHeight);
                device.tap(device.driver().findElement(By.id("signOut")));
                device.waiting().until(d -> d.getCurrentUrl().endsWith("/signin"));
            }
        }
    }

    @Test
    void theSubmittedAndTheVotePagesFitAPhoneInEveryLanguage() throws IOException {
        DevicePage device = new DevicePage(browsers.open(360, 640), room.server.address());
        device.signIn(TestPanel.LOGINS[0], TestOffice.PASSWORD);
        device.awaitSheet();
        for (String code : room.codes) {
            device.level(code, 4);
            device.evidence(code, "Бөлімнің жұмысын қайта ұйымдастырып, мерзімді екі есе қысқартты");
        }
        device.note(room.codes.get(0), 0, "Нақты мысал келтірді");
        for (String code : room.codes) {
            device.awaitState("evidence:" + code, "saved");
        }
        device.driver().executeScript("window.scrollTo(0, document.body.scrollHeight);");
        check(device.driver(), "sheet-end-360x640-kk");
        device.submit();
        for (String language : new String[] {"kk", "ru", "en"}) {
            device.language(language);
            device.waiting().until(d -> !d.findElements(By.id("submitted")).isEmpty());
            check(device.driver(), "submitted-360x640-" + language);
        }
        for (int member = 1; member < 4; member++) {
            DeviceSession other = room.desk.signIn(TestPanel.LOGINS[member],
                    TestOffice.PASSWORD.toCharArray(), kz.suhbat.common.i18n.Language.KK);
            for (String code : room.codes) {
                room.desk.enter(other, room.interview.id(), SheetEntry.parse("level:" + code, "3"));
                room.desk.enter(other, room.interview.id(), SheetEntry.parse("evidence:" + code, "Мысал"));
            }
            room.desk.submit(other, room.interview.id());
        }
        device.waiting().until(d -> !d.findElements(By.id("voteForm")).isEmpty());
        for (String language : new String[] {"en", "ru", "kk"}) {
            device.language(language);
            device.waiting().until(d -> !d.findElements(By.id("voteForm")).isEmpty());
            check(device.driver(), "vote-360x640-" + language);
        }
        device.driver().findElement(By.id("votePassword")).sendKeys("not the password");
        device.tap(device.driver().findElement(By.cssSelector("input[name='outcome'][value='NOT_RECOMMENDED']")));
        device.driver().findElement(By.id("opinion")).sendKeys("Тәжірибесі жеткіліксіз");
        device.tap(device.driver().findElement(By.id("castVote")));
        device.waiting().until(d -> !d.findElements(By.id("error")).isEmpty());
        check(device.driver(), "vote-refused-360x640-kk");
        assertTrue(device.driver().findElement(By.cssSelector("input[name='outcome'][value='NOT_RECOMMENDED']"))
                .isSelected(), "a refused vote keeps what the member chose");
        assertEquals("Тәжірибесі жеткіліксіз", device.driver().findElement(By.id("opinion")).getAttribute("value"));
    }

    private static void check(ChromeDriver driver, String name) throws IOException {
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        assertTrue(overflow.intValue() <= 0, name + " is wider than the screen by " + overflow + " px");
        String text = driver.findElement(By.tagName("body")).getText();
        assertFalse(text.matches("(?s).*![a-z]+\\.[A-Za-z.]+!.*"), name + " shows an untranslated key");
    }
}
