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

    /**
     * Unwraps a session key a partner wrapped (RSA-OAEP-SHA256) for a version of {@code key}, so that
     * several parts of one message (MOSIP IDA's {@code request} and {@code requestHMAC}) are opened
     * with one private-key operation.
     *
     * @param thumbprint SHA-256 of the certificate the partner encrypted to; selects the version
     * @throws KeysException {@link KeysError#THUMBPRINT_MISMATCH} when it names no version of this key,
     *     {@link KeysError#DECRYPTION_FAILED} when the wrapped key was not made for it
     */
    Session unwrap(KeyRef key, byte[] thumbprint, byte[] wrappedKey);

    /**
     * Encrypts for a partner in the split form of MOSIP IDA's e-KYC response: the AES-256-GCM body
     * ({@code ciphertext || tag || iv(16)}, no AAD) and the session key wrapped with the partner's
     * certificate, carried in separate fields.
     */
    SplitEnvelope encryptSplit(X509Certificate recipient, byte[] data);

    /** A partner's session key, unwrapped; it decrypts parts made with it. */
    interface Session {

        /**
         * Opens {@code ciphertext || tag || iv(16)} (MOSIP's layout when neither salt nor AAD is
         * given).
         *
         * @throws KeysException {@link KeysError#DECRYPTION_FAILED} when it was altered or made with
         *     another key
         */
        byte[] decrypt(byte[] body);

        /**
         * Opens {@code ciphertext || tag} made with an IV and AAD the caller derives (the SBI
         * specification's biometric encryption binds them to the capture's timestamp and
         * transaction id).
         * @throws KeysException {@link KeysError#DECRYPTION_FAILED} when it was altered or made with
         *     another key, IV or AAD
         */
        byte[] decrypt(byte[] ciphertextAndTag, byte[] iv, byte[] aad);
    }

    /**
     * A split envelope.
     *
     * @param wrappedKey the session key, RSA-OAEP-SHA256 for the recipient
     * @param body {@code ciphertext || tag || iv(16)}
     * @param thumbprint SHA-256 of the recipient's certificate
     */
    record SplitEnvelope(byte[] wrappedKey, byte[] body, byte[] thumbprint) {}
}
