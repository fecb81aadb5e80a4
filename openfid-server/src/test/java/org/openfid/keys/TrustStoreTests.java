package org.openfid.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import org.openfid.keys.catalogue.CertificateIssuer;
import org.openfid.keys.catalogue.Pem;
import org.springframework.beans.factory.annotation.Autowired;

/** Partner-domain trust with certificates made here by an independent software CA. */
class TrustStoreTests extends KeysContext {

    @Autowired
    Certificates certificates;

    @Autowired
    KeyRing keys;

    @Test
    void acceptsAPartnerCertificateThatChainsThroughAnIntermediateAndResignsIt() throws Exception {
        KeyPair root = rsa();
        X509Certificate rootCertificate =
                issue("CN=Device Root", root, "CN=Device Root", root, true, Duration.ofDays(365));
        KeyPair intermediate = rsa();
        X509Certificate intermediateCertificate =
                issue("CN=Device Sub CA", intermediate, "CN=Device Root", root, true, Duration.ofDays(200));
        KeyPair partner = rsa();
        X509Certificate partnerCertificate =
                issue("CN=Acme Devices", partner, "CN=Device Sub CA", intermediate, false, Duration.ofDays(100));

        assertThatThrownBy(() -> certificates.uploadCaCertificate(Pem.of(intermediateCertificate), "DEVICE"))
                .as("an intermediate needs its anchor first")
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.code()).isEqualTo("KER-KMS-013"));
        certificates.uploadCaCertificate(Pem.of(rootCertificate), "DEVICE");
        certificates.uploadCaCertificate(Pem.of(intermediateCertificate), "DEVICE");
        TrustedCertificate stored = certificates.uploadPartnerCertificate("acme", Pem.of(partnerCertificate), "DEVICE");

        X509Certificate resigned = certificates.parse(stored.signedCertificatePem());
        resigned.verify(keys.current(KeyRef.of("PMS", "")).certificate().getPublicKey());
        assertThat(resigned.getPublicKey()).isEqualTo(partnerCertificate.getPublicKey());
        assertThat(stored.partnerId()).isEqualTo("acme");
        assertThat(certificates.caCertificates("DEVICE")).hasSize(2);
        assertThat(certificates
                        .uploadPartnerCertificate("acme", Pem.of(partnerCertificate), "DEVICE")
                        .id())
                .isEqualTo(stored.id());
        assertThatThrownBy(() -> certificates.verifyTrust(partnerCertificate, "AUTH"))
                .as("trust is per domain")
                .isInstanceOf(KeysException.class);
    }

    @Test
    void aPresentedIntermediateHelpsBuildThePathButIsNeverTrustedByItself() throws Exception {
        KeyPair root = rsa();
        X509Certificate rootCertificate = issue("CN=Ftm Root", root, "CN=Ftm Root", root, true, Duration.ofDays(365));
        KeyPair intermediate = rsa();
        X509Certificate intermediateCertificate =
                issue("CN=Ftm Sub CA", intermediate, "CN=Ftm Root", root, true, Duration.ofDays(200));
        KeyPair partner = rsa();
        X509Certificate leaf =
                issue("CN=Chip Maker", partner, "CN=Ftm Sub CA", intermediate, false, Duration.ofDays(90));
        certificates.uploadCaCertificate(Pem.of(rootCertificate), "FTM");

        assertInvalid(() -> certificates.uploadPartnerCertificate("chips", Pem.of(leaf), "FTM"));
        TrustedCertificate stored =
                certificates.uploadPartnerCertificate("chips", Pem.of(leaf) + Pem.of(intermediateCertificate), "FTM");

        assertThat(certificates.parse(stored.certificatePem())).isEqualTo(leaf);
        assertThat(certificates.caCertificates("FTM")).hasSize(1);
        X509Certificate sibling = issue("CN=Other", rsa(), "CN=Ftm Sub CA", intermediate, false, Duration.ofDays(90));
        assertInvalid(() -> certificates.verifyTrust(sibling, "FTM"));
        certificates.verifyTrust(java.util.List.of(sibling, intermediateCertificate), "FTM");
        assertThat(certificates.parseChain(Pem.of(leaf) + Pem.of(intermediateCertificate)))
                .containsExactly(leaf, intermediateCertificate);
    }

    @Test
    void refusesUntrustedExpiredNonCaAndUnreadableCertificates() throws Exception {
        KeyPair anchor = rsa();
        certificates.uploadCaCertificate(
                Pem.of(issue("CN=Auth Root", anchor, "CN=Auth Root", anchor, true, Duration.ofDays(30))), "AUTH");
        KeyPair stranger = rsa();
        KeyPair partner = rsa();
        X509Certificate untrusted = issue("CN=Partner", partner, "CN=Stranger", stranger, false, Duration.ofDays(30));
        X509Certificate leafAsCa = issue("CN=Leaf", partner, "CN=Leaf", partner, false, Duration.ofDays(30));

        assertInvalid(() -> certificates.uploadPartnerCertificate("p1", Pem.of(untrusted), "AUTH"));
        assertInvalid(() -> certificates.uploadCaCertificate(Pem.of(leafAsCa), "AUTH"));
        assertInvalid(() -> certificates.parse("-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----"));
        assertInvalid(() -> certificates.verifyTrust(untrusted, "EMPTY_DOMAIN"));
        clock.advance(Duration.ofDays(31));
        X509Certificate signedByAnchor = issue("CN=Late", partner, "CN=Auth Root", anchor, false, Duration.ofDays(60));
        assertInvalid(() -> certificates.verifyTrust(signedByAnchor, "AUTH"));
        assertThatThrownBy(() -> certificates.uploadPartnerCertificate("bad id!", Pem.of(untrusted), "AUTH"))
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.code()).isEqualTo("KER-KMS-005"));
        assertThatThrownBy(() -> certificates.caCertificates("lower"))
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.code()).isEqualTo("KER-KMS-005"));
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.code()).isEqualTo("KER-KMS-013"));
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static X509Certificate issue(
            String subject,
            KeyPair subjectKeys,
            String issuer,
            KeyPair issuerKeys,
            boolean authority,
            Duration validity) {
        Instant now = Instant.now().minusSeconds(60);
        return CertificateIssuer.issue(
                new CertificateIssuer.Subject(
                        new X500Name(subject), subjectKeys.getPublic(), now, now.plus(validity), authority),
                new CertificateIssuer.Issuer(new X500Name(issuer), issuerKeys.getPublic(), data -> {
                    try {
                        Signature signature = Signature.getInstance("SHA256withRSA");
                        signature.initSign(issuerKeys.getPrivate());
                        signature.update(data);
                        return signature.sign();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
    }
}
