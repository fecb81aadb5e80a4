package org.openfid.keys.vault;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.openfid.keys.KeysProperties;
import org.openfid.platform.PlatformProperties;
import org.openfid.platform.SecretFile;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.KeyVaultFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the configured vault through the {@link KeyVaultFactory} SPI, so a third-party vault on the
 * class path is chosen the same way as the two built-in ones.
 */
@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

    @Bean(destroyMethod = "close")
    KeyVault keyVault(KeysProperties keys, PlatformProperties platform) {
        KeyVaultFactory factory = ServiceLoader.load(
                        KeyVaultFactory.class, getClass().getClassLoader())
                .stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.id().equals(keys.vault()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No key vault named '" + keys.vault() + "' (openfid.keys.vault); built in: pkcs12, pkcs11"));
        return factory.open(settings(keys, platform.dataDir()));
    }

    static Map<String, String> settings(KeysProperties keys, Path dataDir) {
        Map<String, String> settings = new HashMap<>();
        if (keys.vault().equals("pkcs12")) {
            settings.put("path", dataDir.resolve("keys/vault.p12").toString());
            settings.put("password", pkcs12Password(keys, dataDir.resolve("keys/vault.pass")));
        } else {
            KeysProperties.Pkcs11 token = keys.pkcs11();
            putIfPresent(settings, "library", token.library());
            putIfPresent(settings, "pin", token.pin());
            settings.put("slot-list-index", Integer.toString(token.slotListIndex()));
            if (token.slot() != null) {
                settings.put("slot", Long.toString(token.slot()));
            }
        }
        return settings;
    }

    private static void putIfPresent(Map<String, String> settings, String key, String value) {
        if (value != null && !value.isBlank()) {
            settings.put(key, value);
        }
    }

    /** The configured password, or one generated once into an owner-only file beside the vault. */
    static String pkcs12Password(KeysProperties keys, Path file) {
        if (keys.password() != null && !keys.password().isBlank()) {
            return keys.password();
        }
        return SecretFile.readOrGenerate(file, 32);
    }
}
