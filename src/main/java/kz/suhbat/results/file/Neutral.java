package kz.suhbat.results.file;

/** Texts made safe for spreadsheets: one that a spreadsheet would run as a formula gets an apostrophe first. */
final class Neutral {

    private Neutral() {
    }

    static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
