package org.openfid.partner;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small certificate authority for tests: a root, an intermediate, and leaf certificates for
 * partners, made with BouncyCastle so the platform's own certificate code is not what checks itself.
 */
public final class TestPki {

    private static long serial = System.nanoTime();

    public final KeyPair rootKeys = rsa();
    public final X509Certificate root = issue("CN=Test Auth Root,O=OpenFID Tests", rootKeys, null, null, true);
    public final KeyPair intermediateKeys = rsa();
    public final X509Certificate intermediate =
            issue("CN=Test Auth Sub CA,O=OpenFID Tests", intermediateKeys, root, rootKeys, true);

    /** A partner's key pair and certificate issued by the intermediate. */
    public record Leaf(KeyPair keys, X509Certificate certificate) {}

    public Leaf partner(String organisation) {
        KeyPair keys = rsa();
        return new Leaf(
                keys, issue("CN=" + organisation + ",O=" + organisation, keys, intermediate, intermediateKeys, false));
    }

    /** A certificate signed by nobody the platform trusts. */
    public static Leaf selfSigned(String organisation) {
        KeyPair keys = rsa();
        return new Leaf(keys, issue("CN=" + organisation + ",O=" + organisation, keys, null, null, false));
    }

    public static String pem(X509Certificate... chain) {
        StringBuilder text = new StringBuilder();
        for (X509Certificate certificate : chain) {
            try {
                text.append("-----BEGIN CERTIFICATE-----\n")
                        .append(Base64.getMimeEncoder().encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return text.toString();
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate issue(
            String subject, KeyPair subjectKeys, X509Certificate issuer, KeyPair issuerKeys, boolean authority) {
        try {
            Instant now = Instant.now().minusSeconds(300);
            X500Name issuerName = issuer == null
                    ? new X500Name(subject)
                    : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
            var builder = new JcaX509v3CertificateBuilder(
                    issuerName,
                    BigInteger.valueOf(serial++),
                    Date.from(now),
                    Date.from(now.plus(Duration.ofDays(365))),
                    new X500Name(subject),
                    subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(authority ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            var signer = new JcaContentSignerBuilder("SHA256withRSA")
                    .build((issuerKeys == null ? subjectKeys : issuerKeys).getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
