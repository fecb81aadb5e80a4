package org.openfid.spi.keys;

import java.util.Map;

/**
 * Creates a {@link KeyVault} from configuration. Implementations are found with
 * {@link java.util.ServiceLoader}; the platform picks the one whose {@link #id()} matches
 * {@code openfid.keys.vault}.
 *
 * @since 0.1
 */
public interface KeyVaultFactory {

    /** The identifier used in configuration, for example {@code pkcs12}. */
    String id();

    /**
     * Opens (creating if needed) a vault.
     *
     * @param settings implementation-specific settings; secrets among them are never logged
     */
    KeyVault open(Map<String, String> settings);
}
