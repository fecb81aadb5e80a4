package org.openfid.keys.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Set;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.openfid.spi.keys.KeyVaultException;
import org.openfid.spi.keys.KeyVaultException.Reason;

/**
 * Keys in a password-protected PKCS#12 file, operations in software. The default vault: nothing to
 * install, good for development and single-node deployments. The file is rewritten atomically on
 * every new key and kept readable by its owner only.
 */
final class Pkcs12KeyVault extends KeyStoreVault {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final EnginePool<Cipher> RSA_OAEP = EnginePool.ciphers("RSA/ECB/OAEPPadding");
    private static final OAEPParameterSpec OAEP_SHA256 =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private final Path file;
    private final char[] password;

    private Pkcs12KeyVault(KeyStore store, Path file, char[] password) {
        super(store, null, password);
        this.file = file;
        this.password = password;
    }

    /** Opens the vault file, creating an empty one if it does not exist. */
    static Pkcs12KeyVault open(Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
            } else {
                store.load(null, password);
            }
            var vault = new Pkcs12KeyVault(store, file, password);
            if (!Files.exists(file)) {
                vault.persist();
            }
            return vault;
        } catch (IOException e) {
            throw new KeyVaultException(
                    Reason.VAULT_FAILURE, "Cannot open key vault " + file + " (wrong password or damaged file)", e);
        } catch (GeneralSecurityException e) {
            throw new KeyVaultException(Reason.VAULT_FAILURE, "Cannot open key vault " + file, e);
        }
    }

    @Override
    public String kind() {
        return "pkcs12";
    }

    @Override
    protected boolean supportsEdDsa() {
        return true;
    }

    @Override
    public byte[] decryptRsaOaep(String alias, byte[] block) {
        PrivateKey key = (PrivateKey) handle(alias, PrivateKey.class);
        try {
            return RSA_OAEP.use(cipher -> {
                cipher.init(Cipher.DECRYPT_MODE, key, OAEP_SHA256);
                return cipher.doFinal(block);
            });
        } catch (BadPaddingException | javax.crypto.IllegalBlockSizeException e) {
            throw new KeyVaultException(Reason.DECRYPTION_FAILED, "Session key does not decrypt with " + alias, e);
        } catch (GeneralSecurityException e) {
            throw failure("decrypt", alias, e);
        }
    }

    @Override
    protected synchronized void persist() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(
                    file.toAbsolutePath().getParent(),
                    ".vault",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyVaultException(Reason.VAULT_FAILURE, "Cannot write key vault " + file, e);
        }
    }

    @Override
    public void close() {
        java.util.Arrays.fill(password, '\0');
    }
}
