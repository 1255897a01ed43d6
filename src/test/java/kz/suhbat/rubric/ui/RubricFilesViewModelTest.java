package kz.suhbat.rubric.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an administrator sees when exporting, importing and filling frameworks from files. */
class RubricFilesViewModelTest {

    @TempDir
    Path temp;

    private TestOffice office;
    private RubricService rubric;
    private FrameworkBrowserViewModel browser;
    private FrameworkEditorViewModel editor;
    private final I18n i18n = new I18n(Language.EN);

    @BeforeEach
    void open() {
        office = TestOffice.create(temp.resolve("office"));
        rubric = office.services().rubric();
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        editor = new FrameworkEditorViewModel(rubric, executor, i18n);
        browser = new FrameworkBrowserViewModel(rubric, editor, executor, i18n);
        browser.refresh();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private FileReport capture(java.util.function.Consumer<java.util.function.Consumer<FileReport>> action) {
        AtomicReference<FileReport> report = new AtomicReference<>();
        action.accept(report::set);
        return report.get();
    }

    @Test
    void anExportedFrameworkImportsIntoAnotherOfficeUnchanged() throws Exception {
        long copy = rubric.copy(rubric.list().get(0).id(), "KZ-CS-ASTANA");
        browser.refresh(copy);
        Path file = temp.resolve("stick/KZ-CS-ASTANA-v1.json");
        Files.createDirectories(file.getParent());
        FileReport exported = capture(report -> browser.exportTo(file, report));
        assertTrue(exported.ok(), exported.text());
        assertTrue(exported.message().contains("KZ-CS-ASTANA"), exported.message());

        try (TestOffice other = TestOffice.create(temp.resolve("other"))) {
            RubricService otherRubric = other.services().rubric();
            FrameworkBrowserViewModel otherBrowser = new FrameworkBrowserViewModel(otherRubric,
                    new FrameworkEditorViewModel(otherRubric, new CurrentThreadTaskExecutor(), i18n),
                    new CurrentThreadTaskExecutor(), i18n);
            FileReport imported = capture(report -> otherBrowser.importFrom(file, report));
            assertTrue(imported.ok(), imported.text());
            Framework stored = otherRubric.load(idOf(otherRubric, "KZ-CS-ASTANA")).orElseThrow();
            assertEquals(rubric.load(copy).orElseThrow(), stored);

            FileReport again = capture(report -> otherBrowser.importFrom(file, report));
            assertTrue(again.ok());
            assertTrue(again.message().contains("already"), again.message());
            assertEquals(2, otherRubric.list().size(), "importing the same file twice stores it once");
        }
    }

    private static long idOf(RubricService rubric, String code) {
        return rubric.list().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow().id();
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemAndImportsNothing() throws Exception {
        Path file = temp.resolve("broken.json");
        Files.writeString(file, "{\"format\":\"suhbat-rubric\",\"formatVersion\":1,\"framework\":{\"code\":\"X\","
                + "\"name\":{\"kk\":\"\",\"ru\":\"Рамка\",\"en\":\"Frame\"}}}", StandardCharsets.UTF_8);
        FileReport refused = capture(report -> browser.importFrom(file, report));
        assertFalse(refused.ok());
        assertTrue(refused.problems().size() >= 2, refused.text());
        assertTrue(refused.problems().stream().anyMatch(p -> p.contains("name.kk")), refused.text());
        assertEquals(1, rubric.list().size(), "nothing was imported");
    }

    @Test
    void aFilledQuestionSheetAddsQuestionsToTheDraft() throws Exception {
        editor.open(rubric.list().get(0).id());
        Path template = temp.resolve("questions.csv");
        FileReport written = capture(report -> editor.writeTemplate(new kz.suhbat.common.sheet.SheetTarget(template,
                kz.suhbat.common.sheet.SheetType.CSV, kz.suhbat.common.sheet.CsvSeparator.SEMICOLON), report));
        assertTrue(written.ok(), written.text());
        CompetencyDraft decision = editor.draftProperty().get().competencies.stream()
                .filter(c -> c.code.get().equals("DEC")).findFirst().orElseThrow();
        int before = decision.questions.size();
        FileReport imported = capture(report -> editor.importQuestions(template, report));
        assertTrue(imported.ok(), imported.text());
        assertEquals(before + 1, decision.questions.size());
        assertEquals("Tell us about a time when new facts made you change a decision you had already announced.",
                decision.questions.get(before).text.get().en());
    }

    @Test
    void aSheetInTheWrongEncodingAddsNothingAndSaysHowToSaveIt() throws Exception {
        editor.open(rubric.list().get(0).id());
        Path sheet = temp.resolve("questions-1251.csv");
        Files.write(sheet, ("competency;kind;minutes;question_kk;question_ru;question_en;probes_kk;probes_ru;"
                + "probes_en;reveals_levels\nDEC;BEHAVIOURAL;5;а;Расскажите;Tell;;;;\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1251")));
        int before = editor.draftProperty().get().competencies.get(0).questions.size();
        FileReport refused = capture(report -> editor.importQuestions(sheet, report));
        assertFalse(refused.ok());
        assertTrue(refused.text().contains("UTF-8"), refused.text());
        assertEquals(before, editor.draftProperty().get().competencies.get(0).questions.size());
    }
}
