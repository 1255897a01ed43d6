package kz.suhbat.security;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a password into key material: PBKDF2-HMAC-SHA256 with a unique salt and the iteration count
 * of the OWASP Password Storage Cheat Sheet (600,000). One derivation yields a 256-bit secret, from
 * which two independent keys are split with HMAC-SHA256: one to verify the password, one to wrap the
 * database key. So signing in costs one derivation, not two.
 */
public record KeyDerivation(int iterations) {

    public static final String ALGORITHM = "PBKDF2-HMAC-SHA256";
    /** OWASP's figure for PBKDF2-HMAC-SHA256. */
    public static final int OWASP_ITERATIONS = 600_000;
    public static final KeyDerivation OWASP = new KeyDerivation(OWASP_ITERATIONS);
    public static final int SALT_BYTES = 16;

    public KeyDerivation {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations " + iterations);
        }
    }

    /** The two keys a password gives with a salt. */
    public record Keys(byte[] verifier, byte[] wrapping) {
    }

    public Keys derive(char[] password, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        byte[] secret = null;
        try {
            secret = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new Keys(split(secret, "suhbat/verify"), split(secret, "suhbat/wrap"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is missing from this Java", e);
        } finally {
            spec.clearPassword();
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

    private static byte[] split(byte[] secret, String purpose) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return mac.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
