package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import kz.suhbat.devices.web.Browsers;
import kz.suhbat.devices.web.DevicePage;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Rater;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The secretary starts the members' devices of the open sitting from its Sittings tab; the window shows
 * the address, its QR code and the certificate's fingerprint, and, live, that a member's device (a real
 * headless Chromium) has connected and that the member's sheet is in; the sitting's own window, on its
 * scoring step, shows the sheet in without being touched. Closing the sitting stops them.
 */
@ExtendWith(ApplicationExtension.class)
class MembersDevicesWindowTest {

    @TempDir
    static Path temp;

    private SuhbatShell shell;
    private List<String> codes;
    private final Browsers browsers = new Browsers();

    @Start
    void start(Stage stage) throws Exception {
        shell = UiSteps.start(stage, interviewUnderWay(), kz.suhbat.common.i18n.Language.EN);
    }

    private Path interviewUnderWay() throws IOException {
        Path folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, UiSteps.DERIVATION)) {
            TestPanel panel = TestPanel.seat(office);
            long interview = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(0).id())
                    .id();
            codes = office.services().interviews().guide(interview).competencies().stream()
                    .map(GuideCompetency::code).toList();
        }
        return folder;
    }

    @AfterEach
    void close() {
        browsers.close();
        shell.close();
    }

    private String cell(FxRobot robot, String member, int column) {
        TableView<?> table = robot.lookup("#membersTable").queryTableView();
        for (int row = 0; row < table.getItems().size(); row++) {
            if (String.valueOf(table.getColumns().get(0).getCellData(row)).equals(member)) {
                return String.valueOf(table.getColumns().get(column).getCellData(row));
            }
        }
        return "";
    }

    @Test
    void theSecretarySeesWhoseDeviceIsConnectedAndWhoseSheetIsIn(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        UiSteps.openTheAgenda(robot);
        UiSteps.fire(robot, "devicesButton");
        UiSteps.waitFor(robot, "#roomPage");
        ComboBox<?> addresses = robot.lookup("#addressBox").queryComboBox();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !addresses.getItems().isEmpty());
        robot.interact(() -> addresses.getSelectionModel().selectLast());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Not signed in".equals(cell(robot, TestPanel.VOTING[1], 1)));
        UiSteps.fire(robot, "startButton");

        TextField link = robot.lookup("#linkField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> link.getText().startsWith("https://127.0.0.1:"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#qrCode").queryAs(ImageView.class).getImage(), "the QR code is shown");
        assertTrue(UiSteps.text(robot, "#shortFingerprint").matches("([0-9A-F]{2}:){3}[0-9A-F]{2}"));

        DevicePage member = new DevicePage(browsers.open(360, 640), link.getText());
        member.signIn(TestPanel.LOGINS[1], TestOffice.PASSWORD);
        member.awaitSheet();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Connected".equals(cell(robot, TestPanel.VOTING[1], 1)));
        assertEquals("Being scored", cell(robot, TestPanel.VOTING[1], 2));
        assertEquals("Does not score this candidate", cell(robot, TestPanel.VOTING[4], 2), "the recused member");

        TableView<?> agenda = robot.lookup("#agendaTable").queryTableView();
        robot.interact(() -> agenda.getSelectionModel().select(0));
        UiSteps.fire(robot, "interviewButton");
        UiSteps.waitFor(robot, "#interviewPane");
        UiSteps.stepTo(robot, "#raterList");
        ListView<Rater> raterList = robot.lookup("#raterList").queryListView();
        assertFalse(raterList.getItems().stream().anyMatch(Rater::submitted));

        for (String code : codes) {
            member.level(code, 3);
            member.evidence(code, "Нақты мысал келтірді");
        }
        for (String code : codes) {
            member.awaitState("evidence:" + code, "saved");
        }
        member.submit();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Submitted".equals(cell(robot, TestPanel.VOTING[1], 2)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> raterList.getItems().stream()
                .anyMatch(r -> r.fullName().equals(TestPanel.VOTING[1]) && r.submitted()));
        robot.interact(() -> ((Stage) raterList.getScene().getWindow()).close());

        robot.interact(() -> ((Stage) robot.lookup("#roomPage").query().getScene().getWindow()).close());
        javafx.scene.control.Button close = robot.lookup("#closeButton").queryButton();
        javafx.application.Platform.runLater(close::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#schedulePane #message")
                .startsWith("The sitting of"));
        URI address = URI.create(link.getText());
        try (Socket probe = new Socket()) {
            assertThrows(IOException.class, () -> probe.connect(new InetSocketAddress(address.getHost(),
                    address.getPort()), 2000), "closing the sitting stopped the devices' server");
        }
    }
}
