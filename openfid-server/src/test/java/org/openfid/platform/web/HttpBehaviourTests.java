package org.openfid.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openfid.platform.PlatformProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's HTTP surface as a client sees it: a real server on a random port, real PostgreSQL. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "openfid.data-dir=target/test-data/http-${random.uuid}")
class HttpBehaviourTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    PlatformProperties properties;

    @Test
    void answersAnUnauthenticatedCallWithAProblemAndNoInternals() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"openfid\"");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(problem.get("requestId").asString())
                .isNotBlank()
                .isEqualTo(response.headers().firstValue("X-Request-ID").orElseThrow());
        assertThat(response.body()).doesNotContain("trace", "exception", "Exception", "at org.");
    }

    @Test
    void answersAWrongPasswordLikeNoPassword() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", basic("admin", "not-the-password"), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void deniesAPathNoModuleClaimedEvenToTheAdministrator() throws Exception {
        HttpResponse<String> response = get("/no/module/serves/this", admin(), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(problem.get("requestId").asString()).isNotBlank();
    }

    @Test
    void answersAnUnknownPathBehindAnOpenRuleWithNotFound() throws Exception {
        HttpResponse<String> response = get("/actuator/no-such-endpoint", admin(), null);

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("HTTP_404");
        assertThat(problem.get("requestId").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("trace", "Exception");
    }

    @Test
    void servesPartnerPathsWithoutHttpCredentialsSessionsOrObservationButWithSecurityHeaders() throws Exception {
        // the partner proves itself by signature inside the request: a wrong Basic password is not looked at
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/idauthentication/v1/auth/l/p/k"))
                .header("Authorization", basic("admin", "not-the-password"))
                .POST(HttpRequest.BodyPublishers.ofString("{not json"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())
                        .path("errors")
                        .path(0)
                        .path("errorCode")
                        .asString())
                .startsWith("IDA-");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();

        HttpResponse<String> get = get("/idauthentication/v1/auth/l/p/k", null, null);
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(get.body()).doesNotContain("Exception");
    }

    /** A C1 control (byte 0x85) is legal HTTP obs-text, so Tomcat passes it on and the firewall must refuse it. */
    @Test
    void refusesAControlCharacterInAHeaderOnEveryChain() throws Exception {
        String partner = raw("POST /idauthentication/v1/auth/l/p/k HTTP/1.1\r\nHost: localhost\r\n"
                + "signature: a\u0085b\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertThat(partner).startsWith("HTTP/1.1 400").contains("\"errorCode\":\"IDA-MLC-009\"");
        String api = raw("GET /actuator/prometheus HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic a\u0085b\r\nConnection: close\r\n\r\n");
        assertThat(api).startsWith("HTTP/1.1 400");
    }

    /** The response to a request written byte for byte (Java's HTTP client refuses control characters). */
    private String raw(String request) throws IOException {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void echoesAWellFormedRequestId() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", null, "partner-7.req_0001");

        assertThat(response.headers().firstValue("X-Request-ID")).hasValue("partner-7.req_0001");
        assertThat(JSON.readTree(response.body()).get("requestId").asString()).isEqualTo("partner-7.req_0001");
    }

    @Test
    void replacesAMalformedRequestId() throws Exception {
        for (String offered : new String[] {"short", "has spaces in it", "<script>alert(1)</script>", "x".repeat(65)}) {
            HttpResponse<String> response = get("/actuator/prometheus", null, offered);

            String id = response.headers().firstValue("X-Request-ID").orElseThrow();
            assertThat(id).as("id given for %s", offered).isNotEqualTo(offered).matches(UUID_FORM);
            assertThat(JSON.readTree(response.body()).get("requestId").asString())
                    .isEqualTo(id);
        }
    }

    @Test
    void reportsHealthAndReadinessWithoutAuthentication() throws Exception {
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            HttpResponse<String> response = get(path, null, null);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("status").asString())
                    .as(path)
                    .isEqualTo("UP");
        }
    }

    @Test
    void servesTheOpenApiDocumentWithoutAuthentication() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.has("paths")).isTrue();
        // the partner endpoints are served by a request handler, documented by hand
        assertThat(document.path("paths")
                        .path("/idauthentication/v1/kyc/{mispLicenseKey}/{partnerId}/{apiKey}")
                        .path("post")
                        .path("parameters")
                        .findValuesAsString("name"))
                .contains("mispLicenseKey", "partnerId", "apiKey", "signature");
        assertThat(document.path("paths").has("/idauthentication/v1/internal/auth"))
                .isTrue();
    }

    @Test
    void servesMetricsToTheAdministrator() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", admin(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes gauge", "hikaricp_connections");
    }

    @Test
    void keepsTheGeneratedAdministratorPasswordOwnerOnly() throws Exception {
        Path file = properties.dataDir().resolve("admin-password");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(20);
    }

    private String admin() throws IOException {
        String password = Files.readString(properties.dataDir().resolve("admin-password"), StandardCharsets.UTF_8)
                .strip();
        return basic("admin", password);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String authorization, String requestId) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (requestId != null) {
            request.header("X-Request-ID", requestId);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
