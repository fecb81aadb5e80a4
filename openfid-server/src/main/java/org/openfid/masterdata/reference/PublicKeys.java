package org.openfid.masterdata.reference;

import java.io.IOException;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.jspecify.annotations.Nullable;

/**
 * Parses PEM public keys ({@code -----BEGIN PUBLIC KEY-----}, RSA, EC or EdDSA) and names them by the
 * hex SHA-256 of their DER encoding. Anything else (a private key, a certificate, garbage) is refused
 * with the field named, so a machine can never be registered with a key that cannot verify.
 */
final class PublicKeys {

    private PublicKeys() {}

    /** The key's thumbprint, after checking that {@code pem} holds exactly one usable public key. */
    static String thumbprint(String pem, String field) {
        if (!(single(pem, field) instanceof SubjectPublicKeyInfo key)) {
            throw Checks.invalid(field + ": not a PEM public key (expected -----BEGIN PUBLIC KEY-----)");
        }
        try {
            new JcaPEMKeyConverter().getPublicKey(key);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (IOException | RuntimeException e) { // BouncyCastle reports bad encodings either way
            throw Checks.invalid(field + ": the public key cannot be decoded");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static @Nullable Object single(String pem, String field) {
        Object first;
        Object second;
        try (var parser = new PEMParser(new StringReader(pem))) {
            first = parser.readObject();
            second = parser.readObject();
        } catch (IOException | RuntimeException e) { // BouncyCastle reports bad encodings either way
            throw Checks.invalid(field + ": not a PEM public key");
        }
        if (second != null) {
            throw Checks.invalid(field + ": holds more than one PEM object");
        }
        return first;
    }
}
