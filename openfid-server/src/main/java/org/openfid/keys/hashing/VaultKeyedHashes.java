package org.openfid.keys.hashing;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.keys.catalogue.SecretKeys;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.KeyVaultException;
import org.openfid.spi.keys.SecretKeyKind;
import org.springframework.stereotype.Service;

/**
 * HMAC-SHA256 with one secret key per purpose, generated inside the vault on first use. These keys
 * are never rotated: a new key would orphan every stored hash (rotation would need a re-hash job).
 */
@Service
class VaultKeyedHashes implements KeyedHashes {

    private final KeyVault vault;
    private final SecretKeys secrets;

    VaultKeyedHashes(KeyVault vault, SecretKeys secrets) {
        this.vault = vault;
        this.secrets = secrets;
    }

    @Override
    public String hash(KeyRef key, String value) {
        if (value == null || value.isEmpty()) {
            throw new KeysException(KeysError.EMPTY_DATA);
        }
        String alias = secrets.alias(key, SecretKeyKind.HMAC_SHA256);
        try {
            return HexFormat.of().formatHex(vault.mac(alias, value.getBytes(StandardCharsets.UTF_8)));
        } catch (KeyVaultException e) {
            throw new KeysException(KeysError.VAULT_FAILURE, "Keyed hash with " + key + " failed", e);
        }
    }
}
