package org.openfid.keys.vault;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.interfaces.RSAKey;
import javax.crypto.Cipher;
import org.bouncycastle.crypto.AsymmetricBlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.encodings.OAEPEncoding;
import org.openfid.spi.keys.KeyVaultException;
import org.openfid.spi.keys.KeyVaultException.Reason;

/**
 * Keys inside a PKCS#11 token (an HSM in production, SoftHSM2 in tests), reached through the JDK's
 * SunPKCS11 provider. Keys are generated in the token as persistent, sensitive and non-extractable
 * objects, so the platform only ever holds handles.
 *
 * <p>SunPKCS11 offers no RSA-OAEP decryption, so unwrapping runs the raw RSA private operation in the
 * token and removes the OAEP padding in software (BouncyCastle); see ADR 0004. The session key is
 * briefly in process memory either way, since AES-GCM runs in software.
 */
final class Pkcs11KeyVault extends KeyStoreVault {

    private final String label;
    private final java.util.Map<String, Integer> modulusLengths = new java.util.concurrent.ConcurrentHashMap<>();

    private Pkcs11KeyVault(KeyStore store, Provider provider, String label) {
        super(store, provider, null);
        this.label = label;
    }

    /**
     * Loads the PKCS#11 library and logs in to the token.
     *
     * @param library path of the PKCS#11 module, for example {@code /usr/lib/softhsm/libsofthsm2.so}
     * @param slotSelector the SunPKCS11 slot line: {@code slot = <id>} or {@code slotListIndex = <n>}
     * @param pin the user PIN
     */
    static Pkcs11KeyVault open(String name, String library, String slotSelector, char[] pin) {
        String config = """
                --name = %s
                library = %s
                %s
                attributes(generate, CKO_PRIVATE_KEY, *) = {
                  CKA_TOKEN = true
                  CKA_PRIVATE = true
                  CKA_SENSITIVE = true
                  CKA_EXTRACTABLE = false
                }
                attributes(generate, CKO_PUBLIC_KEY, *) = {
                  CKA_TOKEN = true
                }
                attributes(generate, CKO_SECRET_KEY, *) = {
                  CKA_TOKEN = true
                  CKA_SENSITIVE = true
                  CKA_EXTRACTABLE = false
                }
                """.formatted(name, library, slotSelector);
        try {
            Provider provider = Security.getProvider("SunPKCS11").configure(config);
            // The token forgets the login when its last session closes; the handler lets SunPKCS11
            // log in again on demand instead of failing with "no password provided".
            char[] secret = pin.clone();
            ((java.security.AuthProvider) provider).setCallbackHandler(callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof javax.security.auth.callback.PasswordCallback password) {
                        password.setPassword(secret);
                    }
                }
            });
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return new Pkcs11KeyVault(store, provider, name);
        } catch (IOException | GeneralSecurityException | java.security.ProviderException e) {
            throw new KeyVaultException(
                    Reason.VAULT_FAILURE,
                    "Cannot open PKCS#11 token (library " + library + ", " + slotSelector + "): "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    @Override
    public String kind() {
        return "pkcs11";
    }

    @Override
    protected boolean supportsEdDsa() {
        return false; // SunPKCS11 has no EdDSA key generation or signing
    }

    @Override
    public byte[] decryptRsaOaep(String alias, byte[] block) {
        ensureSession();
        PrivateKey key = (PrivateKey) handle(alias, PrivateKey.class);
        // a sensitive token key does not expose its modulus; the certificate's public key does
        int modulusBytes = (((RSAKey) certificateChain(alias)[0].getPublicKey())
                                .getModulus()
                                .bitLength()
                        + 7)
                / 8;
        var oaep = new OAEPEncoding(new TokenRsa(key, modulusBytes), new SHA256Digest(), new SHA256Digest(), null);
        oaep.init(false, null);
        try {
            return oaep.processBlock(block, 0, block.length);
        } catch (InvalidCipherTextException | IllegalArgumentException e) {
            throw new KeyVaultException(Reason.DECRYPTION_FAILED, "Session key does not decrypt with " + alias, e);
        }
    }

    /**
     * A PKCS#11 login ends when the token's last session closes, and SunPKCS11 does not re-login for
     * every operation; logging in here (a no-op while logged in) keeps long-running nodes working.
     */
    @Override
    protected void ensureSession() {
        try {
            ((java.security.AuthProvider) provider).login(null, null);
        } catch (javax.security.auth.login.LoginException e) {
            throw new KeyVaultException(Reason.VAULT_FAILURE, "Cannot log in to the PKCS#11 token", e);
        }
    }

    @Override
    protected void persist() {
        // token objects are persistent as soon as they are created
    }

    @Override
    public void close() {
        Provider provider = this.provider;
        if (provider instanceof java.security.AuthProvider auth) {
            try {
                auth.logout();
            } catch (javax.security.auth.login.LoginException e) {
                // closing anyway: the session ends with the process
            }
        }
    }

    @Override
    public String toString() {
        return "Pkcs11KeyVault[" + label + "]";
    }

    /** The raw RSA private-key operation, performed by the token, as a BouncyCastle block cipher. */
    private final class TokenRsa implements AsymmetricBlockCipher {

        private final PrivateKey key;
        private final int modulusBytes;

        TokenRsa(PrivateKey key, int modulusBytes) {
            this.key = key;
            this.modulusBytes = modulusBytes;
        }

        @Override
        public void init(boolean forEncryption, CipherParameters parameters) {
            // the token key is fixed; only decryption is used
        }

        @Override
        public int getInputBlockSize() {
            return modulusBytes;
        }

        @Override
        public int getOutputBlockSize() {
            return modulusBytes - 1;
        }

        @Override
        public byte[] processBlock(byte[] in, int offset, int length) throws InvalidCipherTextException {
            if (length != modulusBytes) {
                throw new InvalidCipherTextException("RSA block has the wrong length");
            }
            try {
                Cipher raw = Cipher.getInstance("RSA/ECB/NoPadding", provider);
                raw.init(Cipher.DECRYPT_MODE, key);
                byte[] encoded = raw.doFinal(in, offset, length);
                // OAEP's encoded message starts with a zero byte, which OAEPEncoding expects stripped.
                if (encoded.length == modulusBytes && encoded[0] == 0) {
                    return java.util.Arrays.copyOfRange(encoded, 1, encoded.length);
                }
                return encoded;
            } catch (GeneralSecurityException e) {
                throw new InvalidCipherTextException(
                        "token could not decrypt: " + e.getClass().getSimpleName());
            }
        }
    }
}
