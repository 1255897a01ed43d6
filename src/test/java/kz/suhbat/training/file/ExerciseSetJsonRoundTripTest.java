package kz.suhbat.training.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.file.ProblemKeys;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.training.Exercise;
import kz.suhbat.training.ExerciseSet;
import kz.suhbat.training.ReferenceLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Suhbat writes reads back equal, media name, line breaks and every language included. */
class ExerciseSetJsonRoundTripTest {

    private static final Framework BUILT_IN = DemoFramework.read();

    private final ExerciseSetJson json = new ExerciseSetJson();

    private static ExerciseSet recorded() {
        Exercise exercise = new Exercise("ETH-2-RECORDED",
                LocalizedText.of("Жазылған жауап", "Записанный ответ", "A recorded answer"), "ETH", 2,
                LocalizedText.of("Бірінші жол.\nЕкінші жол: «тырнақша».", "Первая строка.\nВторая: «кавычки».",
                        "First line.\nSecond: \"quotes\" and a backslash \\."),
                Optional.of("Жауап 2 (ETH).MP4"),
                List.of(new ReferenceLevel("ETH", BigDecimal.valueOf(5),
                                LocalizedText.of("Себеп", "Причина", "Reason")),
                        new ReferenceLevel("DEV", new BigDecimal("2.0"),
                                LocalizedText.of("Себеп 2", "Причина 2", "Reason 2"))));
        return new ExerciseSet(LocalizedText.of("Жинақ", "Набор", "Set"), "KZ-CS-BASE", List.of(exercise));
    }

    private byte[] bytes(ExerciseSet set) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(set, out);
        return out.toByteArray();
    }

    @Test
    void aSetWithMediaReadsBackEqual() throws Exception {
        ExerciseSet set = recorded();
        ExerciseSet again = json.read(new ByteArrayInputStream(bytes(set)), BUILT_IN);
        assertEquals(set, again);
        assertEquals(Optional.of("Жауап 2 (ETH).MP4"), again.exercises().get(0).media());
    }

    @Test
    void anExerciseWithoutMediaHasNoMediaField() throws Exception {
        ExerciseSet starter = StarterExercises.readFor(BUILT_IN);
        String text = new String(bytes(starter), StandardCharsets.UTF_8);
        assertFalse(text.contains("\"media\""));
        assertTrue(text.startsWith("{\n  \"format\": \"suhbat-exercises\",\n  \"formatVersion\": 1,\n  \"set\": {\n"),
                text.substring(0, 120));
        assertTrue(text.contains("\"level\": 4,"));
    }

    @Test
    void filesAreExportedOnlyWhenTheyWouldReadBack(@TempDir Path folder) throws Exception {
        ExerciseSetFiles files = new ExerciseSetFiles();
        Path target = folder.resolve("exercises.json");
        files.export(recorded(), BUILT_IN, target);
        assertEquals(recorded(), files.read(target, BUILT_IN));

        Exercise halfLevel = new Exercise("MEDIAN", LocalizedText.of("А", "Б", "C"), "DEC", 1,
                LocalizedText.of("А", "Б", "C"), Optional.empty(), List.of(new ReferenceLevel("DEC",
                new BigDecimal("3.5"), LocalizedText.of("А", "Б", "C"))));
        Path refused = folder.resolve("median.json");
        ExerciseSet median = new ExerciseSet(LocalizedText.of("А", "Б", "C"), "KZ-CS-BASE", List.of(halfLevel));
        RubricFileException e = assertThrows(RubricFileException.class, () -> files.export(median, BUILT_IN, refused));
        assertEquals(ExerciseProblemKeys.LEVEL_NOT_WHOLE, e.problems().get(0).key());
        assertFalse(Files.exists(refused));

        ExerciseSet untranslated = new ExerciseSet(LocalizedText.of("Жинақ", "", "Set"), "KZ-CS-BASE",
                recorded().exercises());
        e = assertThrows(RubricFileException.class, () -> files.checkedBytes(untranslated, BUILT_IN));
        assertEquals(List.of("title.ru"), e.problems().stream().map(p -> p.place()).toList());
        assertEquals(ProblemKeys.MISSING_LANGUAGE, e.problems().get(0).key());
    }
}
