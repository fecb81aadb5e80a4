package org.openfid.keys.catalogue;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openfid.keys.catalogue.KeyCatalogue.StoredKey;

/** Renders key versions as an RFC 7517 JWK set with {@code kid}, {@code x5c} and {@code x5t#S256}. */
final class JwkSetWriter {

    private JwkSetWriter() {}

    static Map<String, Object> write(List<StoredKey> keys) {
        return new JWKSet(keys.stream().map(JwkSetWriter::jwk).toList()).toJSONObject(true);
    }

    static JWK jwk(StoredKey key) {
        X509Certificate certificate = key.info().certificate();
        List<Base64> chain = List.of(encoded(certificate));
        Base64URL thumbprint = Base64URL.encode(key.thumbprint());
        String kid = key.info().keyId();
        return switch (certificate.getPublicKey()) {
            case RSAPublicKey rsa ->
                new RSAKey.Builder(rsa)
                        .keyID(kid)
                        .x509CertChain(chain)
                        .x509CertSHA256Thumbprint(thumbprint)
                        .build();
            case ECPublicKey ec ->
                new ECKey.Builder(Curve.P_256, ec)
                        .keyID(kid)
                        .algorithm(JWSAlgorithm.ES256)
                        .x509CertChain(chain)
                        .x509CertSHA256Thumbprint(thumbprint)
                        .build();
            default ->
                new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(rawEd25519(certificate)))
                        .keyID(kid)
                        .algorithm(new Algorithm("EdDSA"))
                        .x509CertChain(chain)
                        .x509CertSHA256Thumbprint(thumbprint)
                        .build();
        };
    }

    /** The 32-byte Ed25519 public key: the tail of its X.509 SubjectPublicKeyInfo. */
    static byte[] rawEd25519(X509Certificate certificate) {
        byte[] spki = certificate.getPublicKey().getEncoded();
        return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    }

    private static Base64 encoded(X509Certificate certificate) {
        try {
            return Base64.encode(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode certificate", e);
        }
    }
}
