package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.suhbat.analytics.Dimension;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.security.KeyDerivation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst of the demo's central office opens Reports, groups the imported candidates by region,
 * reads the heatmap, drills into a cell (the candidates behind it, their IIN masked) and exports the
 * reports to XLSX and PDF, which read back with the same figures.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsScreenTest {

    @TempDir
    static Path temp;
    private static Path demo;

    private SuhbatShell shell;
    private final Deque<Path> chosen = new ArrayDeque<>();

    @BeforeAll
    static void demoOffice() throws IOException {
        demo = Files.createTempDirectory(temp, "demo");
        kz.suhbat.testsupport.TestServer.prepare(demo);
        try (Entrance entrance = new Entrance(new DataFolder(demo, DataFolder.Kind.EXPLICIT), new KeyDerivation(10_000),
                Clock.systemUTC(), new SecureRandom())) {
            DemoOffice.setUp(entrance);
        }
    }

    @Start
    void start(Stage stage) {
        shell = UiSteps.startChoosing(stage, demo, chosen);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void theAnalystGroupsByRegionDrillsIntoACellAndExports(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "analyst", DemoOffice.PASSWORD);
        robot.clickOn("#nav-reports");
        UiSteps.waitFor(robot, "#reportsPage");
        ComboBox<Dimension> groupBy = robot.lookup("#groupBy").queryComboBox();
        robot.interact(() -> groupBy.setValue(Dimension.TYPE));
        robot.clickOn("#groupBy").type(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> groupBy.getValue() == Dimension.REGION
                && !robot.lookup("#busy").query().isVisible());
        TableView<?> outcomes = robot.lookup("#outcomeTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !outcomes.getItems().isEmpty());
        assertEquals("Region", ((javafx.scene.control.Label) outcomes.getColumns().get(0).getGraphic()).getText(), "the decisions are grouped by region");
        List<String> regions = column(outcomes, 0);
        assertEquals("All", regions.get(regions.size() - 1), "the last row sums every region");

        robot.clickOn("Competency profiles");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup(".heat-cell").queryAll().isEmpty());
        List<Node> cells = List.copyOf(robot.lookup(".heat-cell").queryAll());
        Button cell = (Button) cells.get(0);
        String tip = cell.getTooltip().getText();
        long count = Long.parseLong(tip.substring(tip.lastIndexOf(';') + 1).replaceAll("\\D", ""));
        robot.clickOn(cell);
        TableView<?> drill = robot.lookup("#drillTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !drill.getItems().isEmpty());
        assertEquals(count, drill.getItems().size(), "the drill-down lists every candidate the cell counts");
        assertTrue(column(drill, 2).stream().allMatch(iin -> iin.startsWith("••••••••") && iin.length() == 12),
                "the IINs are masked: " + column(drill, 2));
        assertTrue(UiSteps.text(robot, "#drillTitle").endsWith(": " + count + " candidates"),
                UiSteps.text(robot, "#drillTitle"));

        Path xlsx = temp.resolve("reports.xlsx");
        chosen.add(xlsx);
        robot.clickOn("#exportXlsxButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(xlsx));
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("Decisions", "Competency profiles", "Deliberation",
                    "Decisions against the threshold", sheets.get(sheets.size() - 1)), sheets);
            Sheet decisions = workbook.getSheets().findFirst().orElseThrow();
            List<String> firstColumn = decisions.read().stream().map(r -> r.getCellText(0)).collect(Collectors.toList());
            assertTrue(firstColumn.containsAll(regions), "the workbook has every region of the screen: " + firstColumn);
            Sheet drilled = workbook.getSheets().reduce((a, b) -> b).orElseThrow();
            List<Row> rows = drilled.read();
            assertEquals(3 + count, rows.size(), "the drilled candidates follow the title, filter and header rows");
            assertTrue(rows.stream().skip(3).allMatch(r -> r.getCellText(2).startsWith("••••••••")),
                    "the workbook keeps the IINs masked");
        }

        Path pdf = temp.resolve("reports.pdf");
        chosen.add(pdf);
        robot.clickOn("#exportPdfButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(pdf));
        try (var document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Competency profiles") && text.contains("Decisions against the threshold"), text);
            assertTrue(text.contains(regions.get(0)), "the PDF names the regions");
            assertFalse(text.contains("reports."), "no message key shows in place of a text");
        }

        robot.clickOn("Raters");
        TableView<?> raters = robot.lookup("#raterTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !raters.getItems().isEmpty());
        List<String> flags = column(raters, 3);
        long flagged = flags.stream().filter(f -> !f.isEmpty()).count();
        assertTrue(flagged >= 40, "the lenient member of every imported panel is flagged: " + flagged);
        assertTrue(flags.subList(0, (int) flagged).stream().noneMatch(String::isEmpty)
                && flags.subList((int) flagged, flags.size()).stream().allMatch(String::isEmpty),
                "the flagged members come first");
        assertTrue(flags.stream().anyMatch(f -> f.contains("levels above the other members")), flags.get(0));
        robot.interact(() -> {
            raters.requestFocus();
            raters.getSelectionModel().select(1);
            raters.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#raterStatisticsPage").queryAll().isEmpty(), "moving through the rows opens nothing");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        UiSteps.waitFor(robot, "#raterStatisticsPage");
    }

    private static List<String> column(TableView<?> table, int index) {
        return java.util.stream.IntStream.range(0, table.getItems().size())
                .mapToObj(row -> String.valueOf(table.getColumns().get(index).getCellData(row))).toList();
    }
}
