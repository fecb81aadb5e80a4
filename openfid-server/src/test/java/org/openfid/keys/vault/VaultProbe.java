package org.openfid.keys.vault;

import java.security.PrivateKey;
import org.openfid.spi.keys.KeyVault;

/** Lets tests outside this package look at a key handle to prove it is not extractable. */
public final class VaultProbe {

    private VaultProbe() {}

    public static PrivateKey privateKey(KeyVault vault, String alias) {
        return (PrivateKey) ((KeyStoreVault) vault).handle(alias, PrivateKey.class);
    }
}
