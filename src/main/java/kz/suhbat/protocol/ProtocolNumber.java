package kz.suhbat.protocol;

/**
 * A protocol's number in the office's register of a year: {@code № 3} is the third sitting of
 * {@code year} whose protocol was drawn up. Given once per sitting and never given again.
 */
public record ProtocolNumber(int year, int number, String officeCode) {

    public ProtocolNumber {
        if (number < 1) {
            throw new IllegalArgumentException("A protocol number starts at 1");
        }
    }

    /** The register reference printed in each page's foot: office, year and number. */
    public String reference() {
        return officeCode + "/" + year + "/" + number;
    }
}
