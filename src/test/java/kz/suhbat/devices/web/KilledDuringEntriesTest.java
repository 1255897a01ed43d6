package kz.suhbat.devices.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.scoring.Score;
import kz.suhbat.testsupport.ChildJvm;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Suhbat is killed (SIGKILL) while a member's device is sending entries: every entry the device showed as
 * saved is in the database when Suhbat starts again, and the entries the device still held are sent
 * once the member signs in again, so nothing typed is lost.
 */
class KilledDuringEntriesTest {

    @TempDir
    Path temp;

    private final Browsers browsers = new Browsers();
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.close();
        children.forEach(Process::destroyForcibly);
    }

    private String startSuhbat(int port) throws IOException {
        Process child = ChildJvm.builder(RoomChild.class, temp.toString(), String.valueOf(port))
                .redirectErrorStream(true).start();
        children.add(child);
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return line.substring("READY ".length());
            }
        }
        throw new IllegalStateException("Suhbat did not start its devices' server");
    }

    @Test
    void nothingShownAsSavedOnADeviceIsLostWhenSuhbatIsKilled() throws Exception {
        long interviewId;
        List<String> codes;
        try (TestOffice office = TestOffice.create(temp, RoomChild.DERIVATION)) {
            TestPanel panel = TestPanel.seat(office);
            Interview interview = office.services().interviews().start(panel.sitting.id(),
                    panel.candidates.get(1).id());
            interviewId = interview.id();
            codes = office.services().interviews().guide(interviewId).competencies().stream()
                    .map(GuideCompetency::code).toList();
        }
        String address = startSuhbat(0);
        Process first = children.get(0);
        DevicePage member = new DevicePage(browsers.open(360, 640), address);
        member.signIn(TestPanel.LOGINS[2], TestOffice.PASSWORD);
        member.awaitSheet();

        Map<String, String> typed = new LinkedHashMap<>();
        int half = Math.max(1, codes.size() / 2);
        for (String code : codes) {
            member.level(code, 4);
            typed.put("level:" + code, "4");
            member.evidence(code, "Команданы біріктірді, " + code);
            typed.put("evidence:" + code, "Команданы біріктірді, " + code);
            if (typed.size() == 2 * half) {
                member.waiting().until(d -> typed.keySet().stream().filter(f -> "saved".equals(member.state(f)))
                        .count() >= 2);
                first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        assertTrue(!first.isAlive(), "Suhbat was killed while entries were still being made");

        Map<String, String> shownSaved = new LinkedHashMap<>();
        typed.forEach((field, value) -> {
            if ("saved".equals(member.state(field))) {
                shownSaved.put(field, value);
            }
        });
        assertTrue(shownSaved.size() >= 2 && shownSaved.size() < typed.size(),
                "some entries were saved and some were still on the device: " + shownSaved.keySet());

        try (TestOffice office = TestOffice.signIn(new DataFolder(temp, DataFolder.Kind.EXPLICIT),
                RoomChild.DERIVATION)) {
            Map<String, String> stored = stored(office, interviewId);
            shownSaved.forEach((field, value) -> assertEquals(value, stored.get(field),
                    field + " was shown as saved on the device"));
        }

        startSuhbat(URI.create(address).getPort());
        member.waiting().until(d -> !d.findElement(By.id("connection")).getText().isEmpty());
        member.signIn(TestPanel.LOGINS[2], TestOffice.PASSWORD);
        member.awaitSheet();
        for (String field : typed.keySet()) {
            if (!shownSaved.containsKey(field)) {
                member.awaitState(field, "saved");
            }
        }
        children.get(1).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        try (TestOffice office = TestOffice.signIn(new DataFolder(temp, DataFolder.Kind.EXPLICIT),
                RoomChild.DERIVATION)) {
            assertEquals(typed, stored(office, interviewId), "what the device kept was sent once it was back");
        }
    }

    private static Map<String, String> stored(TestOffice office, long interviewId) {
        long campaign = office.services().interviewRepository().interview(interviewId).orElseThrow().campaignId();
        long member = office.services().panels().members(campaign).stream().filter(m -> m.fullName().equals(TestPanel.VOTING[2])).findFirst()
                .orElseThrow().id();
        Map<String, String> stored = new LinkedHashMap<>();
        for (Score score : office.services().interviewRepository().sheet(interviewId, member)) {
            if (score.level() != null) {
                stored.put("level:" + score.competencyCode(), String.valueOf(score.level()));
            }
            if (!score.evidence().isEmpty()) {
                stored.put("evidence:" + score.competencyCode(), score.evidence());
            }
        }
        return stored;
    }
}
