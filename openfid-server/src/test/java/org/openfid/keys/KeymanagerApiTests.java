package org.openfid.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openfid.platform.ActionTaken;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The MOSIP-compatible REST endpoints over real HTTP: happy paths, every bad input, and auditing. */
class KeymanagerApiTests extends KeysContext {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DATA = Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("résumé 2345678901".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void encryptsAndDecryptsThroughTheMosipEnvelopeAndAuditsBothWithoutData() throws Exception {
        JsonNode sealed = post("/v1/keymanager/encrypt", crypto("IDA", "INTERNAL", DATA, ""), true);
        assertThat(sealed.path("errors").isNull()).isTrue();
        String ciphertext = sealed.path("response").path("data").asString();

        JsonNode opened = post("/v1/keymanager/decrypt", crypto("IDA", "INTERNAL", ciphertext, ""), true);

        assertThat(opened.path("response").path("data").asString()).isEqualTo(DATA);
        assertThat(facts.stream()).extracting(ActionTaken::action).contains("ENCRYPT", "DECRYPT");
        assertThat(facts.stream().map(ActionTaken::toString)).noneMatch(text -> text.contains("2345678901"));
    }

    @Test
    void answersEveryBadInputWithAMosipErrorCodeAndNoInternals() throws Exception {
        String sealed = post("/v1/keymanager/encrypt", crypto("IDA", "INTERNAL", DATA, ""), true)
                .path("response")
                .path("data")
                .asString();
        byte[] bytes = Base64.getUrlDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        assertError(post("/v1/keymanager/decrypt", crypto("IDA", "INTERNAL", tampered, ""), true), "KER-CRY-010");
        assertError(post("/v1/keymanager/decrypt", crypto("IDA", "PARTNER", sealed, ""), true), "KER-KMS-017");
        assertError(
                post("/v1/keymanager/decrypt", crypto("IDA", "INTERNAL", "@@not-base64@@", ""), true), "KER-CRY-003");
        assertError(post("/v1/keymanager/encrypt", crypto("NOT_AN_APP", "", DATA, ""), true), "KER-KMS-002");
        assertError(post("/v1/keymanager/encrypt", crypto("IDA", "INTERNAL", DATA, "AAAA"), true), "KER-KMS-005");
        assertError(post("/v1/keymanager/encrypt", "{\"request\":{\"applicationId\":\"IDA\"}}", true), "KER-KMS-005");
        assertError(post("/v1/keymanager/encrypt", "{\"request\":", true), "KER-KMS-005");
        assertError(
                post(
                        "/v1/keymanager/jwtSign",
                        "{\"request\":{\"applicationId\":\"IDA\",\"dataToSign\":\"" + DATA
                                + "\",\"signAlgorithm\":\"none\"}}",
                        true),
                "KER-KMS-004");
        assertThat(facts.stream())
                .anyMatch(fact -> fact.outcome() == ActionTaken.Outcome.FAILURE && "KER-CRY-010".equals(fact.detail()));
    }

    @Test
    void signsAndVerifiesDetachedJwtsAndReportsInvalidOnes() throws Exception {
        JsonNode signed = post(
                "/v1/keymanager/jwtSign",
                "{\"request\":{\"applicationId\":\"IDA\",\"referenceId\":\"SIGN\",\"dataToSign\":\"" + DATA
                        + "\",\"includePayload\":false,\"includeCertificate\":true,\"signAlgorithm\":\"PS256\"}}",
                true);
        String jws = signed.path("response").path("jwtSignedData").asString();
        assertThat(jws).contains("..");

        JsonNode valid = post("/v1/keymanager/jwtVerify", verify(jws, DATA), true);
        JsonNode invalid = post("/v1/keymanager/jwtVerify", verify(jws, DATA.substring(2)), true);

        assertThat(valid.path("response").path("signatureValid").asBoolean()).isTrue();
        assertThat(invalid.path("response").path("signatureValid").asBoolean()).isFalse();
        assertThat(invalid.path("response").path("message").asString()).isEqualTo("Validation Failed");
    }

    @Test
    void servesThePublicJwksAndCertificatesButNothingElseWithoutAuthentication() throws Exception {
        HttpResponse<String> jwks = get("/.well-known/jwks.json", false);
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/jwk-set+json"));
        assertThat(JSON.readTree(jwks.body()).path("keys").size()).isGreaterThanOrEqualTo(1);
        assertThat(jwks.body()).doesNotContain("\"d\"");

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/v1/keymanager/encrypt"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(crypto("IDA", "", DATA, "")))
                .build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("UNAUTHENTICATED").doesNotContain("Exception");

        HttpResponse<String> certificate =
                get("/v1/keymanager/getCertificate?applicationId=IDA&referenceId=INTERNAL", true);
        assertThat(JSON.readTree(certificate.body())
                        .path("response")
                        .path("certificate")
                        .asString())
                .startsWith("-----BEGIN CERTIFICATE-----");
        assertError(JSON.readTree(get("/v1/keymanager/getCertificate", true).body()), "KER-KMS-005");
    }

    @Test
    void signsWithTheKeysDefaultAlgorithmAndCertificateWhenNoneIsChosen() throws Exception {
        String jws = post(
                        "/v1/keymanager/jwtSign",
                        "{\"request\":{\"applicationId\":\"OIDC\",\"referenceId\":\"EC_SECP256R1_SIGN\",\"dataToSign\":\""
                                + DATA + "\",\"includeCertificate\":true}}",
                        true)
                .path("response")
                .path("jwtSignedData")
                .asString();
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jws.substring(0, jws.indexOf('.'))));

        assertThat(header.path("alg").asString()).isEqualTo("ES256");
        assertThat(header.path("x5c").size()).isEqualTo(1);
        assertThat(post("/v1/keymanager/jwtVerify", verify(jws, null), true)
                        .path("response")
                        .path("signatureValid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aCryptoClientEncryptsButCannotManageKeysTrustOrAudit() throws Exception {
        String client = "Basic "
                + Base64.getEncoder().encodeToString("ida-client:client-secret-123".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> encrypted = send(HttpRequest.newBuilder(uri("/v1/keymanager/encrypt"))
                .header("Content-Type", "application/json")
                .header("Authorization", client)
                .POST(HttpRequest.BodyPublishers.ofString(crypto("IDA", "INTERNAL", DATA, "")))
                .build());
        assertThat(encrypted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(encrypted.body()).path("response").path("data").asString())
                .isNotBlank();

        for (String path : new String[] {
            "/v1/keymanager/generateMasterKey/CERTIFICATE", "/v1/keymanager/uploadCACertificate", "/admin/audit/seals"
        }) {
            HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", client)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"request\":{}}"))
                    .build());
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).contains("FORBIDDEN");
        }
        HttpResponse<String> metrics = send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", client)
                .build());
        assertThat(metrics.statusCode()).isEqualTo(403);
    }

    @Test
    void rotatesAKeyThroughGenerateMasterKeyWithForce() throws Exception {
        String body = "{\"request\":{\"applicationId\":\"RESIDENT\",\"referenceId\":\"API\",\"force\":true}}";
        int first = post("/v1/keymanager/generateMasterKey/CERTIFICATE", body, true)
                .path("response")
                .path("version")
                .asInt();
        int second = post("/v1/keymanager/generateMasterKey/CERTIFICATE", body, true)
                .path("response")
                .path("version")
                .asInt();

        assertThat(second).isEqualTo(first + 1);
        assertError(post("/v1/keymanager/generateMasterKey/CSR", body, true), "KER-KMS-005");
    }

    static void assertError(JsonNode response, String code) {
        assertThat(response.path("response").isNull()).as(response.toString()).isTrue();
        assertThat(response.path("errors").get(0).path("errorCode").asString())
                .as(response.toString())
                .isEqualTo(code);
        assertThat(response.toString()).doesNotContain("Exception").doesNotContain("at org.");
    }

    static String crypto(String application, String reference, String data, String salt) {
        return "{\"id\":\"mosip.crypto\",\"version\":\"1.0\",\"requesttime\":\"2026-11-22T10:00:00.000Z\",\"request\":"
                + "{\"applicationId\":\"" + application + "\",\"referenceId\":\"" + reference + "\",\"data\":\"" + data
                + "\",\"salt\":\"" + salt + "\",\"prependThumbprint\":true}}";
    }

    static String verify(String jws, String data) {
        String actual = data == null ? "" : ",\"actualData\":\"" + data + "\"";
        return "{\"request\":{\"jwtSignatureData\":\"" + jws + "\"" + actual
                + ",\"applicationId\":\"IDA\",\"referenceId\":\"SIGN\"}}";
    }

    JsonNode post(String path, String body, boolean authenticated) throws Exception {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authenticated) {
            request.header("Authorization", basic());
        }
        HttpResponse<String> response = send(request.build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    HttpResponse<String> get(String path, boolean authenticated) throws Exception {
        var request = HttpRequest.newBuilder(uri(path));
        if (authenticated) {
            request.header("Authorization", basic());
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:test-admin".getBytes(StandardCharsets.UTF_8));
    }
}
