package org.openfid.devices.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The {@code thumbprint} of encrypted captures, pinned on a fixed certificate: SBI 0.9.5 says "SHA256
 * representation of the certificate (HEX encoded) ... uppercase without any spaces or hyphens";
 * MOSIP's mock SBI sends upper-case hex of SHA-256 over the DER certificate, and the ID
 * authentication server decodes a thumbprint as hex first (base64url only as a fallback).
 */
class BioEncryptionTests {

    /** {@code openssl x509 -noout -fingerprint -sha256} of the fixture (see its README). */
    static final String OPENSSL_FINGERPRINT =
            "77:74:05:03:33:64:FA:A1:63:70:1C:07:0C:AF:EE:7F:30:A9:D3:72:F4:34:41:E3:0B:95:68:20:1C:76:84:58";

    @Test
    void theThumbprintIsUpperCaseHexOfTheSha256OfTheDerCertificate() throws Exception {
        var certificate = fixture();

        var thumbprint = new BioEncryption(certificate)
                .seal(new byte[] {1, 2, 3}, "2026-11-22T10:00:00.000Z", "tx-1")
                .thumbprint();

        assertThat(thumbprint).isEqualTo(OPENSSL_FINGERPRINT.replace(":", ""));
        assertThat(thumbprint).matches("[0-9A-F]{64}");
        assertThat(HexFormat.of().parseHex(thumbprint)).hasSize(32);
    }

    private static X509Certificate fixture() throws Exception {
        try (var in = BioEncryptionTests.class.getResourceAsStream("/thumbprint/ida-fixture.crt")) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
