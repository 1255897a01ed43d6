package kz.suhbat.exchange;

import java.time.Instant;

/** A package the central office accepted. */
public record ImportedPackage(String packageId, String officeCode, long sequence, String keyFingerprint,
                              int formatVersion, Instant createdAt, String auditHead, String manifestSha256,
                              String fileName, String campaignTitle, int candidates, int scores, Instant importedAt) {
}
