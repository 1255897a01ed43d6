package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.security.Account;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestCampaigns;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In Kazakh, a campaign's candidates are listed in the Kazakh alphabet's order. */
@ExtendWith(ApplicationExtension.class)
class KazakhOrderTest {

    /** Stored in an order that is neither alphabetical nor that of the letters' code points. */
    private static final List<String> SURNAMES = List.of("Іргебаев", "Бекова", "Әлиев", "Ыбыраев", "Алиев",
            "Қасымов", "Кенжебаев");

    @TempDir
    static Path temp;

    private SuhbatShell shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, UiSteps.DERIVATION)) {
            Account secretary = office.addAccount("secretary", "Айгерім Жұмабаева", Role.SECRETARY);
            office.actAs(secretary);
            Campaign campaign = office.services().campaigns().create(TestCampaigns.competition(office,
                    "Бас маман"));
            for (int i = 0; i < SURNAMES.size(); i++) {
                office.services().campaigns().addCandidate(TestCampaigns.candidate(campaign, SURNAMES.get(i),
                        "Нұрлан", TestCampaigns.IINS.get(i)));
            }
        }
        shell = UiSteps.start(stage, folder, Language.KK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void theCandidateListFollowsTheKazakhAlphabet(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        UiSteps.waitFor(robot, "#campaignsPage");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#campaignList").queryListView().getItems().size() == 1);
        robot.clickOn(new I18n(Language.KK).get("campaign.tab.candidates"));
        TableView<?> table = robot.lookup("#candidateTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == SURNAMES.size());

        List<String> shown = IntStream.range(0, SURNAMES.size())
                .mapToObj(i -> String.valueOf(table.getColumns().get(0).getCellData(i))).toList();
        assertEquals(List.of("Алиев Нұрлан", "Әлиев Нұрлан", "Бекова Нұрлан", "Кенжебаев Нұрлан", "Қасымов Нұрлан",
                "Ыбыраев Нұрлан", "Іргебаев Нұрлан"), shown);
    }
}
