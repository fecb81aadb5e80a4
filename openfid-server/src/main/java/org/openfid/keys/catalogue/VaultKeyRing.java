package org.openfid.keys.catalogue;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.openfid.keys.KeyInfo;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyRing;
import org.openfid.keys.KeyRotated;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.keys.KeysProperties;
import org.openfid.keys.catalogue.KeyCatalogue.StoredKey;
import org.openfid.platform.AuditRecorder;
import org.openfid.spi.keys.KeyPairKind;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.SignatureScheme;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key hierarchy: one RSA-3072 root per vault, self-signed, and per-purpose key versions whose
 * certificates the root issues. Versions are immutable once written, so lookups by key id or
 * thumbprint are cached for the life of the process; the current version of a purpose is re-read
 * after a short time so a rotation on another node is picked up.
 */
@Service
public class VaultKeyRing implements KeyRing, SmartInitializingSingleton {

    private static final Duration CURRENT_TTL = Duration.ofSeconds(60);
    private static final KeyRef ROOT = KeyRef.of(KeyPolicy.ROOT, "");

    private record Cached(StoredKey key, Instant loadedAt) {}

    private final KeyVault vault;
    private final KeyCatalogue catalogue;
    private final KeyPolicy policy;
    private final KeysProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final AuditRecorder audit;
    private final Clock clock;
    private final Map<KeyRef, Cached> current = new ConcurrentHashMap<>();
    private final Map<String, StoredKey> byKeyId = new ConcurrentHashMap<>();
    private final Map<String, StoredKey> byThumbprint = new ConcurrentHashMap<>();

    VaultKeyRing(
            KeyVault vault,
            KeyCatalogue catalogue,
            KeyPolicy policy,
            KeysProperties properties,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            AuditRecorder audit,
            Clock clock) {
        this.vault = vault;
        this.catalogue = catalogue;
        this.policy = policy;
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The platform's own signing key, published in the JWKS from the first start. */
    public static final KeyRef PLATFORM_SIGNING = KeyRef.of("KERNEL", "SIGN");

    /** Creates the root and the platform signing key on first start, so no request pays for them. */
    @Override
    public void afterSingletonsInstantiated() {
        rootKey();
        currentKey(PLATFORM_SIGNING);
    }

    @Override
    public KeyInfo root() {
        return rootKey().info();
    }

    @Override
    public KeyInfo current(KeyRef ref) {
        return currentKey(ref).info();
    }

    @Override
    public KeyInfo rotate(KeyRef ref) {
        requireNotRoot(ref);
        policy.requireKnown(ref);
        return create(ref, true).info();
    }

    @Override
    public List<KeyInfo> versions(KeyRef ref) {
        return catalogue.versions(ref).stream().map(StoredKey::info).toList();
    }

    @Override
    public Map<String, Object> jwks() {
        return JwkSetWriter.write(catalogue.validAt(clock.instant()));
    }

    /** The stored current version of a purpose, created or rotated as the policy allows. */
    public StoredKey currentKey(KeyRef ref) {
        requireNotRoot(ref);
        Instant now = clock.instant();
        Cached cached = current.get(ref);
        if (cached != null
                && cached.key().info().validAt(now)
                && cached.loadedAt().plus(CURRENT_TTL).isAfter(now)) {
            return cached.key();
        }
        policy.requireKnown(ref);
        StoredKey key = catalogue.versions(ref).stream().findFirst().orElseGet(() -> create(ref, false));
        if (!key.info().validAt(now)) {
            if (!properties.autoRotate()) {
                throw new KeysException(
                        KeysError.KEY_EXPIRED,
                        "The current key of " + ref + " expired at "
                                + key.info().notAfter());
            }
            key = create(ref, true);
        }
        remember(key);
        return key;
    }

    /** A version of {@code ref} by certificate thumbprint, for decryption after rotations. */
    public Optional<StoredKey> version(KeyRef ref, byte[] thumbprint) {
        String hex = HexFormat.of().formatHex(thumbprint);
        StoredKey cached = byThumbprint.get(hex);
        Optional<StoredKey> match = cached != null ? Optional.of(cached) : catalogue.byThumbprint(thumbprint);
        match.ifPresent(this::index);
        return match.filter(key -> key.info().ref().equals(ref));
    }

    /** Any version by its {@code kid}, for signature verification. */
    public Optional<StoredKey> versionByKeyId(String keyId) {
        StoredKey cached = byKeyId.get(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredKey> loaded = catalogue.byKeyId(keyId);
        loaded.ifPresent(this::index);
        return loaded;
    }

    /** Versions never change once written, so both lookups may keep them for the process's life. */
    private void index(StoredKey key) {
        byKeyId.put(key.info().keyId(), key);
        byThumbprint.put(HexFormat.of().formatHex(key.thumbprint()), key);
    }

    private StoredKey rootKey() {
        Cached cached = current.get(ROOT);
        if (cached != null) {
            return cached.key();
        }
        StoredKey root = catalogue.versions(ROOT).stream().findFirst().orElseGet(() -> create(ROOT, false));
        remember(root);
        return root;
    }

    private void remember(StoredKey key) {
        current.put(key.info().ref(), new Cached(key, clock.instant()));
        index(key);
    }

    private StoredKey create(KeyRef ref, boolean rotation) {
        StoredKey created = transactions.execute(status -> {
            catalogue.lock(ref);
            List<StoredKey> existing = catalogue.versions(ref);
            if (!rotation && !existing.isEmpty()) {
                return existing.getFirst(); // another thread or node created it meanwhile
            }
            int version = existing.isEmpty() ? 1 : existing.getFirst().info().version() + 1;
            StoredKey key = generate(ref, version);
            catalogue.insert(key);
            events.publishEvent(new KeyRotated(
                    ref.application(), ref.reference(), version, key.info().keyId()));
            audit.success("keys", version == 1 ? "KEY_CREATED" : "KEY_ROTATED", null, ref + " v" + version);
            return key;
        });
        remember(created);
        return created;
    }

    private StoredKey generate(KeyRef ref, int version) {
        KeyPairKind kind = policy.kind(ref);
        Instant notBefore = clock.instant().minusSeconds(60);
        boolean isRoot = ref.equals(ROOT);
        Instant notAfter = notBefore.plus(isRoot ? properties.rootValidity() : properties.keyValidity());
        StoredKey root = isRoot ? null : rootKey();
        if (root != null && notAfter.isAfter(root.info().notAfter())) {
            notAfter = root.info().notAfter();
        }
        String alias = aliasFor(ref, version);
        X500Name name = new X500Name("CN=" + (isRoot ? "OpenFID Root" : ref + " v" + version) + ",O=OpenFID");
        Instant end = notAfter;
        X509Certificate[] chain = vault.generateKeyPair(alias, kind, (publicKey, selfSigner) -> {
            var subject = new CertificateIssuer.Subject(name, publicKey, notBefore, end, isRoot);
            var issuer = root == null
                    ? new CertificateIssuer.Issuer(name, publicKey, CertificateIssuer.rsaSha256(selfSigner::sign))
                    : new CertificateIssuer.Issuer(
                            X500Name.getInstance(root.info()
                                    .certificate()
                                    .getSubjectX500Principal()
                                    .getEncoded()),
                            root.info().certificate().getPublicKey(),
                            data -> vault.sign(root.alias(), SignatureScheme.RSA_PKCS1_SHA256, data));
            X509Certificate certificate = CertificateIssuer.issue(subject, issuer);
            return root == null
                    ? new X509Certificate[] {certificate}
                    : new X509Certificate[] {certificate, root.info().certificate()};
        });
        byte[] thumbprint = thumbprint(chain[0]);
        var info = new KeyInfo(ref, version, Base64Url.encode(thumbprint), kind.name(), notBefore, notAfter, chain[0]);
        return new StoredKey(info, alias, thumbprint);
    }

    private static String aliasFor(KeyRef ref, int version) {
        String reference = ref.reference().isEmpty() ? "_" : ref.reference();
        return ref.application() + "." + reference + ".v" + version + "."
                + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void requireNotRoot(KeyRef ref) {
        if (ref.application().equals(KeyPolicy.ROOT)) {
            throw new KeysException(KeysError.INVALID_REQUEST, "The root key only certifies other keys");
        }
    }

    /** SHA-256 of the DER certificate: MOSIP's envelope thumbprint and (base64url) our {@code kid}. */
    public static byte[] thumbprint(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint certificate", e);
        }
    }
}
