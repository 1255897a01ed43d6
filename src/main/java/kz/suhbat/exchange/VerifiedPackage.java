package kz.suhbat.exchange;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A package whose signature, manifest and every file have been checked; {@code data} holds the bytes
 * of {@value PackageFormat#DATA} as they were verified.
 */
public record VerifiedPackage(Path file, Manifest manifest, String manifestSha256, RegisteredKey key, byte[] data) {

    public VerifiedPackage {
        data = data.clone();
    }

    /** The campaign's data; a signed file that does not parse is refused. */
    public PackageData parse() {
        try {
            PackageData parsed = PackageFormat.JSON.readValue(data, PackageData.class);
            if (parsed.campaign() == null) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.INVALID_DATA, "campaign");
            }
            return parsed;
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.INVALID_DATA, e.getClass().getSimpleName());
        }
    }
}
