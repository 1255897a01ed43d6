package kz.suhbat.devices;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The office's own certificate for the room's HTTPS server: an ECDSA P-256 key and a self-signed
 * certificate for it, valid ten years. No authority vouches for it, so a device trusts it by its
 * fingerprint, which the secretary's screen shows and the QR code carries.
 */
public record RoomCertificate(PrivateKey privateKey, X509Certificate certificate) {

    static final Duration VALIDITY = Duration.ofDays(3653);
    private static final char[] IN_MEMORY = "room".toCharArray();

    /** The longest name a certificate's subject fields take (RFC 5280 upper bounds). */
    private static final int NAME_LIMIT = 64;

    /** Makes a new key and certificate in the name of the office with {@code officeCode}. */
    public static RoomCertificate make(String officeCode, String officeName, Instant now, SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, limited("Suhbat " + officeCode.strip()))
                    .addRDN(BCStyle.O, limited(officeName.isBlank() ? "Suhbat" : officeName.strip())).build();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(127, random), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(VALIDITY)), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new RoomCertificate(pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("The room's certificate could not be made", e);
        }
    }

    private static String limited(String name) {
        return name.length() <= NAME_LIMIT ? name : name.substring(0, NAME_LIMIT - 1) + "…";
    }

    /** The key and certificate as they are stored (PKCS#8 and DER). */
    public static RoomCertificate read(byte[] privateKey, byte[] certificate) {
        try {
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(privateKey));
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificate));
            return new RoomCertificate(key, cert);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored room certificate cannot be read", e);
        }
    }

    public byte[] encodedKey() {
        return privateKey.getEncoded();
    }

    public byte[] encodedCertificate() {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 fingerprint of the certificate, as browsers show it: hex pairs separated by colons. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encodedCertificate());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first four pairs of the fingerprint: short enough to read aloud and compare. */
    public String shortFingerprint() {
        return fingerprint().substring(0, 11);
    }

    /** A key store in memory that holds the key and certificate, for the server's TLS. */
    public KeyStore keyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("room", privateKey, IN_MEMORY, new java.security.cert.Certificate[] {certificate});
            return store;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The password of {@link #keyStore()}'s entry (it never leaves memory). */
    public static String keyStorePassword() {
        return new String(IN_MEMORY);
    }
}
