package org.openfid.spi.keys;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Set;

/**
 * A store of named private and secret keys that performs the operations needing them.
 *
 * <p>Implementations must be safe for concurrent use. Aliases are chosen by the platform and are
 * opaque to the vault; an alias names exactly one key for its whole life (rotation creates a new
 * alias, it never replaces a key under an existing one).
 *
 * @since 0.1
 */
public interface KeyVault extends AutoCloseable {

    /** Short name of the implementation, for example {@code pkcs12} or {@code pkcs11}. */
    String kind();

    /** Whether a key (pair or secret) exists under {@code alias}. */
    boolean contains(String alias);

    /** All aliases in this vault. */
    Set<String> aliases();

    /**
     * Generates a key pair inside the vault and stores it under {@code alias} with the certificate
     * chain the {@code certifier} builds for its public key.
     *
     * @return the stored certificate chain, leaf first
     * @throws KeyVaultException if the alias exists, the kind is unsupported or the vault fails
     */
    X509Certificate[] generateKeyPair(String alias, KeyPairKind kind, Certifier certifier);

    /**
     * The certificate chain stored with a key pair, leaf first.
     *
     * @throws KeyVaultException with {@link KeyVaultException.Reason#NO_SUCH_KEY} if absent
     */
    X509Certificate[] certificateChain(String alias);

    /** Generates a secret key inside the vault under {@code alias}. */
    void generateSecretKey(String alias, SecretKeyKind kind);

    /** Signs {@code data} with the private key under {@code alias}; returns the JCA-encoded signature. */
    byte[] sign(String alias, SignatureScheme scheme, byte[] data);

    /**
     * Decrypts an RSA-OAEP block (SHA-256 digest, MGF1 with SHA-256, empty label) with the private
     * key under {@code alias}.
     *
     * @throws KeyVaultException with {@link KeyVaultException.Reason#DECRYPTION_FAILED} when the
     *     block was not made for this key or was altered
     */
    byte[] decryptRsaOaep(String alias, byte[] block);

    /** HMAC-SHA256 of {@code data} with the secret key under {@code alias}. */
    byte[] mac(String alias, byte[] data);

    /**
     * Encrypts small data (a data key, a few hundred bytes at most) with AES-256-GCM under the
     * {@link SecretKeyKind#AES_256} key {@code alias}, inside the vault. The vault draws a fresh
     * 96-bit IV for every call.
     *
     * @param aad additional authenticated data bound to the ciphertext (may be empty)
     * @return {@code iv(12) || ciphertext || tag(16)}
     * @since 0.2
     */
    byte[] encryptAesGcm(String alias, byte[] plaintext, byte[] aad);

    /**
     * Decrypts what {@link #encryptAesGcm} returned.
     *
     * @throws KeyVaultException with {@link KeyVaultException.Reason#DECRYPTION_FAILED} when the
     *     block or the AAD was altered or the block was made with another key
     * @since 0.2
     */
    byte[] decryptAesGcm(String alias, byte[] block, byte[] aad);

    /** Releases sessions and handles; the vault is unusable afterwards. */
    @Override
    void close();

    /**
     * Builds the certificate chain of a freshly generated key pair. The new private key is not
     * visible to the caller, so a self-signed certificate is signed through {@code selfSigner}.
     */
    @FunctionalInterface
    interface Certifier {
        X509Certificate[] certify(PublicKey publicKey, SelfSigner selfSigner);
    }

    /** Signs with the key pair being generated, before it is stored. */
    @FunctionalInterface
    interface SelfSigner {
        byte[] sign(SignatureScheme scheme, byte[] data);
    }
}
