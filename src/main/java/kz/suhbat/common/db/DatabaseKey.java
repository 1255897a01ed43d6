package kz.suhbat.common.db;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The random 256-bit key of the database file. H2 derives its AES key from the "file password" with
 * few iterations, so that password is never something a person chose: it is this key, made once when
 * the office is set up and kept only wrapped by the accounts' passwords (see the keyring).
 */
public final class DatabaseKey {

    public static final int BYTES = 32;

    private final byte[] bytes;

    private DatabaseKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A database key has " + BYTES + " bytes, not " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    public static DatabaseKey random(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new DatabaseKey(bytes);
    }

    public static DatabaseKey of(byte[] bytes) {
        return new DatabaseKey(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The H2 file password: the key in hexadecimal. */
    char[] filePassword() {
        return HexFormat.of().formatHex(bytes).toCharArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabaseKey key && java.security.MessageDigest.isEqual(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseKey[hidden]";
    }
}
