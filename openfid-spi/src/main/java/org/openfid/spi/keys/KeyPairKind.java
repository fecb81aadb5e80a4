package org.openfid.spi.keys;

/**
 * Asymmetric key kinds the platform generates.
 *
 * @since 0.1
 */
public enum KeyPairKind {
    RSA_2048("RSA", 2048),
    RSA_3072("RSA", 3072),
    EC_P256("EC", 256),
    ED25519("Ed25519", 255);

    private final String jcaAlgorithm;
    private final int bits;

    KeyPairKind(String jcaAlgorithm, int bits) {
        this.jcaAlgorithm = jcaAlgorithm;
        this.bits = bits;
    }

    /** The JCA {@code KeyPairGenerator} algorithm name. */
    public String jcaAlgorithm() {
        return jcaAlgorithm;
    }

    /** Key size in bits (curve size for elliptic keys). */
    public int bits() {
        return bits;
    }

    /** Whether this kind can unwrap RSA-OAEP session keys. */
    public boolean canDecrypt() {
        return jcaAlgorithm.equals("RSA");
    }
}
