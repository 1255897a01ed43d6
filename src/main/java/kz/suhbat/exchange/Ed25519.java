package kz.suhbat.exchange;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * Ed25519 signatures as the JDK makes them (RFC 8032). Public keys travel in their X.509 encoding,
 * private keys in PKCS#8; a key's fingerprint is the SHA-256 of its public encoding, in hex.
 */
public final class Ed25519 {

    private static final String ALGORITHM = "Ed25519";

    private Ed25519() {
    }

    /** A new key pair: {@code [public X.509, private PKCS#8]}. */
    public static byte[][] generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(255, random);
            KeyPair pair = generator.generateKeyPair();
            return new byte[][] {pair.getPublic().getEncoded(), pair.getPrivate().getEncoded()};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no Ed25519", e);
        }
    }

    public static byte[] sign(byte[] privateKey, byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The office's signing key is unusable", e);
        }
    }

    /** True only for a well-formed signature of {@code message} by the holder of {@code publicKey}. */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey(publicKey));
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** True when {@code encoded} is an Ed25519 public key in its X.509 encoding. */
    public static boolean isPublicKey(byte[] encoded) {
        try {
            publicKey(encoded);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static String fingerprint(byte[] publicKey) {
        return sha256(publicKey);
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }

    /**
     * A fingerprint as people compare it by telephone: its first 32 hex digits (128 bits, beyond any
     * search for a look-alike key) in groups of four.
     */
    public static String shortFingerprint(String fingerprint) {
        String head = fingerprint.substring(0, Math.min(32, fingerprint.length())).toUpperCase(java.util.Locale.ROOT);
        return String.join(" ", head.split("(?<=\\G.{4})"));
    }

    private static PublicKey publicKey(byte[] encoded) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
    }
}
