package org.openfid.identity;

/** What a read returns besides the identity JSON, as MOSIP's {@code type=demo|bio|all}. */
public enum ReadScope {
    /** Documents (proofs), no biometrics. */
    DEMO,
    /** Biometric records only. */
    BIO,
    /** Documents and biometric records. */
    ALL,
    /**
     * The identity JSON alone, without reading the blob store: what authentication needs on every
     * request, at hundreds per second.
     */
    NONE
}
