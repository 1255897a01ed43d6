package kz.suhbat.exchange;

import java.time.Instant;

/** A package this office wrote and verified: its place in the sequence and where it went. */
public record ExportRecord(long sequence, String packageId, long campaignId, String fileName, String manifestSha256,
                           long exportedBy, Instant exportedAt) {
}
