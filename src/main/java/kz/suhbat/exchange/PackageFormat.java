package kz.suhbat.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The exchange package, format version {@value #VERSION}: a ZIP file named {@code *.suhbat} holding
 * {@value #MANIFEST} (the metadata and the size and SHA-256 of every other file), {@value #SIGNATURE} (the
 * office's Ed25519 signature of the manifest's bytes), {@value #DATA} (the campaign's data), the
 * sittings' protocols and the results spreadsheets, every one of them but the manifest and its signature
 * encrypted for the central office's key ({@link PackageCipher}). The ZIP's comment is the seal: the
 * Base64 of the office's Ed25519 signature of the SHA-256 of every byte before it, so that not a byte
 * outside the listed files can change unnoticed either. {@code docs/exchange-format.md} documents every
 * field and every limit.
 */
public final class PackageFormat {

    public static final int VERSION = 2;
    public static final String EXTENSION = ".suhbat";
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    public static final String DATA = "campaign.json";
    public static final String RESULTS_XLSX = "results.xlsx";
    public static final String RESULTS_CSV = "results.csv";
    /** Protocols are named {@code protocol-<date>-<sitting>.pdf}. */
    public static final String PROTOCOL_PREFIX = "protocol-";
    /** The length of the seal: a 64-byte signature in Base64. */
    public static final int SEAL_LENGTH = 88;
    /** No manifest is anywhere near this size; a larger one is not read. */
    static final int MANIFEST_LIMIT = 1 << 20;
    /** The signature: 64 bytes in Base64, 88 characters. */
    static final int SIGNATURE_LIMIT = SEAL_LENGTH;
    /**
     * The campaign's data is read into memory: 32 MiB holds some 10,000 candidates, five times the largest
     * campaign an office runs, and keeps a national import within a 256 MB heap.
     */
    static final long DATA_LIMIT = 32L << 20;
    /** A protocol or a results spreadsheet is only checked, as a stream: 64 MiB each. */
    static final long DOCUMENT_LIMIT = 64L << 20;
    /** Files in one package: the manifest, its signature, the data, two spreadsheets and the protocols. */
    static final int ENTRY_LIMIT = 1_000;
    /** A package larger than this is not opened: every file at its limit would not reach it. */
    static final long PACKAGE_LIMIT = 2L << 30;
    /** A file's name inside the package: a plain name, never a path. */
    private static final java.util.regex.Pattern PLAIN_NAME =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    /** Whether {@code name} is a plain file name: no folder, no {@code ..}, no absolute path, no drive. */
    public static boolean isPlainName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches() && !name.contains("..");
    }

    /** The most bytes the file {@code name} may hold. */
    static long limitOf(String name) {
        return DATA.equals(name) ? DATA_LIMIT : DOCUMENT_LIMIT;
    }

    private PackageFormat() {
    }
}
