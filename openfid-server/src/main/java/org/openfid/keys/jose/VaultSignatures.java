package org.openfid.keys.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openfid.keys.JwsAlgorithm;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.keys.Signatures;
import org.openfid.keys.catalogue.KeyCatalogue.StoredKey;
import org.openfid.keys.catalogue.KeyPolicy;
import org.openfid.keys.catalogue.VaultKeyRing;
import org.openfid.spi.keys.KeyPairKind;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.KeyVaultException;
import org.springframework.stereotype.Service;

/**
 * JWS with Nimbus for the format and the vault for the private-key operation. Verification uses
 * the JCA directly and insists that the header's algorithm fits the key, so a token cannot choose a
 * weaker check than the key was made for.
 */
@Service
class VaultSignatures implements Signatures {

    private final VaultKeyRing keys;
    private final KeyVault vault;

    /** One entry per key version and header form; versions are few and change only by rotation. */
    private final Map<HeaderChoice, JWSHeader> headers = new ConcurrentHashMap<>();

    VaultSignatures(VaultKeyRing keys, KeyVault vault) {
        this.keys = keys;
        this.vault = vault;
    }

    @Override
    public String sign(KeyRef key, byte[] payload) {
        StoredKey current = keys.currentKey(key);
        return sign(
                current,
                KeyPolicy.defaultAlgorithm(KeyPairKind.valueOf(current.info().kind())),
                payload,
                false);
    }

    @Override
    public String sign(KeyRef key, @Nullable JwsAlgorithm algorithm, byte[] payload, boolean includeCertificate) {
        StoredKey current = keys.currentKey(key);
        JwsAlgorithm chosen = algorithm != null
                ? algorithm
                : KeyPolicy.defaultAlgorithm(KeyPairKind.valueOf(current.info().kind()));
        return sign(current, chosen, payload, includeCertificate);
    }

    private String sign(StoredKey key, JwsAlgorithm algorithm, byte[] payload, boolean includeCertificate) {
        if (payload.length == 0) {
            throw new KeysException(KeysError.EMPTY_DATA);
        }
        KeyPairKind kind = KeyPairKind.valueOf(key.info().kind());
        if (!KeyPolicy.canSign(kind, algorithm)) {
            throw new KeysException(
                    KeysError.ALGORITHM_MISMATCH,
                    "Key " + key.info().ref() + " (" + kind + ") cannot sign " + algorithm);
        }
        var jws = new JWSObject(header(key, algorithm, includeCertificate), new Payload(payload));
        try {
            jws.sign(new VaultSigner(vault, key.alias(), algorithm));
        } catch (JOSEException | KeyVaultException e) {
            throw new KeysException(
                    KeysError.VAULT_FAILURE, "Signing with " + key.info().ref() + " failed", e);
        }
        return jws.serialize();
    }

    /**
     * The protected header for a key version, algorithm and certificate choice, made once: a header
     * parsed from its Base64URL form keeps that form, so signing does not serialise the same JSON
     * (with a kilobyte certificate) and encode it again for every response.
     */
    private JWSHeader header(StoredKey key, JwsAlgorithm algorithm, boolean includeCertificate) {
        return headers.computeIfAbsent(new HeaderChoice(key.info().keyId(), algorithm, includeCertificate), choice -> {
            var header = new JWSHeader.Builder(JWSAlgorithm.parse(algorithm.name()))
                    .keyID(choice.keyId())
                    .x509CertSHA256Thumbprint(Base64URL.encode(key.thumbprint()));
            if (includeCertificate) {
                header.x509CertChain(List.of(encoded(key.info().certificate())));
            }
            try {
                return JWSHeader.parse(header.build().toBase64URL());
            } catch (ParseException e) {
                throw new IllegalStateException("A header just built does not parse", e);
            }
        });
    }

    private record HeaderChoice(String keyId, JwsAlgorithm algorithm, boolean includeCertificate) {}

    @Override
    public byte[] verify(String compactJws) {
        JWSObject jws = parse(compactJws, null);
        String keyId = jws.getHeader().getKeyID();
        if (keyId == null) {
            throw new KeysException(KeysError.SIGNATURE_INVALID, "The JWS names no key (kid)");
        }
        StoredKey key = keys.versionByKeyId(keyId)
                .orElseThrow(
                        () -> new KeysException(KeysError.SIGNATURE_INVALID, "The JWS key id is not a platform key"));
        return check(jws, key.info().certificate());
    }

    @Override
    public byte[] verify(String compactJws, byte @Nullable [] detachedPayload, X509Certificate certificate) {
        return check(parse(compactJws, detachedPayload), certificate);
    }

    @Override
    public byte[] verify(
            String compactJws,
            byte @Nullable [] detachedPayload,
            Function<byte @Nullable [], X509Certificate> registered) {
        JWSObject jws = parse(compactJws, detachedPayload);
        List<Base64> chain = jws.getHeader().getX509CertChain();
        return check(
                jws,
                registered.apply(
                        chain == null || chain.isEmpty()
                                ? null
                                : chain.getFirst().decode()));
    }

    private static byte[] check(JWSObject jws, X509Certificate certificate) {
        JwsAlgorithm algorithm = algorithmOf(jws);
        if (!JcaVerifier.verify(
                algorithm,
                certificate.getPublicKey(),
                jws.getSigningInput(),
                jws.getSignature().decode())) {
            throw new KeysException(KeysError.SIGNATURE_INVALID);
        }
        return jws.getPayload().toBytes();
    }

    private static JwsAlgorithm algorithmOf(JWSObject jws) {
        String name = jws.getHeader().getAlgorithm().getName();
        for (JwsAlgorithm candidate : JwsAlgorithm.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        throw new KeysException(KeysError.SIGNATURE_INVALID, "Unsupported JWS algorithm " + name);
    }

    private static JWSObject parse(String compactJws, byte @Nullable [] detachedPayload) {
        if (compactJws == null || compactJws.isBlank()) {
            throw new KeysException(KeysError.EMPTY_DATA);
        }
        try {
            return detachedPayload == null
                    ? JWSObject.parse(compactJws.strip())
                    : JWSObject.parse(compactJws.strip(), new Payload(detachedPayload));
        } catch (ParseException | IllegalArgumentException e) {
            throw new KeysException(KeysError.INVALID_DATA, "Not a compact JWS");
        }
    }

    private static Base64 encoded(X509Certificate certificate) {
        try {
            return Base64.encode(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode certificate", e);
        }
    }
}
