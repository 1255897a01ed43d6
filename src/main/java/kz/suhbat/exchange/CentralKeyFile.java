package kz.suhbat.exchange;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import kz.suhbat.security.Office;

/**
 * The central office's public key as it travels to the offices ({@code <CODE>.suhbat-central-key}): the
 * central office, its HPKE public key (a Tink keyset, in Base64) and the key's fingerprint, which the
 * office compares with the central office by telephone before registering it.
 */
public record CentralKeyFile(String format, String officeCode, String officeName, String publicKey,
                             String fingerprint) {

    public static final String FORMAT = "suhbat-central-key-1";
    public static final String EXTENSION = ".suhbat-central-key";

    public static CentralKeyFile of(Office office, CentralKey key) {
        return new CentralKeyFile(FORMAT, office.code(), office.primaryName(),
                Base64.getEncoder().encodeToString(key.publicKeyset()), key.fingerprint());
    }

    public byte[] toBytes() {
        try {
            return PackageFormat.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("The key file could not be written", e);
        }
    }

    /** Reads a key file, refusing one that is malformed, of another kind, or whose fingerprint is not its key's. */
    public static CentralKeyFile parse(byte[] bytes, String fileName) {
        CentralKeyFile file;
        try {
            file = PackageFormat.JSON.readValue(bytes, CentralKeyFile.class);
        } catch (JacksonException e) {
            throw invalid(fileName);
        } catch (IOException e) {
            throw invalid(fileName);
        }
        if (file == null || !FORMAT.equals(file.format()) || !Office.validCode(file.officeCode())
                || file.officeName() == null || file.officeName().isBlank()) {
            throw invalid(fileName);
        }
        byte[] key = Base64Strict.decode(file.publicKey());
        if (!CentralKey.isPublicKeyset(key) || !Ed25519.sha256(key).equals(file.fingerprint())) {
            throw invalid(fileName);
        }
        return file;
    }

    public CentralRecipient recipient(Instant registeredAt) {
        return new CentralRecipient(fingerprint, officeCode, officeName, Base64Strict.decode(publicKey), registeredAt);
    }

    public String shortFingerprint() {
        return Ed25519.shortFingerprint(fingerprint);
    }

    private static ExchangeRefusal invalid(String fileName) {
        return new ExchangeRefusal(ExchangeRefusal.Reason.CENTRAL_KEY_FILE_INVALID, fileName);
    }
}
