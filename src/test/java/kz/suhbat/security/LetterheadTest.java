package kz.suhbat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A letterhead is a PNG or a JPEG, told by its content, and at most 512 KB; anything else is refused with why. */
class LetterheadTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    @Test
    void aPngAndAJpegAreTakenForWhatTheyAre() {
        assertEquals(Letterhead.PNG, Letterhead.of(PNG).mediaType());
        assertEquals(Letterhead.JPEG, Letterhead.of(JPEG).mediaType());
    }

    @Test
    void anotherFileOrATooLargeOneIsRefusedWithItsReason() {
        assertEquals(AccountException.Reason.LETTERHEAD_NOT_AN_IMAGE, assertThrows(AccountException.class,
                () -> Letterhead.of("%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII))).reason());
        assertEquals(AccountException.Reason.LETTERHEAD_NOT_AN_IMAGE, assertThrows(AccountException.class,
                () -> Letterhead.of(new byte[0])).reason());
        byte[] large = Arrays.copyOf(PNG, Letterhead.MAX_BYTES + 1);
        assertEquals(AccountException.Reason.LETTERHEAD_TOO_LARGE, assertThrows(AccountException.class,
                () -> Letterhead.of(large)).reason());
        assertEquals(Letterhead.PNG, Letterhead.of(Arrays.copyOf(PNG, Letterhead.MAX_BYTES)).mediaType(),
                "exactly the limit is still taken");
    }
}
