package kz.suhbat.security;

import java.util.function.UnaryOperator;

/** Where the keyring's document is kept: a file beside a laptop's database, or a server's database. */
public interface KeyringStore {

    /** The document as it is stored now, or null when none has been written yet. */
    byte[] read();

    /**
     * Replaces the document with what {@code change} makes of the current one (null when none), as one
     * step: no other change, from this process or another workstation, comes in between. A change that
     * fails leaves the stored document as it was.
     */
    void update(UnaryOperator<byte[]> change);
}
