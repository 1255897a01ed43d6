package kz.suhbat.exchange;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.util.Base64;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;

/**
 * An office's public key as it travels to the central office ({@code <CODE>.suhbat-key}): the office,
 * the key in its X.509 encoding (Base64) and its fingerprint, which the two offices compare by
 * telephone before the key is registered.
 */
public record OfficeKeyFile(String format, String officeCode, String officeName, String region, String publicKey,
                            String fingerprint) {

    public static final String FORMAT = "suhbat-office-key-1";
    public static final String EXTENSION = ".suhbat-key";

    public static OfficeKeyFile of(Office office, SigningKey key) {
        return new OfficeKeyFile(FORMAT, office.code(), office.primaryName(), office.region().name(),
                Base64.getEncoder().encodeToString(key.publicKey()), key.fingerprint());
    }

    public byte[] toBytes() {
        try {
            return PackageFormat.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("The key file could not be written", e);
        }
    }

    /** Reads a key file, refusing one that is malformed or whose fingerprint is not its key's. */
    public static OfficeKeyFile parse(byte[] bytes, String fileName) {
        OfficeKeyFile file;
        try {
            file = PackageFormat.JSON.readValue(bytes, OfficeKeyFile.class);
        } catch (JacksonException e) {
            throw invalid(fileName);
        } catch (IOException e) {
            throw invalid(fileName);
        }
        if (file == null || !FORMAT.equals(file.format()) || !Office.validCode(file.officeCode())
                || file.officeName() == null || file.officeName().isBlank() || !region(file.region())) {
            throw invalid(fileName);
        }
        byte[] key = file.key();
        if (!Ed25519.isPublicKey(key) || !Ed25519.fingerprint(key).equals(file.fingerprint())) {
            throw invalid(fileName);
        }
        return file;
    }

    public byte[] key() {
        try {
            return Base64.getDecoder().decode(publicKey == null ? "" : publicKey);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    public String shortFingerprint() {
        return Ed25519.shortFingerprint(fingerprint);
    }

    private static boolean region(String name) {
        try {
            Region.valueOf(name);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static ExchangeRefusal invalid(String fileName) {
        return new ExchangeRefusal(ExchangeRefusal.Reason.KEY_FILE_INVALID, fileName);
    }
}
