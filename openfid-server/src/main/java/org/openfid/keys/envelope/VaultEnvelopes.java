package org.openfid.keys.envelope;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.openfid.keys.EnvelopeParameters;
import org.openfid.keys.Envelopes;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.keys.catalogue.KeyCatalogue.StoredKey;
import org.openfid.keys.catalogue.VaultKeyRing;
import org.openfid.keys.vault.EnginePool;
import org.openfid.spi.keys.EnvelopeFormat;
import org.openfid.spi.keys.KeyPairKind;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.KeyVaultException;
import org.springframework.stereotype.Service;

/**
 * Envelope encryption in MOSIP keymanager's layouts. The session key is wrapped in software with the
 * recipient certificate and unwrapped by the vault; the payload cipher is AES-256-GCM with a
 * 128-bit tag.
 */
@Service
class VaultEnvelopes implements Envelopes {

    private static final EnginePool<Cipher> AES_GCM = EnginePool.ciphers("AES/GCM/NoPadding");

    private static final OAEPParameterSpec OAEP_SHA256 =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final VaultKeyRing keys;
    private final KeyVault vault;

    VaultEnvelopes(VaultKeyRing keys, KeyVault vault) {
        this.keys = keys;
        this.vault = vault;
    }

    @Override
    public byte[] encrypt(KeyRef key, byte[] data, EnvelopeParameters parameters) {
        StoredKey current = keys.currentKey(key);
        requireRsa(current);
        return seal(current.info().certificate(), current.thumbprint(), data, parameters);
    }

    @Override
    public byte[] encryptFor(X509Certificate recipient, byte[] data, EnvelopeParameters parameters) {
        if (!"RSA".equals(recipient.getPublicKey().getAlgorithm())) {
            throw new KeysException(KeysError.ALGORITHM_MISMATCH, "Recipient certificate has no RSA key");
        }
        return seal(recipient, VaultKeyRing.thumbprint(recipient), data, parameters);
    }

    private byte[] seal(X509Certificate recipient, byte[] thumbprint, byte[] data, EnvelopeParameters parameters) {
        if (data.length == 0) {
            throw new KeysException(KeysError.EMPTY_DATA);
        }
        byte[] salt = parameters.salt();
        byte[] aad = parameters.aad();
        byte[] prefix = parameters.prependThumbprint() ? thumbprint : null;
        SecretKey sessionKey = newSessionKey();
        byte[] wrapped = wrap(recipient.getPublicKey(), sessionKey);
        if (salt != null) {
            requireIvLength(salt);
            return EnvelopeLayout.join(false, prefix, wrapped, gcm(Cipher.ENCRYPT_MODE, sessionKey, salt, aad, data));
        }
        if (aad == null && prefix != null) {
            byte[] randomAad = random(EnvelopeLayout.R2_AAD_LENGTH);
            byte[] iv = Arrays.copyOf(randomAad, EnvelopeLayout.GCM_IV_LENGTH);
            byte[] body = concat(randomAad, gcm(Cipher.ENCRYPT_MODE, sessionKey, iv, randomAad, data));
            return EnvelopeLayout.join(true, prefix, wrapped, body);
        }
        byte[] iv = random(EnvelopeLayout.LEGACY_IV_LENGTH);
        return EnvelopeLayout.join(
                false, prefix, wrapped, concat(gcm(Cipher.ENCRYPT_MODE, sessionKey, iv, aad, data), iv));
    }

    @Override
    public byte[] decrypt(KeyRef key, byte[] envelope, EnvelopeParameters parameters) {
        EnvelopeFormat.Parts parts = EnvelopeLayout.split(envelope);
        StoredKey recipient = parts.thumbprint() == null
                ? keys.currentKey(key)
                : keys.version(key, parts.thumbprint())
                        .orElseThrow(() -> new KeysException(
                                KeysError.THUMBPRINT_MISMATCH, "The thumbprint matches no version of " + key));
        requireRsa(recipient);
        SecretKey sessionKey = unwrap(recipient, parts.wrappedKey());
        byte[] body = parts.body();
        if (parts.versionR2()) {
            requireLength(body, EnvelopeLayout.R2_AAD_LENGTH + 16);
            byte[] aad = Arrays.copyOf(body, EnvelopeLayout.R2_AAD_LENGTH);
            byte[] iv = Arrays.copyOf(aad, EnvelopeLayout.GCM_IV_LENGTH);
            return gcm(Cipher.DECRYPT_MODE, sessionKey, iv, aad, Arrays.copyOfRange(body, aad.length, body.length));
        }
        if (parameters.salt() != null) {
            requireIvLength(parameters.salt());
            requireLength(body, 16);
            return gcm(Cipher.DECRYPT_MODE, sessionKey, parameters.salt(), parameters.aad(), body);
        }
        requireLength(body, EnvelopeLayout.LEGACY_IV_LENGTH + 16);
        int split = body.length - EnvelopeLayout.LEGACY_IV_LENGTH;
        byte[] iv = Arrays.copyOfRange(body, split, body.length);
        return gcm(Cipher.DECRYPT_MODE, sessionKey, iv, parameters.aad(), Arrays.copyOf(body, split));
    }

    @Override
    public Session unwrap(KeyRef key, byte[] thumbprint, byte[] wrappedKey) {
        StoredKey recipient = keys.version(key, thumbprint)
                .orElseThrow(() -> new KeysException(
                        KeysError.THUMBPRINT_MISMATCH, "The thumbprint matches no version of " + key));
        requireRsa(recipient);
        SecretKey sessionKey = unwrap(recipient, wrappedKey);
        return new Session() {
            @Override
            public byte[] decrypt(byte[] body) {
                requireLength(body, EnvelopeLayout.LEGACY_IV_LENGTH + 16);
                int split = body.length - EnvelopeLayout.LEGACY_IV_LENGTH;
                byte[] iv = Arrays.copyOfRange(body, split, body.length);
                return gcm(Cipher.DECRYPT_MODE, sessionKey, iv, null, Arrays.copyOf(body, split));
            }

            @Override
            public byte[] decrypt(byte[] ciphertextAndTag, byte[] iv, byte[] aad) {
                requireLength(ciphertextAndTag, 16);
                if (iv.length == 0) {
                    throw new KeysException(KeysError.INVALID_DATA, "An AES-GCM IV cannot be empty");
                }
                return gcm(Cipher.DECRYPT_MODE, sessionKey, iv, aad, ciphertextAndTag);
            }
        };
    }

    @Override
    public SplitEnvelope encryptSplit(X509Certificate recipient, byte[] data) {
        if (!"RSA".equals(recipient.getPublicKey().getAlgorithm())) {
            throw new KeysException(KeysError.ALGORITHM_MISMATCH, "Recipient certificate has no RSA key");
        }
        SecretKey sessionKey = newSessionKey();
        byte[] iv = random(EnvelopeLayout.LEGACY_IV_LENGTH);
        byte[] body = concat(gcm(Cipher.ENCRYPT_MODE, sessionKey, iv, null, data), iv);
        return new SplitEnvelope(wrap(recipient.getPublicKey(), sessionKey), body, VaultKeyRing.thumbprint(recipient));
    }

    private SecretKey unwrap(StoredKey recipient, byte[] wrapped) {
        try {
            byte[] raw = vault.decryptRsaOaep(recipient.alias(), wrapped);
            if (raw.length != 32) {
                throw new KeysException(KeysError.DECRYPTION_FAILED, "Unwrapped session key is not AES-256");
            }
            return new SecretKeySpec(raw, "AES");
        } catch (KeyVaultException e) {
            if (e.reason() == KeyVaultException.Reason.DECRYPTION_FAILED) {
                throw new KeysException(KeysError.DECRYPTION_FAILED);
            }
            throw new KeysException(KeysError.VAULT_FAILURE, "The vault could not unwrap the session key", e);
        }
    }

    private static byte[] gcm(int mode, SecretKey key, byte[] iv, byte @Nullable [] aad, byte[] input) {
        try {
            return AES_GCM.use(cipher -> {
                cipher.init(mode, key, new GCMParameterSpec(128, iv));
                if (aad != null) {
                    cipher.updateAAD(aad);
                }
                return cipher.doFinal(input);
            });
        } catch (AEADBadTagException e) {
            throw new KeysException(KeysError.DECRYPTION_FAILED);
        } catch (GeneralSecurityException e) {
            throw new KeysException(
                    KeysError.DECRYPTION_FAILED,
                    "AES-GCM failed: " + e.getClass().getSimpleName());
        }
    }

    private static byte[] wrap(PublicKey recipient, SecretKey sessionKey) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.ENCRYPT_MODE, recipient, OAEP_SHA256);
            return cipher.doFinal(sessionKey.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new KeysException(KeysError.ALGORITHM_MISMATCH, "Cannot wrap a session key for this certificate");
        }
    }

    private static SecretKey newSessionKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is unavailable", e);
        }
    }

    private static void requireRsa(StoredKey key) {
        if (!KeyPairKind.valueOf(key.info().kind()).canDecrypt()) {
            throw new KeysException(
                    KeysError.ALGORITHM_MISMATCH, "Key " + key.info().ref() + " is a signing key and cannot encrypt");
        }
    }

    private static void requireIvLength(byte[] salt) {
        if (salt.length != EnvelopeLayout.GCM_IV_LENGTH) {
            throw new KeysException(KeysError.INVALID_REQUEST, "salt must be 12 bytes (the AES-GCM IV)");
        }
    }

    private static void requireLength(byte[] body, int minimum) {
        if (body.length < minimum) {
            throw new KeysException(KeysError.INVALID_DATA, "Encrypted data is too short");
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
