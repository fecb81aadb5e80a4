package org.openfid.keys.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.function.Function;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.openfid.spi.keys.SignatureScheme;

/**
 * Builds X.509 certificates with BouncyCastle, signed by a key the platform cannot see: the signature
 * is delegated to the vault (or to the key being generated, for the self-signed root).
 */
public final class CertificateIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateIssuer() {}

    /** What a certificate says about its subject. */
    public record Subject(X500Name name, PublicKey key, Instant notBefore, Instant notAfter, boolean authority) {}

    /** Who signs: its name, its public key (for the authority key identifier) and a signing function. */
    public record Issuer(X500Name name, PublicKey key, Function<byte[], byte[]> signer) {}

    /** Issues a certificate for {@code subject}, signed SHA256withRSA by {@code issuer}. */
    public static X509Certificate issue(Subject subject, Issuer issuer) {
        try {
            var extensions = new JcaX509ExtensionUtils();
            var builder = new JcaX509v3CertificateBuilder(
                    issuer.name(),
                    new BigInteger(127, RANDOM).add(BigInteger.ONE),
                    Date.from(subject.notBefore()),
                    Date.from(subject.notAfter()),
                    subject.name(),
                    subject.key());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(subject.authority()));
            builder.addExtension(Extension.keyUsage, true, keyUsage(subject));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subject.key()));
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuer.key()));
            X509CertificateHolder holder = builder.build(new DelegatedSigner(issuer.signer()));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not issue certificate for " + subject.name(), e);
        }
    }

    private static KeyUsage keyUsage(Subject subject) {
        if (subject.authority()) {
            return new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature);
        }
        int usage = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
        if (subject.key().getAlgorithm().equals("RSA")) {
            usage |= KeyUsage.keyEncipherment | KeyUsage.dataEncipherment;
        }
        return new KeyUsage(usage);
    }

    /** A scheme-to-function adapter for the vault's {@code sign(alias, scheme, data)}. */
    public static Function<byte[], byte[]> rsaSha256(
            java.util.function.BiFunction<SignatureScheme, byte[], byte[]> sign) {
        return data -> sign.apply(SignatureScheme.RSA_PKCS1_SHA256, data);
    }

    /** Parses DER certificate bytes. */
    public static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("Stored certificate is unreadable", e);
        }
    }

    private static final class DelegatedSigner implements ContentSigner {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final Function<byte[], byte[]> signer;

        DelegatedSigner(Function<byte[], byte[]> signer) {
            this.signer = signer;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withRSA");
        }

        @Override
        public OutputStream getOutputStream() {
            return buffer;
        }

        @Override
        public byte[] getSignature() {
            return signer.apply(buffer.toByteArray());
        }
    }
}
