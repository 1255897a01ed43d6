package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import kz.suhbat.testsupport.TestOffice;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The secretary saves the sitting's protocol as a PDF and the campaign's results as a CSV from the
 * Sittings tab; a folder that is gone is reported in words.
 */
@ExtendWith(ApplicationExtension.class)
class SittingPapersTest {

    @TempDir
    static Path temp;

    private SuhbatShell shell;
    private final Deque<Path> chosenFiles = new ArrayDeque<>();

    @Start
    void start(Stage stage) throws Exception {
        shell = UiSteps.startChoosing(stage, UiSteps.officeWithFinalisedInterview(temp), chosenFiles);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void theProtocolAndTheResultsAreSavedWhereTheSecretaryChooses(FxRobot robot) throws Exception {
        UiSteps.signIn(robot, "secretary", TestOffice.PASSWORD);
        UiSteps.openTheAgenda(robot);

        chosenFiles.add(temp.resolve("stick-removed").resolve("protocol.pdf"));
        UiSteps.fire(robot, "protocolButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#schedulePane #message")
                .startsWith("The file could not be written"));

        Path protocol = temp.resolve("protocol.pdf");
        chosenFiles.add(protocol);
        UiSteps.fire(robot, "protocolButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#schedulePane #message")
                .startsWith("The protocol is saved"));
        try (PDDocument pdf = Loader.loadPDF(protocol.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Protocol of the commission's sitting"));
            assertTrue(text.contains("Decision: Recommended"));
            assertTrue(text.contains("Chair of the commission Сейтқали Ерлан"), "a signature line for the chair");
        }

        Path results = temp.resolve("results.csv");
        chosenFiles.add(results);
        UiSteps.fire(robot, "resultsButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiSteps.text(robot, "#schedulePane #message")
                .startsWith("The results are saved"));
        String csv = Files.readString(results, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFLast name,First name,Patronymic,IIN"), csv);
        assertTrue(csv.contains("finalised") && csv.contains("Recommended"));
    }
}
