package org.openfid.keys;

/**
 * JWS algorithms the platform signs with. The key kind of the purpose decides which are possible:
 * RSA keys sign RS256 and PS256, P-256 keys ES256, Ed25519 keys EdDSA.
 */
public enum JwsAlgorithm {
    RS256,
    PS256,
    ES256,
    EdDSA
}
