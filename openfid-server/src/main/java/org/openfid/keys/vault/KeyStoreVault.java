package org.openfid.keys.vault;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.keys.KeyPairKind;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.KeyVaultException;
import org.openfid.spi.keys.KeyVaultException.Reason;
import org.openfid.spi.keys.SecretKeyKind;
import org.openfid.spi.keys.SignatureScheme;

/**
 * What the PKCS#12 and PKCS#11 vaults share: a JCA {@link KeyStore} holding key entries, and
 * operations done with the store's own provider so that token keys never leave the token. Key
 * handles are cached after the first lookup because a lookup can be expensive (PBE decryption for
 * PKCS#12, a token search for PKCS#11) while the handle itself is cheap to keep. A JCA key store is
 * not thread-safe, so every access to it holds this vault's monitor; signing with a cached handle
 * does not.
 */
abstract class KeyStoreVault implements KeyVault {

    private static final int GCM_IV_BYTES = 12;
    private static final int GCM_TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final EnginePool<Cipher> AES_GCM = EnginePool.ciphers("AES/GCM/NoPadding");
    static final PSSParameterSpec PSS_SHA256 = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

    protected final KeyStore store;
    protected final @Nullable Provider provider;

    /** HMAC engines per key alias, each initialised with its key (JDK provider only). */
    private final Map<String, EnginePool<Mac>> macs = new ConcurrentHashMap<>();

    private final char @Nullable [] entryPassword;
    private final Map<String, Key> handles = new ConcurrentHashMap<>();

    KeyStoreVault(KeyStore store, @Nullable Provider provider, char @Nullable [] entryPassword) {
        this.store = store;
        this.provider = provider;
        this.entryPassword = entryPassword;
    }

    /** Hook run before each private-key operation; a token logs in again here if it forgot us. */
    protected void ensureSession() {}

    /** Makes a new entry durable (PKCS#12 writes its file; a token already persisted it). */
    protected abstract void persist();

    @Override
    public synchronized boolean contains(String alias) {
        try {
            return store.containsAlias(alias);
        } catch (GeneralSecurityException e) {
            throw failure("look up", alias, e);
        }
    }

    @Override
    public synchronized Set<String> aliases() {
        try {
            return Collections.unmodifiableSet(new TreeSet<>(Collections.list(store.aliases())));
        } catch (GeneralSecurityException e) {
            throw failure("list", "*", e);
        }
    }

    @Override
    public synchronized X509Certificate[] generateKeyPair(String alias, KeyPairKind kind, Certifier certifier) {
        requireAbsent(alias);
        ensureSession();
        try {
            KeyPair pair = generator(kind).generateKeyPair();
            X509Certificate[] chain =
                    certifier.certify(pair.getPublic(), (scheme, data) -> sign(pair.getPrivate(), scheme, data));
            store.setKeyEntry(alias, pair.getPrivate(), entryPassword, chain);
            persist();
            handles.put(alias, pair.getPrivate());
            return chain.clone();
        } catch (GeneralSecurityException e) {
            throw failure("generate key pair", alias, e);
        }
    }

    private KeyPairGenerator generator(KeyPairKind kind) throws GeneralSecurityException {
        if (kind == KeyPairKind.ED25519 && !supportsEdDsa()) {
            throw new KeyVaultException(Reason.UNSUPPORTED, kind() + " vault cannot generate Ed25519 keys");
        }
        KeyPairGenerator generator = provider == null
                ? KeyPairGenerator.getInstance(kind.jcaAlgorithm())
                : KeyPairGenerator.getInstance(kind.jcaAlgorithm(), provider);
        switch (kind) {
            case RSA_2048, RSA_3072 -> generator.initialize(kind.bits());
            case EC_P256 -> generator.initialize(new ECGenParameterSpec("secp256r1"));
            case ED25519 -> {
                // the algorithm name fixes the curve
            }
        }
        return generator;
    }

    /** Whether the provider can create and use Ed25519 keys. */
    protected abstract boolean supportsEdDsa();

    @Override
    public synchronized X509Certificate[] certificateChain(String alias) {
        try {
            Certificate[] chain = store.getCertificateChain(alias);
            if (chain == null) {
                throw new KeyVaultException(Reason.NO_SUCH_KEY, "No key pair under alias " + alias);
            }
            return Arrays.copyOf(chain, chain.length, X509Certificate[].class);
        } catch (GeneralSecurityException e) {
            throw failure("read certificate", alias, e);
        }
    }

    @Override
    public synchronized void generateSecretKey(String alias, SecretKeyKind kind) {
        requireAbsent(alias);
        ensureSession();
        try {
            KeyGenerator generator = provider == null
                    ? KeyGenerator.getInstance(kind.jcaAlgorithm())
                    : KeyGenerator.getInstance(kind.jcaAlgorithm(), provider);
            generator.init(256);
            SecretKey key = generator.generateKey();
            store.setEntry(
                    alias,
                    new KeyStore.SecretKeyEntry(key),
                    entryPassword == null ? null : new KeyStore.PasswordProtection(entryPassword));
            persist();
            handles.put(alias, key);
            macs.remove(alias); // engines keyed with a key this alias no longer names
        } catch (GeneralSecurityException e) {
            throw failure("generate secret key", alias, e);
        }
    }

    @Override
    public byte[] sign(String alias, SignatureScheme scheme, byte[] data) {
        ensureSession();
        return sign((PrivateKey) handle(alias, PrivateKey.class), scheme, data);
    }

    private byte[] sign(PrivateKey key, SignatureScheme scheme, byte[] data) {
        try {
            Signature signature = provider == null || scheme == SignatureScheme.ED25519 && !supportsEdDsa()
                    ? Signature.getInstance(scheme.jcaAlgorithm())
                    : Signature.getInstance(scheme.jcaAlgorithm(), provider);
            if (scheme.isPss()) {
                signature.setParameter(PSS_SHA256);
            }
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new KeyVaultException(
                    Reason.UNSUPPORTED,
                    "Key cannot sign with " + scheme + ": " + e.getClass().getSimpleName(),
                    e);
        }
    }

    @Override
    public byte[] mac(String alias, byte[] data) {
        Key key = handle(alias, SecretKey.class);
        ensureSession();
        try {
            if (provider == null) {
                // a JDK Mac keeps its key after doFinal: pooled per key, it needs no init either
                return macs.computeIfAbsent(
                                alias,
                                unused -> new EnginePool<>(() -> {
                                    Mac mac = Mac.getInstance("HmacSHA256");
                                    mac.init(key);
                                    return mac;
                                }))
                        .use(mac -> mac.doFinal(data));
            }
            Mac mac = Mac.getInstance("HmacSHA256", provider);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw failure("compute MAC", alias, e);
        }
    }

    @Override
    public byte[] encryptAesGcm(String alias, byte[] plaintext, byte[] aad) {
        Key key = handle(alias, SecretKey.class);
        ensureSession();
        byte[] iv = new byte[GCM_IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            byte[] sealed = aesGcm(cipher -> {
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(GCM_TAG_BITS, iv));
                cipher.updateAAD(aad);
                return cipher.doFinal(plaintext);
            });
            byte[] block = Arrays.copyOf(iv, GCM_IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, block, GCM_IV_BYTES, sealed.length);
            return block;
        } catch (GeneralSecurityException e) {
            throw failure("encrypt", alias, e);
        }
    }

    @Override
    public byte[] decryptAesGcm(String alias, byte[] block, byte[] aad) {
        Key key = handle(alias, SecretKey.class);
        if (block.length < GCM_IV_BYTES + GCM_TAG_BITS / 8) {
            throw new KeyVaultException(Reason.DECRYPTION_FAILED, "Block too short for AES-GCM with " + alias);
        }
        ensureSession();
        try {
            return aesGcm(cipher -> {
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(GCM_TAG_BITS, block, 0, GCM_IV_BYTES));
                cipher.updateAAD(aad);
                return cipher.doFinal(block, GCM_IV_BYTES, block.length - GCM_IV_BYTES);
            });
        } catch (AEADBadTagException e) {
            throw new KeyVaultException(Reason.DECRYPTION_FAILED, "Block does not decrypt with " + alias, e);
        } catch (GeneralSecurityException e) {
            throw failure("decrypt", alias, e);
        }
    }

    /** One AES-GCM operation: a pooled JDK cipher, or a fresh one of the token's provider. */
    private byte[] aesGcm(EnginePool.Operation<Cipher, byte[]> operation) throws GeneralSecurityException {
        return provider == null
                ? AES_GCM.use(operation)
                : operation.apply(Cipher.getInstance("AES/GCM/NoPadding", provider));
    }

    /** The cached handle of a private or secret key. */
    protected Key handle(String alias, Class<? extends Key> type) {
        Key key = handles.get(alias);
        if (key == null) {
            // loaded outside the map's lock: loading takes the store's monitor, which key generation
            // holds while it updates the map
            Key loaded = load(alias);
            Key raced = handles.putIfAbsent(alias, loaded);
            key = raced == null ? loaded : raced;
        }
        if (!type.isInstance(key)) {
            throw new KeyVaultException(
                    Reason.UNSUPPORTED, "Key under alias " + alias + " is not a " + type.getSimpleName());
        }
        return key;
    }

    private synchronized Key load(String alias) {
        try {
            Key key = store.getKey(alias, entryPassword);
            if (key == null) {
                throw new KeyVaultException(Reason.NO_SUCH_KEY, "No key under alias " + alias);
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw failure("load key", alias, e);
        }
    }

    private void requireAbsent(String alias) {
        if (contains(alias)) {
            throw new KeyVaultException(Reason.ALIAS_EXISTS, "A key already exists under alias " + alias);
        }
    }

    protected KeyVaultException failure(String operation, String alias, Exception cause) {
        return new KeyVaultException(
                Reason.VAULT_FAILURE,
                kind() + " vault could not " + operation + " (" + alias + "): "
                        + cause.getClass().getSimpleName(),
                cause);
    }
}
