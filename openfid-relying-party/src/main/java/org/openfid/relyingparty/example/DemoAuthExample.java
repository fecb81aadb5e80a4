package org.openfid.relyingparty.example;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.openfid.relyingparty.AuthResult;
import org.openfid.relyingparty.IdType;
import org.openfid.relyingparty.IdaClient;
import org.openfid.relyingparty.IdaRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A relying party's first call: demographic authentication of one person.
 *
 * <pre>
 * java -cp openfid-relying-party.jar:... org.openfid.relyingparty.example.DemoAuthExample \
 *     BASE_URL LICENCE_KEY PARTNER_ID API_KEY PARTNER.p12 P12_PASSWORD IDA_CERT.pem SIGN_CERT.pem \
 *     UIN "Full Name" yyyy/MM/dd
 * </pre>
 *
 * The PKCS#12 file holds the partner's signing key and the certificate registered with the platform
 * ({@code PUT /v1/partners/{id}/certificate}); the two PEM files are the platform's IDA encryption and
 * signing certificates. It prints whether the person was authenticated and the partner-specific token
 * (never the UIN), or MOSIP's error codes.
 */
public final class DemoAuthExample {

    private DemoAuthExample() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 11) {
            System.err.println("usage: BASE_URL LICENCE_KEY PARTNER_ID API_KEY PARTNER.p12 P12_PASSWORD"
                    + " IDA_CERT.pem SIGN_CERT.pem UIN \"Full Name\" yyyy/MM/dd");
            System.exit(2);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(args[4]))) {
            store.load(in, args[5].toCharArray());
        }
        String alias = store.aliases().nextElement();
        IdaClient client = IdaClient.builder()
                .baseUri(URI.create(args[0]))
                .mispLicenseKey(args[1])
                .partnerId(args[2])
                .apiKey(args[3])
                .partnerKey((PrivateKey) store.getKey(alias, args[5].toCharArray()), (X509Certificate)
                        store.getCertificate(alias))
                .idaCertificate(certificate(Path.of(args[6])))
                .platformSigningCertificate(certificate(Path.of(args[7])))
                .build();
        ObjectNode demographics = JsonMapper.builder().build().createObjectNode();
        demographics.putArray("name").addObject().put("language", "eng").put("value", args[9]);
        demographics.put("dob", args[10]);
        AuthResult result = client.auth(IdaRequest.of(args[8], IdType.UIN).withDemographics(demographics));
        System.out.println(
                result.authenticated()
                        ? "authenticated; partner token " + result.token()
                        : "not authenticated: " + result.errorCodes());
    }

    private static X509Certificate certificate(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
