package org.openfid.keys.sealing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openfid.keys.DataSeals;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.keys.catalogue.SecretKeys;
import org.openfid.keys.vault.EnginePool;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.KeyVaultException;
import org.openfid.spi.keys.SecretKeyKind;
import org.springframework.stereotype.Service;

/**
 * {@link DataSeals} with one vault AES-256 key-encryption key per purpose, created on first use
 * (under an advisory lock, so concurrent first uses on several nodes create one key). The data key
 * is wrapped with the vault's AES-GCM, the data is encrypted in software with the data key; the data
 * key is cleared from memory after use.
 */
@Service
class VaultDataSeals implements DataSeals {

    private static final EnginePool<Cipher> AES_GCM = EnginePool.ciphers("AES/GCM/NoPadding");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyVault vault;
    private final SecretKeys secrets;

    VaultDataSeals(KeyVault vault, SecretKeys secrets) {
        this.vault = vault;
        this.secrets = secrets;
    }

    @Override
    public byte[] seal(KeyRef kek, byte[] plaintext, byte[] aad) {
        String alias = secrets.alias(kek, SecretKeyKind.AES_256);
        byte[] dataKey = new byte[32];
        RANDOM.nextBytes(dataKey);
        try {
            byte[] wrapped = vault.encryptAesGcm(alias, dataKey, alias.getBytes(StandardCharsets.US_ASCII));
            byte[] header = SealLayout.header(alias, wrapped);
            byte[] iv = new byte[SealLayout.IV_BYTES];
            RANDOM.nextBytes(iv);
            return SealLayout.join(header, iv, gcm(Cipher.ENCRYPT_MODE, dataKey, iv, header, aad, plaintext));
        } catch (KeyVaultException e) {
            throw new KeysException(KeysError.VAULT_FAILURE, "Sealing with " + kek + " failed", e);
        } catch (GeneralSecurityException e) {
            throw new KeysException(
                    KeysError.VAULT_FAILURE, "Sealing failed: " + e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    @Override
    public byte[] open(KeyRef kek, byte[] sealed, byte[] aad) {
        SealLayout layout = SealLayout.parse(sealed);
        String expected = secrets.alias(kek, SecretKeyKind.AES_256);
        if (!layout.alias().equals(expected)) {
            throw new KeysException(KeysError.DECRYPTION_FAILED, "The value was not sealed with " + kek);
        }
        byte[] dataKey = unwrap(layout);
        try {
            return gcm(Cipher.DECRYPT_MODE, dataKey, layout.iv(), layout.header(), aad, layout.ciphertext());
        } catch (AEADBadTagException e) {
            throw new KeysException(KeysError.DECRYPTION_FAILED, "The sealed value was altered or belongs elsewhere");
        } catch (GeneralSecurityException e) {
            throw new KeysException(
                    KeysError.VAULT_FAILURE, "Opening failed: " + e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private byte[] unwrap(SealLayout layout) {
        try {
            return vault.decryptAesGcm(
                    layout.alias(), layout.wrappedKey(), layout.alias().getBytes(StandardCharsets.US_ASCII));
        } catch (KeyVaultException e) {
            if (e.reason() == KeyVaultException.Reason.DECRYPTION_FAILED) {
                throw new KeysException(KeysError.DECRYPTION_FAILED, "The sealed data key was altered");
            }
            throw new KeysException(KeysError.VAULT_FAILURE, "The vault could not unwrap the data key", e);
        }
    }

    private static byte[] gcm(int mode, byte[] dataKey, byte[] iv, byte[] header, byte[] aad, byte[] input)
            throws GeneralSecurityException {
        return AES_GCM.use(cipher -> {
            cipher.init(mode, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(SealLayout.TAG_BYTES * 8, iv));
            cipher.updateAAD(header);
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        });
    }
}
