package kz.suhbat.testsupport;

import kz.suhbat.common.db.DatabaseKey;

/** A fixed database key for storage tests that do not go through an office's keyring. */
public final class TestKeys {

    public static final DatabaseKey KEY = DatabaseKey.of(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
        17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    private TestKeys() {
    }
}
