package kz.suhbat.training.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.training.Exercise;
import kz.suhbat.training.ExerciseSet;
import org.junit.jupiter.api.Test;

/** The example in docs/exercise-format.md is an exercise set file Suhbat accepts. */
class ExerciseFormatDocTest {

    @Test
    void theDocumentedExampleReads() throws Exception {
        String doc = Files.readString(Path.of("docs/exercise-format.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```json\n");
        assertTrue(start >= 0, "the document has a JSON example");
        String example = doc.substring(start + "```json\n".length(), doc.indexOf("```", start + 7));
        ExerciseSet set = new ExerciseSetJson().read(new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)),
                DemoFramework.read());
        Exercise exercise = set.exercises().get(0);
        assertEquals("ETH-GIFT-SHORT", exercise.code());
        assertEquals(3, exercise.questionNumber());
        assertEquals(Optional.of("eth-gift-short.mp3"), exercise.media());
        assertEquals(BigDecimal.valueOf(4), exercise.reference("ETH").orElseThrow().level());
    }
}
