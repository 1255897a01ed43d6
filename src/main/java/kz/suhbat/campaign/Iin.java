package kz.suhbat.campaign;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The individual identification number (IIN) of a citizen of Kazakhstan: 12 digits. Digits 1 to 6 are
 * the date of birth (year, month, day), digit 7 the century of birth and the sex (1 and 2: the 1800s,
 * 3 and 4: the 1900s, 5 and 6: the 2000s; odd for men, even for women), digits 8 to 11 a serial
 * number and digit 12 a check digit computed from the other eleven.
 */
public final class Iin {

    /** The number of digits of an IIN. */
    public static final int LENGTH = 12;

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    private static final int NO_DIGIT = 10;
    private static final String MASK = "\u2022".repeat(8);

    private Iin() {
    }

    /**
     * The first rule {@code text} breaks, or empty when it is a valid IIN. Spaces around the number
     * are ignored.
     */
    public static Optional<IinProblem> check(String text) {
        String iin = text == null ? "" : text.strip();
        if (iin.length() != LENGTH) {
            return Optional.of(IinProblem.LENGTH);
        }
        if (!digitsOnly(iin)) {
            return Optional.of(IinProblem.NOT_DIGITS);
        }
        int century = digit(iin, 6);
        if (!isDate(iin, century)) {
            return Optional.of(IinProblem.DATE);
        }
        if (centuryStart(century) < 0) {
            return Optional.of(IinProblem.CENTURY);
        }
        int expected = checkDigit(iin);
        if (expected == NO_DIGIT) {
            return Optional.of(IinProblem.UNISSUABLE);
        }
        if (expected != digit(iin, 11)) {
            return Optional.of(IinProblem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** Whether {@code text} is a valid IIN, spaces around it aside. */
    public static boolean isValid(String text) {
        return check(text).isEmpty();
    }

    /**
     * The IIN made of {@code firstEleven} and the check digit that matches them; empty when no check
     * digit matches (such numbers are never given out). The date and century digits are not checked.
     *
     * @throws IllegalArgumentException when {@code firstEleven} is not eleven digits
     */
    public static Optional<String> complete(String firstEleven) {
        if (firstEleven == null || firstEleven.length() != LENGTH - 1 || !digitsOnly(firstEleven)) {
            throw new IllegalArgumentException("Eleven digits are needed: " + firstEleven);
        }
        int digit = checkDigit(firstEleven);
        return digit == NO_DIGIT ? Optional.empty() : Optional.of(firstEleven + digit);
    }

    /** The number with all but its last four characters hidden, as in {@code ••••••••0123}. */
    public static String mask(String iin) {
        String shown = iin == null ? "" : iin.strip();
        return MASK + (shown.length() > 4 ? shown.substring(shown.length() - 4) : "");
    }

    /** The date of birth a valid IIN holds; empty when {@code iin} is not valid. */
    public static Optional<LocalDate> birthDate(String iin) {
        if (!isValid(iin)) {
            return Optional.empty();
        }
        String digits = iin.strip();
        return date(digits, centuryStart(digit(digits, 6)));
    }

    /** The check digit of the first eleven digits, or {@link #NO_DIGIT} when there is none. */
    private static int checkDigit(String digits) {
        int result = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (result == NO_DIGIT) {
            result = weightedSum(digits, SECOND_WEIGHTS) % 11;
        }
        return result;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(digits, i) * weights[i];
        }
        return sum;
    }

    /**
     * Whether the first six digits are a date in the century the seventh digit gives; when that digit
     * is not a century, whether they are a date in any of the three centuries (so that the century is
     * reported, not the date).
     */
    private static boolean isDate(String iin, int centuryDigit) {
        int start = centuryStart(centuryDigit);
        if (start >= 0) {
            return date(iin, start).isPresent();
        }
        return date(iin, 1800).isPresent() || date(iin, 1900).isPresent() || date(iin, 2000).isPresent();
    }

    private static Optional<LocalDate> date(String iin, int centuryStart) {
        int year = centuryStart + digit(iin, 0) * 10 + digit(iin, 1);
        int month = digit(iin, 2) * 10 + digit(iin, 3);
        int day = digit(iin, 4) * 10 + digit(iin, 5);
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first year of the century of birth the seventh digit gives, or -1 when it gives none. */
    private static int centuryStart(int centuryDigit) {
        return switch (centuryDigit) {
            case 1, 2 -> 1800;
            case 3, 4 -> 1900;
            case 5, 6 -> 2000;
            default -> -1;
        };
    }

    private static boolean digitsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
