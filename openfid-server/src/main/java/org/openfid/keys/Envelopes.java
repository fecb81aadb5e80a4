package org.openfid.keys;

import java.security.cert.X509Certificate;

/**
 * Envelope encryption: a fresh AES-256-GCM key per message, wrapped with RSA-OAEP-SHA256 for the
 * recipient key. The byte layouts are MOSIP keymanager's, so MOSIP partners and packets interoperate:
 *
 * <ul>
 *   <li>salt given: {@code [thumbprint(32)] || wrappedKey || "#KEY_SPLITTER#" || ciphertext+tag},
 *       IV = salt, AAD as given;
 *   <li>no salt, no AAD: {@code "VER_R2" || thumbprint(32) || wrappedKey || "#KEY_SPLITTER#" ||
 *       aad(32) || ciphertext+tag}, a random 32-byte AAD whose first 12 bytes are the IV;
 *   <li>no salt, AAD given (the legacy form partners use for IDA requests): {@code [thumbprint(32)] ||
 *       wrappedKey || "#KEY_SPLITTER#" || ciphertext+tag || iv(16)}.
 * </ul>
 *
 * Decryption accepts all three and picks the key version by the prepended thumbprint.
 */
public interface Envelopes {

    /** Encrypts for the current version of {@code key}. */
    byte[] encrypt(KeyRef key, byte[] data, EnvelopeParameters parameters);

    /**
     * Decrypts data encrypted for any version of {@code key}.
     *
     * @throws KeysException {@link KeysError#INVALID_DATA} for a malformed envelope,
     *     {@link KeysError#THUMBPRINT_MISMATCH} when the thumbprint names no version of this key,
     *     {@link KeysError#DECRYPTION_FAILED} when the data was altered or not made for this key
     */
    byte[] decrypt(KeyRef key, byte[] envelope, EnvelopeParameters parameters);

    /** Encrypts for an external recipient (a partner's encryption certificate). */
    byte[] encryptFor(X509Certificate recipient, byte[] data, EnvelopeParameters parameters);
}
