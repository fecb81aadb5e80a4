package org.openfid.spi.keys;

/**
 * Secret key kinds the platform generates inside a vault.
 *
 * @since 0.1
 */
public enum SecretKeyKind {
    /** 256-bit key for HMAC-SHA256 keyed hashes. */
    HMAC_SHA256("HmacSHA256"),

    /**
     * 256-bit AES key for AES-GCM encryption of small data inside the vault, typically data keys
     * (key-encryption key of envelope sealing).
     *
     * @since 0.2
     */
    AES_256("AES");

    private final String jcaAlgorithm;

    SecretKeyKind(String jcaAlgorithm) {
        this.jcaAlgorithm = jcaAlgorithm;
    }

    /** The JCA {@code KeyGenerator} algorithm name. */
    public String jcaAlgorithm() {
        return jcaAlgorithm;
    }
}
