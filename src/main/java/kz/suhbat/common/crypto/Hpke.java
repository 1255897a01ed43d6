package kz.suhbat.common.crypto;

import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.security.GeneralSecurityException;

/**
 * The one kind of public-key encryption Suhbat uses, by Google Tink: HPKE (RFC 9180) with DHKEM X25519
 * HKDF-SHA256, HKDF-SHA256 and AES-256-GCM, without Tink's key-id prefix. Loading this class registers
 * Tink's hybrid and streaming primitives.
 */
public final class Hpke {

    public static final HpkeParameters PARAMETERS;

    static {
        try {
            HybridConfig.register();
            StreamingAeadConfig.register();
            PARAMETERS = HpkeParameters.builder()
                    .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                    .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                    .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                    .setVariant(HpkeParameters.Variant.NO_PREFIX)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Hpke() {
    }
}
