package org.openfid.keys.vault;

import java.nio.file.Path;
import java.util.Map;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.KeyVaultException;
import org.openfid.spi.keys.KeyVaultException.Reason;
import org.openfid.spi.keys.KeyVaultFactory;

/** The two vaults that ship with the platform, registered for {@link java.util.ServiceLoader}. */
public final class VaultFactories {

    private VaultFactories() {}

    static String required(Map<String, String> settings, String key, String vault) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            throw new KeyVaultException(Reason.VAULT_FAILURE, vault + " vault needs the setting '" + key + "'");
        }
        return value;
    }

    /** {@code pkcs12}: settings {@code path}, {@code password}. */
    public static final class Pkcs12 implements KeyVaultFactory {
        @Override
        public String id() {
            return "pkcs12";
        }

        @Override
        public KeyVault open(Map<String, String> settings) {
            return Pkcs12KeyVault.open(
                    Path.of(required(settings, "path", id())),
                    required(settings, "password", id()).toCharArray());
        }
    }

    /**
     * {@code pkcs11}: settings {@code library}, {@code slot} (a slot id) or {@code slot-list-index}
     * (default 0), {@code pin}.
     */
    public static final class Pkcs11 implements KeyVaultFactory {
        @Override
        public String id() {
            return "pkcs11";
        }

        @Override
        public KeyVault open(Map<String, String> settings) {
            return Pkcs11KeyVault.open(
                    settings.getOrDefault("name", "openfid"),
                    required(settings, "library", id()),
                    settings.containsKey("slot")
                            ? "slot = " + Long.parseLong(settings.get("slot"))
                            : "slotListIndex = " + Integer.parseInt(settings.getOrDefault("slot-list-index", "0")),
                    required(settings, "pin", id()).toCharArray());
        }
    }
}
