package kz.suhbat.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import kz.suhbat.common.sheet.CsvSheet;
import kz.suhbat.common.sheet.SheetException;
import org.junit.jupiter.api.Test;

/** Reading a ratings sheet: headers, labels, separators, missing cells and what cannot be read. */
class RatingsSheetTest {

    private static RatingsSheet read(String text) throws RatingsSheetException {
        try {
            return RatingsSheet.read(CsvSheet.read(text.getBytes(StandardCharsets.UTF_8)));
        } catch (SheetException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBareSheetIsNumberedAndTakesItsScaleFromTheLevels() throws RatingsSheetException {
        RatingsSheet sheet = read("3,4,5\n\n2,,3\n4,4,4\n");
        RatingsTable table = sheet.table();
        assertEquals(3, table.candidateCount());
        assertEquals(List.of("1", "2", "3"), table.raters());
        assertEquals(List.of("1", "2", "3"), table.candidates());
        assertTrue(table.isMissing(1, 1));
        assertEquals(List.of(1, 3, 4), sheet.lines());
        assertEquals(new Scale(2, 5), sheet.scale(Optional.empty()));
    }

    @Test
    void aHeaderAndALabelColumnAreRecognised() throws RatingsSheetException {
        RatingsTable table = read("\uFEFF\"Candidate\";\"Ivanov, A.\";Petrova\nK-1;3;4\nK-2;2,5;\n")
                .table();
        assertEquals(List.of("Ivanov, A.", "Petrova"), table.raters());
        assertEquals(List.of("K-1", "K-2"), table.candidates());
        assertEquals(2.5, table.level(1, 0), 0);
        assertTrue(table.isMissing(1, 1));
    }

    @Test
    void labelsWithoutAHeaderAreRecognised() throws RatingsSheetException {
        RatingsTable table = read("A,3,4\nB,2,5\n").table();
        assertEquals(List.of("A", "B"), table.candidates());
        assertEquals(2, table.raterCount());
    }

    @Test
    void whatCannotBeReadSaysWhereAndWhy() {
        RatingsSheetException word = assertThrows(RatingsSheetException.class,
                () -> read("1,2\n3,four\n"));
        assertEquals(RatingsSheetException.Problem.NOT_A_NUMBER, word.problem());
        assertEquals(List.of(2, 2, "four"), List.of(word.arguments()));
        RatingsSheetException ragged = assertThrows(RatingsSheetException.class,
                () -> read("1,2,3\n3,4,5,6\n"));
        assertEquals(RatingsSheetException.Problem.RAGGED, ragged.problem());
        assertEquals(List.of(2, 4, 3), List.of(ragged.arguments()));
        assertEquals(RatingsSheetException.Problem.EMPTY,
                assertThrows(RatingsSheetException.class, () -> read("\n \n")).problem());
        assertEquals(RatingsSheetException.Problem.TOO_FEW_RATERS,
                assertThrows(RatingsSheetException.class, () -> read("A\n1\n2\n")).problem());
        assertEquals(RatingsSheetException.Problem.TOO_FEW_CANDIDATES,
                assertThrows(RatingsSheetException.class, () -> read("1,2,3\n")).problem());
    }

    @Test
    void trailingEmptyCellsBeyondTheFirstRowAreIgnored() throws RatingsSheetException {
        assertEquals(2, read("1,2\n3,4,,\n").table().raterCount());
    }

    @Test
    void theScaleMustHoldEveryLevelAndTheLevelsMustVary() throws RatingsSheetException {
        RatingsSheet sheet = read("1,2\n3,7\n");
        RatingsSheetException outside = assertThrows(RatingsSheetException.class,
                () -> sheet.scale(Optional.of(new Scale(1, 5))));
        assertEquals(List.of(2, "7", 1, 5), List.of(outside.arguments()));
        RatingsSheet flat = read("3,3\n3,3\n");
        assertEquals(RatingsSheetException.Problem.NO_SCALE,
                assertThrows(RatingsSheetException.class, () -> flat.scale(Optional.empty())).problem());
        assertEquals(new Scale(1, 5), flat.scale(Optional.of(new Scale(1, 5))));
    }
}
