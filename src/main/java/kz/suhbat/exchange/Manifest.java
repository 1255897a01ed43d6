package kz.suhbat.exchange;

import java.util.List;

/**
 * What a package says about itself, signed as a whole: who made it (office and key), its place in the
 * office's sequence of packages, its unique id, the head and length of the office's audit trail when it
 * was made (an anchor of the trail kept outside the office: null in packages made before it was carried),
 * the campaign it carries and the size and SHA-256 of every file in it.
 */
public record Manifest(int formatVersion, String packageId, String officeCode, String officeName, String region,
                       long sequence, String createdAt, String auditHead, Long auditLength, String keyFingerprint, long campaignId,
                       String campaignTitle, List<FileDigest> files) {

    public Manifest {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** One file of the package. */
    public record FileDigest(String path, long size, String sha256) {
    }
}
