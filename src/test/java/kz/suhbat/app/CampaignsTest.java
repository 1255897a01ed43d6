package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRole;
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

/** The secretary sets up a campaign: its candidates (by hand and from files), its panel and a sitting. */
@ExtendWith(ApplicationExtension.class)
class CampaignsTest {

    @TempDir
    static Path temp;

    private Path folder;
    private SuhbatShell shell;
    private final Deque<Path> chosenFiles = new ArrayDeque<>();

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(temp, "data");
        try (TestOffice office = TestOffice.create(folder, UiSteps.DERIVATION)) {
            Account secretary = office.addAccount("secretary", "Айгерім Жұмабаева", Role.SECRETARY);
            office.actAs(secretary);
            Campaign campaign = office.services().campaigns().create(TestCampaigns.competition(office,
                    "Главный специалист ЦОН"));
            office.services().campaigns().addCandidate(TestCampaigns.candidate(campaign, "Ержанов", "Ғалым",
                    TestCampaigns.IINS.get(0)));
            office.services().campaigns().addCandidate(TestCampaigns.candidate(campaign, "Мұқанова", "Құралай",
                    TestCampaigns.IINS.get(1)));
        }
        shell = UiSteps.startChoosing(stage, folder, chosenFiles);
    }

    @AfterEach
    void close() {
        shell.close();
    }


    private void openCampaignTab(FxRobot robot, String tab) throws Exception {
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        UiSteps.waitFor(robot, "#campaignsPage");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#campaignList").queryListView().getItems().size() == 1);
        robot.clickOn(tab);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String message(FxRobot robot, String pane) {
        return robot.lookup(pane + " #" + (pane.equals("#campaignsPage") ? "campaignMessage" : "message")).queryLabeled().getText();
    }

    /** Every text of a dialog's content, its problem lists included. */
    private static String dialogText(javafx.scene.Node content) {
        StringBuilder text = new StringBuilder(content instanceof javafx.scene.control.Labeled l ? l.getText() : "");
        content.lookupAll(".label").forEach(n -> text.append('\n').append(((javafx.scene.control.Labeled) n).getText()));
        content.lookupAll(".list-cell").forEach(n -> text.append('\n').append(((javafx.scene.control.Labeled) n).getText()));
        content.lookupAll(".text-area").forEach(n -> text.append('\n').append(((TextInputControl) n).getText()));
        return text.toString();
    }

    private static TableView<Candidate> candidates(FxRobot robot) {
        return robot.lookup("#candidateTable").queryTableView();
    }

    @Test
    void aSecretaryCreatesACampaignAndAddsACandidateWhoseIinIsChecked(FxRobot robot) throws Exception {
        openCampaignTab(robot, "Campaign");
        robot.clickOn("#newCampaignButton");
        UiSteps.type(robot, "titleField-ru", "Ведущий специалист отдела регистрации");
        UiSteps.type(robot, "postNameField-ru", "Ведущий специалист");
        UiSteps.fire(robot, "saveCampaignButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#campaignList").queryListView().getItems().size() == 2);
        assertTrue(message(robot, "#campaignsPage").contains("is saved"), message(robot, "#campaignsPage"));

        robot.clickOn("Candidates");
        robot.clickOn("#addCandidateButton");
        UiSteps.type(robot, "lastNameField", "Әбілқасымова");
        UiSteps.type(robot, "firstNameField", "Ғалия");
        UiSteps.type(robot, "iinField", "870412300415");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(UiSteps.text(robot, "#iinCheck").startsWith("The last digit does not match"));
        UiSteps.type(robot, "iinField", TestCampaigns.IINS.get(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A valid IIN", UiSteps.text(robot, "#iinCheck"));
        UiSteps.fire(robot, "saveCandidateButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> candidates(robot).getItems().size() == 1);
        assertEquals("Әбілқасымова Ғалия", candidates(robot).getItems().get(0).fullName());
        assertEquals(TestCampaigns.IINS.get(2), candidates(robot).getItems().get(0).iin(),
                "the secretary sees the IIN in full");
    }

    @Test
    void aLanguageSwitchKeepsTheOpenTabAndTheCampaignsProfile(FxRobot robot) throws Exception {
        openCampaignTab(robot, "Panel");
        Object profile = robot.lookup("#postProfileBox").queryComboBox().getValue();
        assertTrue(profile != null, "the campaign has its position profile");
        ComboBox<kz.suhbat.common.i18n.Language> languages = robot.lookup("#languageBox").queryComboBox();
        robot.interact(() -> languages.getSelectionModel().select(kz.suhbat.common.i18n.Language.RU));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Комиссия").tryQuery().isPresent()
                && robot.lookup("#campaignList").queryListView().getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TabPane tabs = robot.lookup("#campaignTabs").query();
        assertEquals("panelTab", tabs.getSelectionModel().getSelectedItem().getId(), "the open tab stays open");
        assertEquals(profile, robot.lookup("#postProfileBox").queryComboBox().getValue(), "the profile is kept");
        robot.clickOn("Кампания");
        UiSteps.fire(robot, "saveCampaignButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot, "#campaignsPage").contains("сохранена"));
    }

    @Test
    void candidatesAreImportedFromAFileOrNotAtAll(FxRobot robot) throws Exception {
        Path windows1251 = Files.write(temp.resolve("list-1251.csv"), ("Фамилия;Имя;ИИН\nИванов;Сергей;"
                + TestCampaigns.IINS.get(3) + "\n").getBytes(Charset.forName("windows-1251")));
        Path otherPost = Files.writeString(temp.resolve("other-post.csv"), "Тегі;Аты;ЖСН;Лауазым\n"
                + "Серікбаев;Дәурен;" + TestCampaigns.IINS.get(3) + ";Маман\n", StandardCharsets.UTF_8);
        Path good = Files.writeString(temp.resolve("list.csv"), "Тегі;Аты;ЖСН;Лауазым\n"
                + "Серікбаев;Дәурен;" + TestCampaigns.IINS.get(3) + ";главный специалист\n"
                + "Үмбетова;Мөлдір;" + TestCampaigns.IINS.get(4) + ";\n", StandardCharsets.UTF_8);
        openCampaignTab(robot, "Candidates");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> candidates(robot).getItems().size() == 2);

        chosenFiles.add(windows1251);
        robot.clickOn("#importCandidatesButton");
        UiSteps.waitFor(robot, ".dialog-pane");
        assertTrue(robot.lookup(".dialog-pane .content").queryLabeled().getText().contains("CSV UTF-8"));
        robot.clickOn("Close");
        assertEquals(2, candidates(robot).getItems().size(), "nothing was imported");

        chosenFiles.add(otherPost);
        robot.clickOn("#importCandidatesButton");
        UiSteps.waitFor(robot, "#mapping-2");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .content").tryQuery()
                .map(n -> dialogText(n)).orElse("").contains("no such post"));
        String refusal = dialogText(robot.lookup(".dialog-pane .content").query());
        assertTrue(refusal.contains("row 2") && refusal.contains("«Маман»") && refusal.contains("Главный специалист"),
                refusal);
        robot.clickOn("Close");
        assertEquals(2, candidates(robot).getItems().size(), "nothing was imported");

        chosenFiles.add(good);
        robot.clickOn("#importCandidatesButton");
        UiSteps.waitFor(robot, "#mapping-2");
        ComboBox<?> iinColumn = robot.lookup("#mapping-2").queryComboBox();
        assertEquals("IIN", String.valueOf(iinColumn.getValue()), "the ЖСН column is taken for the IIN");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> candidates(robot).getItems().size() == 4);
        assertTrue(candidates(robot).getItems().stream().anyMatch(c -> c.fullName().equals("Үмбетова Мөлдір")
                && c.postName(Language.RU).equals("Главный специалист")), "a row without a post is for the only post");
        assertEquals("2 candidates are imported.", message(robot, "#candidatesPane"));
        assertTrue(dialog.getScene() == null || !dialog.getScene().getWindow().isShowing());
    }

    @Test
    void aPanelIsFormedAConflictRecusesAMemberAndASittingWithoutQuorumDoesNotOpen(FxRobot robot) throws Exception {
        openCampaignTab(robot, "Panel");
        addMember(robot, "Сейтқали Ерлан", PanelRole.CHAIR);
        addMember(robot, "Оспанов Бауыржан", PanelRole.MEMBER);
        addMember(robot, "Ахметова Динара", PanelRole.MEMBER, true);
        assertTrue(UiSteps.text(robot, "#quorumSummary").startsWith("Voting members: 3; quorum: 2"));
        TableView<PanelMember> members = robot.lookup("#memberTable").queryTableView();
        assertEquals("Deputy chair", members.getColumns().get(1).getCellData(members.getItems().stream()
                .filter(m -> m.fullName().equals("Ахметова Динара")).findFirst().orElseThrow()),
                "the member marked deputy chair is shown so");

        TableView<Candidate> grid = robot.lookup("#conflictTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> grid.getColumns().size() == 4);
        TableColumn<Candidate, ?> dinara = grid.getColumns().stream()
                .filter(c -> c.getText().equals("Ахметова Динара")).findFirst().orElseThrow();
        robot.interact(() -> {
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(0, dinara);
            grid.getFocusModel().focus(0, dinara);
        });
        robot.clickOn("#conflictButton");
        UiSteps.waitFor(robot, ".dialog-pane .text-field");
        robot.interact(() -> robot.lookup(".dialog-pane .text-field").queryAs(TextInputControl.class)
                .setText("Родственница кандидата"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> grid.getColumns().stream()
                .filter(c -> c.getText().equals("Ахметова Динара")).findFirst()
                .map(c -> String.valueOf(c.getCellData(0))).orElse("").equals("conflict: Родственница кандидата"));
        assertTrue(message(robot, "#panelPane").startsWith("Recorded: Ахметова Динара has a conflict of interest"));

        robot.clickOn("Sittings");
        UiSteps.type(robot, "newRoom", "Зал 3");
        robot.clickOn("#planButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#sittingBox").queryComboBox().getValue() != null);
        ComboBox<Candidate> slotCandidate = robot.lookup("#slotCandidate").queryComboBox();
        robot.interact(() -> slotCandidate.getSelectionModel().select(0));
        robot.clickOn("#addSlotButton");
        TableView<?> agenda = robot.lookup("#agendaTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> agenda.getItems().size() == 1);

        UiSteps.fire(robot, "openButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot, "#schedulePane").equals(
                "No quorum: 0 of 3 voting members are present, 2 are needed. The sitting cannot open."));
        markPresent(robot, "Сейтқали Ерлан");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#quorumState")
                .startsWith("No quorum: 1 of 3"));
        markPresent(robot, "Оспанов Бауыржан");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#quorumState")
                .startsWith("Quorum: 2 of 3"));
        UiSteps.fire(robot, "openButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot, "#schedulePane").startsWith(
                "The sitting of") && message(robot, "#schedulePane").endsWith("is open."));
    }

    @Test
    void aMembersOrganisationIsKeptInKazakhAndRussianAndTheFormAsksForTheMissingOne(FxRobot robot) throws Exception {
        openCampaignTab(robot, "Panel");
        TableView<PanelMember> members = robot.lookup("#memberTable").queryTableView();
        robot.clickOn("#addMemberButton");
        UiSteps.type(robot, "memberName", "Петренко Ирина");
        UiSteps.type(robot, "memberOrganisation-ru", "Общественный совет г. Астаны");
        assertEquals("Not yet written in Kazakh: the organisation. Until it is, protocols in Kazakh print the "
                + "Russian.", UiSteps.text(robot, "#missingOrganisation"));
        ComboBox<Account> accounts = robot.lookup("#memberAccount").queryComboBox();
        robot.interact(() -> accounts.getSelectionModel().select(accounts.getItems().stream()
                .filter(a -> a != null && a.login().equals("secretary")).findFirst().orElseThrow()));
        UiSteps.fire(robot, "saveMemberButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> members.getItems().size() == 1);

        // A member who signs in with an account is edited like any other.
        robot.interact(() -> members.getSelectionModel().select(0));
        UiSteps.fire(robot, "editMemberButton");
        UiSteps.waitFor(robot, "#memberOrganisation-kk");
        assertEquals("Петренко Ирина", robot.lookup("#memberName").queryAs(TextInputControl.class).getText(),
                "the form shows the member");
        assertEquals("secretary", accounts.getValue().login(), "and the account they sign in with");
        UiSteps.type(robot, "memberOrganisation-kk", "Астана қаласының қоғамдық кеңесі");
        assertFalse(robot.lookup("#missingOrganisation").query().isVisible(), "nothing is missing any more");
        UiSteps.fire(robot, "saveMemberButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !members.getItems().isEmpty()
                && members.getItems().get(0).organisation().kk().equals("Астана қаласының қоғамдық кеңесі"));
        assertEquals(LocalizedText.of("Астана қаласының қоғамдық кеңесі", "Общественный совет г. Астаны", ""),
                members.getItems().get(0).organisation());
    }

    private static void markPresent(FxRobot robot, String name) {
        javafx.scene.control.CheckBox box = robot.lookup("#attendanceBox .check-box")
                .queryAllAs(javafx.scene.control.CheckBox.class).stream()
                .filter(b -> b.getText().startsWith(name)).findFirst().orElseThrow();
        robot.interact(() -> box.setSelected(true));
    }

    private static void addMember(FxRobot robot, String name, PanelRole role) throws Exception {
        addMember(robot, name, role, false);
    }

    /** Adds a member; {@code deputy} ticks "Deputy chair" with the space bar. */
    private static void addMember(FxRobot robot, String name, PanelRole role, boolean deputy) throws Exception {
        TableView<?> members = robot.lookup("#memberTable").queryTableView();
        int before = members.getItems().size();
        robot.clickOn("#addMemberButton");
        UiSteps.type(robot, "memberName", name);
        ComboBox<PanelRole> roles = robot.lookup("#memberRole").queryComboBox();
        robot.interact(() -> roles.getSelectionModel().select(role));
        if (deputy) {
            robot.interact(() -> robot.lookup("#memberDeputy").query().requestFocus());
            robot.type(javafx.scene.input.KeyCode.SPACE);
        }
        UiSteps.fire(robot, "saveMemberButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> members.getItems().size() == before + 1);
    }
}
