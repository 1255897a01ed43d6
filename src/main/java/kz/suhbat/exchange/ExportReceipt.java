package kz.suhbat.exchange;

import java.nio.file.Path;

/** A package written, read back and verified: where it is and what it holds. */
public record ExportReceipt(Path file, long sequence, String packageId, int candidates, int scores) {
}
