package kz.suhbat.rubric.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkStatus;
import org.junit.jupiter.api.Test;

/** The example in docs/rubric-format.md is a rubric file Suhbat accepts. */
class RubricFormatDocTest {

    @Test
    void theDocumentedExampleReads() throws Exception {
        String doc = Files.readString(Path.of("docs/rubric-format.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```json\n");
        assertTrue(start >= 0, "the document has a JSON example");
        String example = doc.substring(start + "```json\n".length(), doc.indexOf("```", start + 7));
        Framework framework = new RubricJson().read(new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)));
        assertEquals("PILOT", framework.code());
        assertEquals(FrameworkStatus.DRAFT, framework.status());
        assertEquals(3, framework.scale().highest());
        assertEquals(List.of(2, 3), framework.competencies().get(0).questions().get(0).revealsLevels());
    }
}
