package org.openfid.keys.hashing;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.keys.catalogue.KeyCatalogue;
import org.openfid.keys.catalogue.KeyPolicy;
import org.openfid.platform.AuditRecorder;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.KeyVaultException;
import org.openfid.spi.keys.SecretKeyKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HMAC-SHA256 with one secret key per purpose, generated inside the vault on first use. These keys
 * are never rotated: a new key would orphan every stored hash (rotation would need a re-hash job).
 */
@Service
class VaultKeyedHashes implements KeyedHashes {

    private final KeyVault vault;
    private final KeyCatalogue catalogue;
    private final KeyPolicy policy;
    private final TransactionTemplate transactions;
    private final AuditRecorder audit;
    private final Map<KeyRef, String> aliases = new ConcurrentHashMap<>();

    VaultKeyedHashes(
            KeyVault vault,
            KeyCatalogue catalogue,
            KeyPolicy policy,
            TransactionTemplate transactions,
            AuditRecorder audit) {
        this.vault = vault;
        this.catalogue = catalogue;
        this.policy = policy;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public String hash(KeyRef key, String value) {
        if (value == null || value.isEmpty()) {
            throw new KeysException(KeysError.EMPTY_DATA);
        }
        String alias = aliases.computeIfAbsent(key, this::aliasOf);
        try {
            return HexFormat.of().formatHex(vault.mac(alias, value.getBytes(StandardCharsets.UTF_8)));
        } catch (KeyVaultException e) {
            throw new KeysException(KeysError.VAULT_FAILURE, "Keyed hash with " + key + " failed", e);
        }
    }

    private String aliasOf(KeyRef key) {
        return catalogue.secretAlias(key).orElseGet(() -> create(key));
    }

    private String create(KeyRef key) {
        policy.requireKnown(key);
        return transactions.execute(status -> {
            catalogue.lock(key);
            return catalogue.secretAlias(key).orElseGet(() -> {
                String alias =
                        "hmac." + key.application() + "." + (key.reference().isEmpty() ? "_" : key.reference()) + "."
                                + UUID.randomUUID().toString().substring(0, 8);
                vault.generateSecretKey(alias, SecretKeyKind.HMAC_SHA256);
                catalogue.insertSecret(key, alias);
                audit.success("keys", "HASH_KEY_CREATED", null, key.toString());
                return alias;
            });
        });
    }
}
