package org.openfid.devices;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.X509CertUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One running device server shared by the HTTP tests of this module (key generation and the first
 * renders are the slow part), with a test IDA certificate for CAPTURE, and a JWS verifier that checks
 * the {@code x5c} chain up to the provider CA read from its file.
 */
final class SharedDevices {

    static final TestIda IDA = TestIda.create();
    private static DeviceServer server;

    private SharedDevices() {}

    static synchronized DeviceServer server() {
        if (server == null) {
            var settings = DeviceSettings.defaults(dataDir("shared"))
                    .withSeed(7)
                    .withPerson(3)
                    .withPort(0)
                    .withIdaCertificate(IDA.certificate());
            server = DeviceServer.start(settings);
        }
        return server;
    }

    static SbiClient client() {
        return new SbiClient(server().uri());
    }

    static Path dataDir(String name) {
        return Path.of("target", "test-data", "devices-" + name + "-" + UUID.randomUUID());
    }

    /** A certificate's subject with the serial number attribute readable: {@code SERIALNUMBER=...}. */
    static String subject(X509Certificate certificate) {
        return certificate
                .getSubjectX500Principal()
                .getName(javax.security.auth.x500.X500Principal.RFC2253, java.util.Map.of("2.5.4.5", "SERIALNUMBER"));
    }

    /** The first {@code x5c} certificate of a compact JWS: the certificate of the key that signed. */
    static X509Certificate signer(String compact) {
        try {
            return X509CertUtils.parse(JWSObject.parse(compact)
                    .getHeader()
                    .getX509CertChain()
                    .getFirst()
                    .decode());
        } catch (ParseException e) {
            throw new AssertionError("Not a JWS", e);
        }
    }

    /**
     * Validates a certificate chain (leaf first, the trust anchor last) with the JDK's PKIX
     * validator, the provider CA as the only trust anchor and no revocation checking (the
     * development CA publishes no CRL).
     */
    static void pkixValidate(List<X509Certificate> chain, X509Certificate providerCa) throws GeneralSecurityException {
        if (!chain.getLast().equals(providerCa)) {
            throw new AssertionError("The x5c chain does not end with the provider CA");
        }
        var path = CertificateFactory.getInstance("X.509").generateCertPath(chain.subList(0, chain.size() - 1));
        var parameters = new PKIXParameters(Set.of(new TrustAnchor(providerCa, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(path, parameters);
    }

    /**
     * The payload of a compact JWS after checking its RS256 signature with the first {@code x5c}
     * certificate and the {@code x5c} chain up to the provider CA with PKIX.
     */
    static JsonNode verified(String compact, X509Certificate providerCa) {
        try {
            var jws = JWSObject.parse(compact);
            var chain = jws.getHeader().getX509CertChain().stream()
                    .map(b64 -> X509CertUtils.parse(b64.decode()))
                    .toList();
            var device = chain.getFirst();
            pkixValidate(chain, providerCa);
            if (!jws.verify(new RSASSAVerifier((RSAPublicKey) device.getPublicKey()))) {
                throw new AssertionError("Bad JWS signature");
            }
            // the same check with the JDK alone, so the signer's library is not its own only judge
            var parts = compact.split("\\.");
            var jca = Signature.getInstance("SHA256withRSA");
            jca.initVerify(device.getPublicKey());
            jca.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!jca.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new AssertionError("Bad RS256 signature (JCA)");
            }
            if (!"RS256".equals(jws.getHeader().getAlgorithm().getName())) {
                throw new AssertionError("Not RS256");
            }
            return SbiClient.JSON.readTree(jws.getPayload().toBytes());
        } catch (ParseException | GeneralSecurityException | com.nimbusds.jose.JOSEException e) {
            throw new AssertionError("JWS does not verify: " + e.getMessage(), e);
        }
    }
}
