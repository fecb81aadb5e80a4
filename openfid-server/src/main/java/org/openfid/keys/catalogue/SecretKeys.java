package org.openfid.keys.catalogue;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openfid.keys.KeyRef;
import org.openfid.platform.AuditRecorder;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.SecretKeyKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vault alias of a purpose's secret key (HMAC for keyed hashes, AES for sealing), generated
 * inside the vault on first use. Creation is serialised per purpose across threads and nodes by the
 * catalogue's advisory lock, so two callers never make two keys for one purpose; aliases are cached
 * because these keys are never replaced.
 */
@Component
public class SecretKeys {

    private record Purpose(KeyRef key, SecretKeyKind kind) {}

    private final KeyVault vault;
    private final KeyCatalogue catalogue;
    private final KeyPolicy policy;
    private final TransactionTemplate transactions;
    private final AuditRecorder audit;
    private final Map<Purpose, String> aliases = new ConcurrentHashMap<>();

    SecretKeys(
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

    /** The alias of {@code key}'s secret key of this kind, created now if it does not exist yet. */
    public String alias(KeyRef key, SecretKeyKind kind) {
        return aliases.computeIfAbsent(new Purpose(key, kind), this::aliasOf);
    }

    private String aliasOf(Purpose purpose) {
        return catalogue.secretAlias(purpose.key(), purpose.kind()).orElseGet(() -> create(purpose));
    }

    private String create(Purpose purpose) {
        KeyRef key = purpose.key();
        policy.requireKnown(key);
        return transactions.execute(status -> {
            catalogue.lock(key);
            return catalogue.secretAlias(key, purpose.kind()).orElseGet(() -> {
                String alias = prefix(purpose.kind()) + "." + key.application() + "."
                        + (key.reference().isEmpty() ? "_" : key.reference()) + "."
                        + UUID.randomUUID().toString().substring(0, 8);
                vault.generateSecretKey(alias, purpose.kind());
                catalogue.insertSecret(key, purpose.kind(), alias);
                audit.success("keys", action(purpose.kind()), null, key.toString());
                return alias;
            });
        });
    }

    private static String prefix(SecretKeyKind kind) {
        return switch (kind) {
            case HMAC_SHA256 -> "hmac";
            case AES_256 -> "kek";
        };
    }

    private static String action(SecretKeyKind kind) {
        return switch (kind) {
            case HMAC_SHA256 -> "HASH_KEY_CREATED";
            case AES_256 -> "SEAL_KEY_CREATED";
        };
    }
}
