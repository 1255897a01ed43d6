package kz.suhbat.security;

import java.security.SecureRandom;

/**
 * Temporary passwords an administrator hands over (read aloud or written down): 12 characters from an
 * alphabet without look-alikes (no 0/O, 1/l/I), in groups of four: about 62 bits of randomness.
 */
public final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private TemporaryPasswords() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
