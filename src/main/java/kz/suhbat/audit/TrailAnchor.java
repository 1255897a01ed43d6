package kz.suhbat.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.suhbat.common.io.AtomicFiles;

/**
 * The audit trail's anchor, kept outside the database (the file {@code trail-anchor.json} beside the
 * keyring, and a copy in every backup): the trail's length and head when last written, how far its
 * chain has been checked ({@code checked}, ending in {@code checkedHead}) and where the next start's
 * re-check of older entries begins ({@code cursor}). It is sealed with the audit key, so it cannot be
 * edited to fit a shortened trail. A trail cut at its end is found by comparing it with the anchor.
 */
public record TrailAnchor(long length, String head, long checked, String checkedHead, long cursor) {

    public static final String FILE_NAME = "trail-anchor.json";
    private static final String FORMAT = "suhbat-trail-anchor";
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The anchor of an empty trail. */
    public static final TrailAnchor EMPTY = new TrailAnchor(0, AuditChain.GENESIS, 0, AuditChain.GENESIS, 1);

    /** The anchor of a trail that ends in {@code last}, every entry of it checked. */
    public static TrailAnchor checkedUpTo(AuditEntry last, long cursor) {
        return new TrailAnchor(last.seq(), last.hash(), last.seq(), last.hash(), cursor);
    }

    /**
     * The anchor of a copy of the trail (a backup) that ends in {@code last}: none of it counted as
     * checked, so the first start on the copy checks it all.
     */
    public static TrailAnchor ofCopy(java.util.Optional<AuditEntry> last) {
        return last.map(l -> new TrailAnchor(l.seq(), l.hash(), 0, AuditChain.GENESIS, 1)).orElse(EMPTY);
    }

    public TrailAnchor withEnd(AuditEntry last, boolean checkedToo) {
        return checkedToo ? new TrailAnchor(last.seq(), last.hash(), last.seq(), last.hash(), cursor)
                : new TrailAnchor(last.seq(), last.hash(), checked, checkedHead, cursor);
    }

    public static Path fileIn(Path dataFolder) {
        return dataFolder.resolve(FILE_NAME);
    }

    /** The anchor as a file's bytes, sealed with {@code key}. */
    public byte[] toBytes(AuditKey key) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("length", length);
        root.put("head", head);
        root.put("checked", checked);
        root.put("checkedHead", checkedHead);
        root.put("cursor", cursor);
        root.put("seal", sealOf(key));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the anchor into {@code dataFolder}, replacing the one there at once. */
    public void writeTo(Path dataFolder, AuditKey key) throws IOException {
        byte[] bytes = toBytes(key);
        AtomicFiles.write(fileIn(dataFolder), stream -> stream.write(bytes));
    }

    /**
     * The anchor kept in {@code dataFolder}; empty when there is none, or when the file is not an anchor
     * sealed with {@code key} (damaged, edited, or another office's).
     */
    public static Optional<TrailAnchor> readFrom(Path dataFolder, AuditKey key) {
        Path file = fileIn(dataFolder);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return parse(Files.readAllBytes(file), key);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The anchor these bytes hold, if they are one sealed with {@code key}. */
    public static Optional<TrailAnchor> parse(byte[] bytes, AuditKey key) {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !FORMAT.equals(root.path("format").asText())
                    || root.path("version").asInt() != VERSION) {
                return Optional.empty();
            }
            TrailAnchor anchor = new TrailAnchor(root.path("length").asLong(), root.path("head").asText(),
                    root.path("checked").asLong(), root.path("checkedHead").asText(), root.path("cursor").asLong());
            return AuditKey.same(anchor.sealOf(key), root.path("seal").asText(null)) ? Optional.of(anchor)
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String sealOf(AuditKey key) {
        return key.seal("trail-anchor", Long.toString(length), head, Long.toString(checked), checkedHead,
                Long.toString(cursor));
    }
}
