package org.openfid.relyingparty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every element of the wire format with independent JDK code playing the platform: the
 * session key unwrapped with the "IDA" private key opens the request and the HMAC, the HMAC is the
 * upper-case hex SHA-256 of the request, the thumbprint names the certificate, the detached signature
 * verifies over the exact body; and answers are verified and e-KYC decrypted over a real local HTTP
 * round trip.
 */
class IdaClientTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OAEPParameterSpec OAEP =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private final KeyPair ida = rsa();
    private final X509Certificate idaCertificate = selfSigned("CN=IDA", ida);
    private final KeyPair partner = rsa();
    private final X509Certificate partnerCertificate = selfSigned("CN=bank", partner);
    private final KeyPair platform = rsa();
    private final X509Certificate platformCertificate = selfSigned("CN=SIGN", platform);

    @Test
    void aRequestIsEncryptedHashedAndSignedAsMosipSpecifies() throws Exception {
        IdaClient client = client(URI.create("http://localhost:1/"));
        var demographics = JSON.createObjectNode().put("dob", "1990/05/15");

        PreparedRequest prepared =
                client.prepareAuth(IdaRequest.of("1234567890", IdType.UIN).withDemographics(demographics));
        JsonNode body = JSON.readTree(prepared.body());

        assertThat(prepared.path()).isEqualTo("idauthentication/v1/auth/LK/bank/KEY");
        assertThat(body.path("transactionID").asString()).matches("[0-9]{10}");
        assertThat(body.path("thumbprint").asString())
                .isEqualTo(Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(MessageDigest.getInstance("SHA-256").digest(idaCertificate.getEncoded())));
        Cipher unwrap = Cipher.getInstance("RSA/ECB/OAEPPadding");
        unwrap.init(Cipher.DECRYPT_MODE, ida.getPrivate(), OAEP);
        byte[] key = unwrap.doFinal(
                Base64.getUrlDecoder().decode(body.path("requestSessionKey").asString()));
        byte[] inner = open(key, body.path("request").asString());
        byte[] hmac = open(key, body.path("requestHMAC").asString());
        assertThat(JSON.readTree(inner).path("demographics").path("dob").asString())
                .isEqualTo("1990/05/15");
        assertThat(new String(hmac, StandardCharsets.US_ASCII))
                .isEqualTo(HexFormat.of()
                        .withUpperCase()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(inner)));
        String[] jws = prepared.headers().get("signature").split("\\.", -1);
        assertThat(jws).hasSize(3);
        assertThat(jws[1]).as("detached payload").isEmpty();
        assertThat(new String(Base64.getUrlDecoder().decode(jws[0]), StandardCharsets.UTF_8))
                .contains("\"RS256\"", "x5c");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(partnerCertificate);
        signature.update((jws[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(prepared.body()))
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(signature.verify(Base64.getUrlDecoder().decode(jws[2]))).isTrue();
    }

    @Test
    void answersAreVerifiedAndEkycIsDecryptedWithThePartnerKey() throws Exception {
        AtomicReference<byte[]> answer = new AtomicReference<>();
        AtomicReference<String> signatureHeader = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("response-signature", signatureHeader.get());
            exchange.sendResponseHeaders(200, answer.get().length);
            exchange.getResponseBody().write(answer.get());
            exchange.close();
        });
        server.start();
        try {
            IdaClient client =
                    client(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
            byte[] identity = "{\"fullName_eng\":\"Jane Doe\"}".getBytes(StandardCharsets.UTF_8);
            byte[] sessionKey = new byte[32];
            Arrays.fill(sessionKey, (byte) 7);
            Cipher wrap = Cipher.getInstance("RSA/ECB/OAEPPadding");
            wrap.init(Cipher.ENCRYPT_MODE, partnerCertificate.getPublicKey(), OAEP);
            String kyc =
                    "{\"id\":\"mosip.identity.kyc\",\"response\":{\"kycStatus\":true,\"authToken\":\"123\",\"identity\":\""
                            + RequestCrypto.URL.encodeToString(
                                    RequestCrypto.encrypt(new SecretKeySpec(sessionKey, "AES"), identity))
                            + "\",\"sessionKey\":\"" + RequestCrypto.URL.encodeToString(wrap.doFinal(sessionKey))
                            + "\"},\"errors\":null}";
            answer.set(kyc.getBytes(StandardCharsets.UTF_8));
            signatureHeader.set(detached(answer.get(), platform));

            KycResult result = client.kyc(IdaRequest.of("1234567890", IdType.UIN), List.of("fullName"));
            assertThat(result.authenticated()).isTrue();
            assertThat(result.identity().path("fullName_eng").asString()).isEqualTo("Jane Doe");

            signatureHeader.set(detached(answer.get(), rsa()));
            assertThatThrownBy(() -> client.kyc(IdaRequest.of("1234567890", IdType.UIN), List.of()))
                    .hasMessageContaining("not signed by the platform");
            assertThat(client.send(client.prepareAuth(IdaRequest.of("1234567890", IdType.UIN)))
                            .signatureValid())
                    .isFalse();
        } finally {
            server.stop(0);
        }
    }

    private IdaClient client(URI base) {
        return IdaClient.builder()
                .baseUri(base)
                .mispLicenseKey("LK")
                .partnerId("bank")
                .apiKey("KEY")
                .partnerKey(partner.getPrivate(), partnerCertificate)
                .idaCertificate(idaCertificate)
                .platformSigningCertificate(platformCertificate)
                .build();
    }

    private static byte[] open(byte[] key, String base64url) throws Exception {
        byte[] body = Base64.getUrlDecoder().decode(base64url);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.DECRYPT_MODE,
                new SecretKeySpec(key, "AES"),
                new GCMParameterSpec(128, Arrays.copyOfRange(body, body.length - 16, body.length)));
        return cipher.doFinal(body, 0, body.length - 16);
    }

    private static String detached(byte[] body, KeyPair keys) {
        try {
            String header = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(
                    (header + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(body))
                            .getBytes(StandardCharsets.US_ASCII));
            return header + ".." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate selfSigned(String name, KeyPair keys) {
        try {
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(
                    new X500Name(name),
                    BigInteger.ONE,
                    Date.from(now.minusSeconds(60)),
                    Date.from(now.plusSeconds(86_400)),
                    new X500Name(name),
                    keys.getPublic());
            return new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
