package kz.suhbat.exchange;

import java.util.List;

/**
 * What a package says about itself, signed as a whole: who made it (the office's code and key; its name
 * and region are the registered key's, never the package's), its place in the office's sequence of
 * packages, its unique id, the head and length of the office's audit trail when it was made (an anchor of
 * the trail kept outside the office), the campaign it carries, how its files are encrypted (null when the
 * office had no central key and its secretary chose to send the package unencrypted) and the size and
 * SHA-256 of every file in it, both as written and as stored in the archive.
 */
public record Manifest(int formatVersion, String packageId, String officeCode, long sequence, String createdAt,
                       String auditHead, Long auditLength, String keyFingerprint, long campaignId,
                       String campaignTitle, Encryption encryption, List<FileDigest> files) {

    public Manifest {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Whether the files are encrypted for a central office's key. */
    public boolean encrypted() {
        return encryption != null;
    }

    /** The same metadata listing {@code digests}. */
    Manifest listing(List<FileDigest> digests) {
        return new Manifest(formatVersion, packageId, officeCode, sequence, createdAt, auditHead, auditLength,
                keyFingerprint, campaignId, campaignTitle, encryption, digests);
    }

    /** The same metadata with its files encrypted as {@code how} says. */
    Manifest encryptedAs(Encryption how) {
        return new Manifest(formatVersion, packageId, officeCode, sequence, createdAt, auditHead, auditLength,
                keyFingerprint, campaignId, campaignTitle, how, files);
    }

    /**
     * One file of the package: its content's size and SHA-256 ({@code size}, {@code sha256}), and the size
     * and SHA-256 of the bytes the archive stores ({@code storedSize}, {@code storedSha256}): the same for
     * an unencrypted package, the ciphertext's for an encrypted one, which the office checks when it reads
     * back what it wrote without being able to decrypt it.
     */
    public record FileDigest(String path, long size, String sha256, long storedSize, String storedSha256) {
    }

    /**
     * How the files are encrypted: {@code scheme} {@value PackageCipher#SCHEME}, for the central key of
     * fingerprint {@code recipient}; {@code sealedKey} is the package's own file key, sealed to that key
     * with HPKE, in Base64.
     */
    public record Encryption(String scheme, String recipient, String sealedKey) {
    }
}
