package kz.suhbat.rubric.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkStatus;
import org.junit.jupiter.api.Test;

/** What is written reads back equal, field for field and language for language. */
class RubricJsonRoundTripTest {

    private final RubricJson json = new RubricJson();

    private byte[] write(Framework framework) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(framework, out);
        return out.toByteArray();
    }

    private Framework roundTrip(Framework framework) throws Exception {
        return json.read(new ByteArrayInputStream(write(framework)));
    }

    @Test
    void theBuiltInFrameworkComesBackEqual() throws Exception {
        Framework demo = DemoFramework.read();
        assertEquals(demo, roundTrip(demo));
    }

    @Test
    void aZeroToFourFrameworkComesBackEqual() throws Exception {
        Framework framework = TestFrameworks.zeroToFour();
        Framework back = roundTrip(framework);
        assertEquals(framework, back);
        assertEquals(FrameworkStatus.DRAFT, back.status());
        assertEquals(0, back.scale().lowest());
        assertTrue(back.competencies().get(1).postGroups().isEmpty());
        assertEquals(framework.competencies().get(0).name().kk(), back.competencies().get(0).name().kk());
    }

    @Test
    void aOneToSevenFrameworkComesBackEqual() throws Exception {
        Framework framework = TestFrameworks.oneToSeven();
        assertEquals(framework, roundTrip(framework));
    }

    @Test
    void writingIsStable() throws Exception {
        Framework framework = TestFrameworks.zeroToFour();
        byte[] first = write(framework);
        assertArrayEquals(first, write(roundTrip(framework)));
    }

    @Test
    void theOutputIsPrettyPrintedUtf8WithLettersNotEscapes() throws Exception {
        String text = new String(write(DemoFramework.read()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\": \"suhbat-rubric\",\n  \"formatVersion\": 1,\n"), text);
        assertTrue(text.contains("\"kk\": \"Стресске төзімділік\""));
        assertFalse(text.contains("\\u"), "non-ASCII letters are written as they are");
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.contains("\"passThreshold\": 3.5"));
        assertTrue(text.contains("\"weight\": 20\n"), "weights are plain numbers, never 2E+1");
        assertTrue(text.contains("\"status\": \"ACTIVE\""));
        assertTrue(text.contains("\"postGroups\": [\n"));
    }

    @Test
    void fieldsComeInAStableOrder() throws Exception {
        String text = new String(write(TestFrameworks.oneToSeven()), StandardCharsets.UTF_8);
        String[] order = {"\"code\"", "\"version\"", "\"status\"", "\"name\"", "\"description\"", "\"scale\"",
            "\"competencies\"", "\"profiles\""};
        int last = -1;
        for (String field : order) {
            int at = text.indexOf(field);
            assertTrue(at > last, field + " out of order");
            last = at;
        }
    }

    @Test
    void theBuiltInFileHasNoStatusAndReadsAsActive() {
        assertEquals(FrameworkStatus.ACTIVE, DemoFramework.read().status());
    }

    @Test
    void aByteOrderMarkIsAllowed() throws Exception {
        byte[] bytes = write(TestFrameworks.oneToSeven());
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        assertEquals(TestFrameworks.oneToSeven(), json.read(new ByteArrayInputStream(withBom)));
    }
}
