package kz.suhbat.common.sheet;

/** Texts made safe for spreadsheets: one that a spreadsheet would run as a formula gets an apostrophe first. */
public final class Neutral {

    private Neutral() {
    }

    public static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
