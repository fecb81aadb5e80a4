package org.openfid.keys;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * One version of a purpose's key, with its public certificate. Private material never leaves the
 * vault, so this is all a caller can see.
 *
 * @param ref the purpose
 * @param version 1 for the first key, incremented by each rotation
 * @param keyId the JWS/JWK {@code kid}: base64url SHA-256 of the certificate (its thumbprint)
 * @param kind the key kind, for example {@code RSA_2048}
 * @param notBefore start of validity
 * @param notAfter end of validity; after it the key no longer signs or encrypts, but still verifies
 *     and decrypts what was made while it was valid
 * @param certificate the X.509 certificate, issued by the vault's root key
 */
public record KeyInfo(
        KeyRef ref,
        int version,
        String keyId,
        String kind,
        Instant notBefore,
        Instant notAfter,
        X509Certificate certificate) {

    /** Whether the key may sign or encrypt at {@code now}. */
    public boolean validAt(Instant now) {
        return !now.isBefore(notBefore) && now.isBefore(notAfter);
    }
}
