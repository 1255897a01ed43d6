package kz.suhbat.security;

import java.util.Arrays;

/**
 * The image printed at the head of the office's protocols: a PNG or a JPEG of at most
 * {@value #MAX_BYTES} bytes, recognised by its content, not its file name.
 */
public record Letterhead(String mediaType, byte[] image) {

    public static final int MAX_BYTES = 512 * 1024;
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    public Letterhead {
        if (!PNG.equals(mediaType) && !JPEG.equals(mediaType) || image == null || image.length == 0) {
            throw new AccountException(AccountException.Reason.LETTERHEAD_NOT_AN_IMAGE);
        }
        image = image.clone();
    }

    /** Reads what a file holds: refused when it is too large or neither a PNG nor a JPEG. */
    public static Letterhead of(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new AccountException(AccountException.Reason.LETTERHEAD_TOO_LARGE);
        }
        if (bytes.length > PNG_SIGNATURE.length
                && Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            return new Letterhead(PNG, bytes);
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return new Letterhead(JPEG, bytes);
        }
        throw new AccountException(AccountException.Reason.LETTERHEAD_NOT_AN_IMAGE);
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    /** What the audit trail keeps of it: the type and size, never the picture. */
    public String summary() {
        return mediaType + ", " + image.length + " B";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Letterhead that && mediaType.equals(that.mediaType)
                && Arrays.equals(image, that.image);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(image);
    }

    @Override
    public String toString() {
        return "Letterhead[" + summary() + "]";
    }
}
