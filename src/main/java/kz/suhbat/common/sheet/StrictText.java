package kz.suhbat.common.sheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into text without guessing: UTF-8 (a byte-order mark is allowed and
 * dropped) or, where allowed, UTF-16 announced by its byte-order mark. A byte that does not decode
 * refuses the file, never becomes a replacement character; a file in Windows-1251 or any other
 * older encoding is therefore refused.
 */
public final class StrictText {

    private StrictText() {
    }

    /** The text of a UTF-8 file. */
    public static String utf8(byte[] bytes) throws SheetException {
        return decode(bytes, false);
    }

    /** The text of a UTF-8 file, or of a UTF-16 file that starts with its byte-order mark. */
    public static String utf8OrUtf16(byte[] bytes) throws SheetException {
        return decode(bytes, true);
    }

    private static String decode(byte[] bytes, boolean utf16Allowed) throws SheetException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (utf16Allowed && startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (utf16Allowed && startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new SheetException(SheetException.Reason.NOT_UNICODE, lineOf(out), -1);
        }
        out.flip();
        return out.toString();
    }

    private static int lineOf(CharBuffer decodedSoFar) {
        int line = 1;
        for (int i = 0; i < decodedSoFar.position(); i++) {
            if (decodedSoFar.get(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Whether {@code bytes} begin with {@code prefix}, given as unsigned byte values. */
    public static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
