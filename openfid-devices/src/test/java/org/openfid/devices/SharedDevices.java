package org.openfid.devices;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.X509CertUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Base64;
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

    /**
     * The payload of a compact JWS after checking its RS256 signature with the first {@code x5c}
     * certificate and that certificate's signature by the provider CA.
     */
    static JsonNode verified(String compact, X509Certificate providerCa) {
        try {
            var jws = JWSObject.parse(compact);
            var chain = jws.getHeader().getX509CertChain();
            var device = X509CertUtils.parse(chain.getFirst().decode());
            device.verify(providerCa.getPublicKey());
            device.checkValidity();
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
