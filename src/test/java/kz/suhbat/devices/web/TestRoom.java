package kz.suhbat.devices.web;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import kz.suhbat.devices.RoomDesk;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;

/**
 * An open sitting on a real H2 file, the secretary signed in on the laptop, the first candidate's
 * interview under way (scored by four members: the fifth is recused) and the members' devices started
 * on 127.0.0.1.
 */
final class TestRoom implements AutoCloseable {

    final TestOffice office;
    final TestPanel panel;
    final RoomDesk desk;
    final RoomServer server;
    final Interview interview;
    /** The competencies of the interview's sheet, in order. */
    final List<String> codes;

    TestRoom(Path temp) {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        panel = TestPanel.seat(office);
        desk = office.services().room().open(panel.sitting.id());
        server = RoomServer.start(desk, office.services().room().certificate(), "127.0.0.1", 0, new SecureRandom());
        interview = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(0).id());
        codes = office.services().interviews().guide(interview.id()).competencies().stream()
                .map(GuideCompetency::code).toList();
    }

    @Override
    public void close() {
        server.close();
        office.close();
    }
}
