package org.openfid.spi.keys;

/**
 * Signature schemes a vault must offer for the key kinds it supports. The encoding of the returned
 * signature is the JCA one (DER for ECDSA), so callers convert where a format (JWS) needs another.
 *
 * @since 0.1
 */
public enum SignatureScheme {
    RSA_PKCS1_SHA256("SHA256withRSA"),
    RSA_PSS_SHA256("RSASSA-PSS"),
    ECDSA_SHA256("SHA256withECDSA"),
    ED25519("Ed25519");

    private final String jcaAlgorithm;

    SignatureScheme(String jcaAlgorithm) {
        this.jcaAlgorithm = jcaAlgorithm;
    }

    /** The JCA {@code Signature} algorithm name (PSS parameters are set separately). */
    public String jcaAlgorithm() {
        return jcaAlgorithm;
    }

    /** Whether this scheme needs explicit PSS parameters (SHA-256, MGF1-SHA-256, salt 32). */
    public boolean isPss() {
        return this == RSA_PSS_SHA256;
    }
}
