package org.openfid.keys;

/**
 * Envelope encryption of data at rest inside the platform (identity records, documents, biometric
 * files). Every call draws a fresh random 256-bit data key that encrypts the data with AES-256-GCM;
 * the data key is wrapped inside the vault by the AES-256 key-encryption key of the purpose, which
 * is created on first use and never leaves the vault. Opening therefore costs one in-vault AES unwrap
 * (microseconds), not an RSA decryption, so sealing every record is affordable.
 *
 * <p>The sealed form is self-describing and versioned: {@code "OFS" || version(1) || aliasLength(1)
 * || kekAlias || wrappedKeyLength(2) || wrappedKey || iv(12) || ciphertext || tag(16)}. The header
 * (everything before the IV) and the caller's AAD are both authenticated, so a sealed value copied to
 * another record (another AAD) does not open.
 */
public interface DataSeals {

    /**
     * Seals {@code plaintext} for the purpose {@code kek}.
     *
     * @param aad what the sealed value belongs to (for example a record id and version); needed again
     *     to open it
     * @throws KeysException {@link KeysError#UNKNOWN_APPLICATION} when the key policy does not know
     *     the application, {@link KeysError#VAULT_FAILURE} when the vault fails
     */
    byte[] seal(KeyRef kek, byte[] plaintext, byte[] aad);

    /**
     * Opens what {@link #seal} returned for the same purpose and AAD.
     *
     * @throws KeysException {@link KeysError#INVALID_DATA} for a malformed value, {@link
     *     KeysError#DECRYPTION_FAILED} when it was altered, sealed with another key or another AAD
     */
    byte[] open(KeyRef kek, byte[] sealed, byte[] aad);
}
