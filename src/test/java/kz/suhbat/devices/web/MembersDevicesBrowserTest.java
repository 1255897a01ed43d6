package kz.suhbat.devices.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.scoring.Score;
import kz.suhbat.scoring.Vote;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * Members score from their own devices in real headless Chromium sessions, against the room's HTTPS
 * room.server on the secretary's laptop (a real H2 file, the secretary signed in there throughout). The first
 * candidate is scored by four members (the fifth is recused).
 */
class MembersDevicesBrowserTest {

    private static final String PASSWORD = TestOffice.PASSWORD;

    @TempDir
    Path temp;

    private TestRoom room;
    private final Browsers browsers = new Browsers();

    @BeforeEach
    void room() {
        room = new TestRoom(temp);
    }

    @AfterEach
    void close() {
        browsers.close();
        room.close();
    }

    private DevicePage device() {
        return new DevicePage(browsers.open(360, 640), room.server.address());
    }

    private List<Score> stored(int member) {
        return room.office.services().interviewRepository().sheet(room.interview.id(), room.panel.voting.get(member).id());
    }

    @Test
    void fourMembersScoreOnTheirOwnDevicesLoseTheConnectionComeBackAndSubmit() {
        List<DevicePage> devices = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            DevicePage device = device();
            device.signIn(TestPanel.LOGINS[i], PASSWORD);
            device.awaitSheet();
            devices.add(device);
        }
        assertEquals(4, room.desk.lastSeen().size(), "the secretary's laptop sees four devices");

        DevicePage offline = devices.get(1);
        ChromiumNetworkConditions cut = new ChromiumNetworkConditions();
        cut.setOffline(true);
        offline.driver().setNetworkConditions(cut);
        for (String code : room.codes) {
            offline.level(code, 2);
            offline.evidence(code, "Мысал келтірмеді: " + code);
        }
        for (String code : room.codes) {
            offline.awaitState("level:" + code, "kept");
            offline.awaitState("evidence:" + code, "kept");
        }
        assertTrue(offline.driver().findElement(By.id("connection")).isDisplayed(),
                "the device says it has no connection and keeps the entries");
        assertTrue(stored(1).isEmpty(), "nothing reached the laptop while the device was offline");

        for (int i : new int[] {0, 2, 3}) {
            DevicePage device = devices.get(i);
            for (String code : room.codes) {
                device.level(code, 3 + i % 2);
                device.evidence(code, "Бөлімді қайта құрды " + i);
            }
            device.note(room.codes.get(0), 0, "Нақты мысал " + i);
            for (String code : room.codes) {
                device.awaitState("level:" + code, "saved");
                device.awaitState("evidence:" + code, "saved");
            }
        }

        offline.driver().deleteNetworkConditions();
        for (String code : room.codes) {
            offline.awaitState("level:" + code, "saved");
            offline.awaitState("evidence:" + code, "saved");
        }
        assertEquals(room.codes.size(), stored(1).size(), "back on the network, the device sent what it kept");
        assertTrue(stored(1).stream().allMatch(s -> s.level() == 2));

        devices.get(0).submit();
        assertTrue(devices.get(0).text("progress").contains("1"), devices.get(0).text("progress"));
        for (int i = 1; i < 4; i++) {
            devices.get(i).submit();
        }
        for (int i = 0; i < 4; i++) {
            long account = room.panel.memberAccounts.get(i).id();
            assertTrue(stored(i).stream().allMatch(s -> s.enteredBy() == account), "every entry is its member's");
        }

        DevicePage voter = devices.get(0);
        voter.waiting().until(d -> !d.findElements(By.id("voteForm")).isEmpty());
        voter.tap(voter.driver().findElement(By.cssSelector("input[name='outcome'][value='RECOMMENDED']")));
        voter.driver().findElement(By.id("votePassword")).sendKeys(PASSWORD);
        voter.tap(voter.driver().findElement(By.id("castVote")));
        voter.waiting().until(d -> !d.findElements(By.id("ownVote")).isEmpty());
        Vote vote = room.office.services().deliberation().deliberation(room.interview.id()).vote(room.panel.voting.get(0).id())
                .orElseThrow();
        assertEquals(Outcome.RECOMMENDED, vote.outcome());
        assertFalse(vote.transcribed(), "cast by the member, not transcribed");
    }

    @Test
    void aDeviceReachesItsOwnSheetOnlyAndNothingBeforeTheReveal() {
        DevicePage first = device();
        first.signIn(TestPanel.LOGINS[0], PASSWORD);
        first.awaitSheet();
        DevicePage second = device();
        second.signIn(TestPanel.LOGINS[1], PASSWORD);
        second.awaitSheet();
        String code = room.codes.get(0);
        second.level(code, 5);
        second.evidence(code, "Тек екінші мүшенің дәлелі");
        second.awaitState("evidence:" + code, "saved");

        first.driver().navigate().refresh();
        first.awaitSheet();
        assertFalse(first.driver().getPageSource().contains("Тек екінші мүшенің дәлелі"),
                "a member's page holds nothing of another member's sheet");

        long otherMember = room.panel.voting.get(1).id();
        Map<String, Object> aimedAtOther = first.fetch("/api/entry", "{\"interview\":" + room.interview.id()
                + ",\"member\":" + otherMember + ",\"field\":\"level:" + code + "\",\"value\":\"1\"}", true);
        assertEquals(200L, aimedAtOther.get("status"));
        assertEquals(5, stored(1).stream().filter(s -> s.competencyCode().equals(code)).findFirst().orElseThrow()
                .level(), "a request naming another member's sheet changes only the sender's own");
        assertEquals(1, stored(0).get(0).level());

        Map<String, Object> elsewhere = first.fetch("/api/entry", "{\"interview\":999999,\"field\":\"level:"
                + code + "\",\"value\":\"3\"}", true);
        assertEquals(422L, elsewhere.get("status"), "an room.interview of another sitting or campaign is refused");
        assertTrue(String.valueOf(elsewhere.get("body")).contains("error"));

        Map<String, Object> huge = first.fetch("/api/entry", "{\"interview\":" + room.interview.id()
                + ",\"field\":\"evidence:" + code + "\",\"value\":\"" + "x".repeat(100_000) + "\"}", true);
        assertEquals(413L, huge.get("status"), "a request larger than an entry needs is refused");
        Map<String, Object> tooLong = first.fetch("/api/entry", "{\"interview\":" + room.interview.id()
                + ",\"field\":\"evidence:" + code + "\",\"value\":\"" + "x".repeat(5_000) + "\"}", true);
        assertEquals(422L, tooLong.get("status"), "evidence longer than the sheet keeps is refused, in words");
        assertTrue(String.valueOf(tooLong.get("body")).contains("TEXT_TOO_LONG"), String.valueOf(tooLong.get("body")));

        Map<String, Object> forged = first.fetch("/api/entry", "{\"interview\":" + room.interview.id()
                + ",\"field\":\"level:" + code + "\",\"value\":\"4\"}", false);
        assertEquals(403L, forged.get("status"), "a request without the page's token is refused");
        assertEquals(1, stored(0).get(0).level());

        Map<String, Object> early = first.postForm("/vote", List.of("interview", String.valueOf(room.interview.id()),
                "outcome", "RECOMMENDED", "password", PASSWORD));
        assertEquals(422L, early.get("status"), "no vote before every sheet is in");
        assertTrue(room.office.services().interviewRepository().votes(room.interview.id()).isEmpty());

        DevicePage stranger = device();
        stranger.driver().get(room.server.address());
        assertTrue(stranger.driver().getCurrentUrl().endsWith("/signin"), "a device not signed in sees the sign-in");
        Map<String, Object> anonymous = stranger.fetch("/api/entry", "{\"interview\":" + room.interview.id()
                + ",\"field\":\"level:" + code + "\",\"value\":\"4\"}", false);
        assertEquals(401L, anonymous.get("status"));

        stranger.signIn(TestPanel.LOGINS[1], "wrong password");
        assertTrue(stranger.waiting().until(d -> d.findElement(By.id("error"))).isDisplayed(),
                "a wrong password is refused");
        assertTrue(stranger.driver().findElements(By.id("sheet")).isEmpty());
    }

    @Test
    void theServerListensOnTheChosenAddressOnlyOverHttps() throws Exception {
        assertEquals(List.of("127.0.0.1:" + room.server.port()), room.server.listening(),
                "one connector, on the address chosen");
        java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + room.server.port() + "/signin")).build();
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> plain.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()),
                "nothing is served without TLS");
    }

    @Test
    void stoppingTheDevicesSignsEveryDeviceOut() {
        DevicePage member = device();
        member.signIn(TestPanel.LOGINS[2], PASSWORD);
        member.awaitSheet();
        room.office.services().room().closed(room.desk);
        member.level(room.codes.get(0), 3);
        member.awaitState("level:" + room.codes.get(0), "kept");
        assertTrue(member.driver().findElement(By.id("connection")).getText().length() > 0,
                "the device says it was signed out and keeps the entry");
        ChromeDriver driver = member.driver();
        driver.navigate().refresh();
        assertTrue(driver.getCurrentUrl().endsWith("/signin"));
    }
}
