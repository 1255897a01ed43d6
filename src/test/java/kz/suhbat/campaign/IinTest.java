package kz.suhbat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IINs checked as the civil registry issues them. The valid numbers below were worked out by hand:
 * the sum of the first eleven digits times 1 to 11, modulo 11, is the last digit; when that sum gives
 * 10, the weights 3 to 11, 1, 2 are used instead.
 */
class IinTest {

    /** 1990-01-01, a man: 9+4+6+21+10+22 = 72, 72 mod 11 = 6. */
    private static final String MAN_1990 = "900101300126";
    /** 1985-07-15, a woman: 141 mod 11 = 9. */
    private static final String WOMAN_1985 = "850715400129";
    /** 2005-03-01, a boy, starting with 0: 137 mod 11 = 5. */
    private static final String BOY_2005 = "050301500345";
    /** 29 February 2000, a girl: 125 mod 11 = 4. */
    private static final String GIRL_LEAP_DAY_2000 = "000229600014";
    /** 1885-12-31, a man of the 1800s: 134 mod 11 = 2. */
    private static final String MAN_1885 = "851231100072";
    /** Weights 1..11 give 131 mod 11 = 10; weights 3..11,1,2 give 78 mod 11 = 1. */
    private static final String SECOND_WEIGHTS = "900101300811";
    /** Weights 1..11 give 142 mod 11 = 10; weights 3..11,1,2 give 80 mod 11 = 3. */
    private static final String SECOND_WEIGHTS_TOO = "900101300823";
    /** Weights 1..11 give 120 mod 11 = 10, and weights 3..11,1,2 give 76 mod 11 = 10 again. */
    private static final String NEVER_ISSUED = "90010130080";

    @ParameterizedTest
    @ValueSource(strings = {MAN_1990, WOMAN_1985, BOY_2005, GIRL_LEAP_DAY_2000, MAN_1885, SECOND_WEIGHTS,
            SECOND_WEIGHTS_TOO})
    void validNumbersPass(String iin) {
        assertEquals(Optional.empty(), Iin.check(iin));
        assertTrue(Iin.isValid(iin));
    }

    @Test
    void spacesAroundTheNumberAreIgnored() {
        assertEquals(Optional.empty(), Iin.check("  " + MAN_1990 + "\t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "90010130012", "9001013001266", "12345"})
    void aNumberOfAnotherLengthIsRefused(String text) {
        assertEquals(Optional.of(IinProblem.LENGTH), Iin.check(text));
    }

    @Test
    void nothingAtAllIsAWrongLength() {
        assertEquals(Optional.of(IinProblem.LENGTH), Iin.check(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"90010130012A", "9001 0130012", "900101-30012", "９００１０１３００１２６"})
    void onlyTheDigitsZeroToNineAreAllowed(String text) {
        assertEquals(Optional.of(IinProblem.NOT_DIGITS), Iin.check(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"901301300126", "900001300126", "900100300126", "900230300126", "900431300126",
            "000229400014", "010229500014"})
    void theFirstSixDigitsMustBeADate(String text) {
        assertEquals(Optional.of(IinProblem.DATE), Iin.check(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"900101000126", "900101700126", "900101800126", "900101900126", "000229000014"})
    void theSeventhDigitMustBeACentury(String text) {
        assertEquals(Optional.of(IinProblem.CENTURY), Iin.check(text));
    }

    @Test
    void theDateIsCheckedBeforeTheCentury() {
        assertEquals(Optional.of(IinProblem.DATE), Iin.check("901301700126"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"900101300127", "900101300120", "850715400128", "900101300812", "090101300126"})
    void theLastDigitMustMatch(String text) {
        assertEquals(Optional.of(IinProblem.CHECK_DIGIT), Iin.check(text));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 9})
    void elevenDigitsWithoutACheckDigitAreNeverIssued(int last) {
        assertEquals(Optional.of(IinProblem.UNISSUABLE), Iin.check(NEVER_ISSUED + last));
    }

    @Test
    void theRulesAreCheckedInOrder() {
        assertEquals(Optional.of(IinProblem.LENGTH), Iin.check("ABC"));
        assertEquals(Optional.of(IinProblem.NOT_DIGITS), Iin.check("991399X00126"));
        assertEquals(Optional.of(IinProblem.DATE), Iin.check("991399900127"));
        assertEquals(Optional.of(IinProblem.CENTURY), Iin.check("900101900127"));
    }

    @Test
    void completeAppendsTheCheckDigit() {
        assertEquals(Optional.of(MAN_1990), Iin.complete("90010130012"));
        assertEquals(Optional.of(BOY_2005), Iin.complete("05030150034"));
        assertEquals(Optional.of(SECOND_WEIGHTS), Iin.complete("90010130081"));
        assertEquals(Optional.of(SECOND_WEIGHTS_TOO), Iin.complete("90010130082"));
        assertEquals(Optional.empty(), Iin.complete(NEVER_ISSUED));
    }

    @Test
    void completeNeedsElevenDigits() {
        assertThrows(IllegalArgumentException.class, () -> Iin.complete("9001013001"));
        assertThrows(IllegalArgumentException.class, () -> Iin.complete("900101300126"));
        assertThrows(IllegalArgumentException.class, () -> Iin.complete("9001013001X"));
        assertThrows(IllegalArgumentException.class, () -> Iin.complete(null));
    }

    @Test
    void everyCompletedNumberWithADateIsValid() {
        int issued = 0;
        for (int serial = 0; serial < 1000; serial++) {
            Optional<String> iin = Iin.complete(String.format("8506154%04d", serial));
            if (iin.isPresent()) {
                assertEquals(Optional.empty(), Iin.check(iin.get()), iin.get());
                issued++;
            }
        }
        assertTrue(issued > 900 && issued < 1000, "issued " + issued);
    }

    @Test
    void theMaskShowsOnlyTheLastFourDigits() {
        assertEquals("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220126", Iin.mask(MAN_1990));
        assertEquals("••••••••0345", Iin.mask(" " + BOY_2005 + " "));
        assertEquals("••••••••", Iin.mask("123"));
        assertEquals("••••••••", Iin.mask(null));
        assertFalse(Iin.mask(WOMAN_1985).contains("8507"));
    }

    @Test
    void theBirthDateComesFromTheFirstSevenDigits() {
        assertEquals(Optional.of(LocalDate.of(1990, 1, 1)), Iin.birthDate(MAN_1990));
        assertEquals(Optional.of(LocalDate.of(1985, 7, 15)), Iin.birthDate(WOMAN_1985));
        assertEquals(Optional.of(LocalDate.of(2005, 3, 1)), Iin.birthDate(BOY_2005));
        assertEquals(Optional.of(LocalDate.of(2000, 2, 29)), Iin.birthDate(GIRL_LEAP_DAY_2000));
        assertEquals(Optional.of(LocalDate.of(1885, 12, 31)), Iin.birthDate(MAN_1885));
    }

    @ParameterizedTest
    @CsvSource({"900101300127", "901301300126", "900101700126", "12345"})
    void anInvalidNumberHasNoBirthDate(String text) {
        assertEquals(Optional.empty(), Iin.birthDate(text));
    }

    @Test
    void everyProblemHasItsKey() {
        assertEquals("iin.problem.CHECK_DIGIT", IinProblem.CHECK_DIGIT.key());
        assertEquals("iin.problem.UNISSUABLE", IinProblem.UNISSUABLE.key());
    }
}
