package kz.suhbat.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The exchange package, format version {@value #VERSION}: a ZIP file named {@code *.suhbat} holding
 * {@value #MANIFEST} (the metadata and the SHA-256 of every other file), {@value #SIGNATURE} (the
 * office's Ed25519 signature of the manifest's bytes), {@value #DATA} (the campaign's data), the
 * sittings' protocols and the results spreadsheet. The ZIP's comment is the seal: the Base64 of the
 * office's Ed25519 signature of the SHA-256 of every byte before it, so that not a byte outside the
 * listed files can change unnoticed either. The README documents every field.
 */
public final class PackageFormat {

    public static final int VERSION = 1;
    public static final String EXTENSION = ".suhbat";
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    public static final String DATA = "campaign.json";
    public static final String RESULTS_XLSX = "results.xlsx";
    public static final String RESULTS_CSV = "results.csv";
    public static final String PROTOCOLS = "protocols/";
    /** The length of the seal: a 64-byte signature in Base64. */
    public static final int SEAL_LENGTH = 88;
    /** No manifest is anywhere near this size; a larger one is not read. */
    static final int MANIFEST_LIMIT = 1 << 20;
    /** Nor is any file of a package: a larger one is refused before it is read. */
    static final long FILE_LIMIT = 1L << 30;

    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private PackageFormat() {
    }
}
