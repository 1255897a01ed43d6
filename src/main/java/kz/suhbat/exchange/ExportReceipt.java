package kz.suhbat.exchange;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A package written, read back and verified: where it is, what it holds, and the central office's key it
 * is encrypted for (empty: unencrypted, as the secretary confirmed).
 */
public record ExportReceipt(Path file, long sequence, String packageId, int candidates, int scores,
                            Optional<CentralRecipient> encryptedFor) {
}
