package kz.suhbat.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Base64 read strictly: only the one canonical text of some bytes is accepted. Java's decoder ignores
 * the unused low bits of the last character, so {@code QQ==} and {@code QR==} both give one byte; a
 * signature or seal whose text differs from its canonical text is a changed package, not the same one.
 */
final class Base64Strict {

    private Base64Strict() {
    }

    /** The bytes {@code text} encodes, or none when it is not their canonical Base64. */
    static byte[] decode(String text) {
        if (text == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            return Base64.getEncoder().encodeToString(bytes).equals(text) ? bytes : new byte[0];
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    static byte[] decode(byte[] ascii) {
        return decode(new String(ascii, StandardCharsets.ISO_8859_1));
    }
}
