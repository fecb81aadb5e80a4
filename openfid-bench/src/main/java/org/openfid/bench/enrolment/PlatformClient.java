package org.openfid.bench.enrolment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP calls a registration client and an administrator make, with plain {@link HttpClient}:
 * nothing of the server's code runs on this side. Each answer that is not 2xx (or 404 where a
 * lookup may find nothing) fails with the status and the start of the body, which on our APIs is a
 * problem document and on MOSIP's an error envelope; neither holds PII.
 */
public final class PlatformClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final URI base;
    private final HttpClient http;

    public PlatformClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    URI base() {
        return base;
    }

    /** An {@code Authorization} header value for HTTP basic authentication. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** GET a JSON document; empty on 404. */
    public Optional<JsonNode> get(String path, String authorization) {
        var request = request(path, authorization).GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(json(request, response));
    }

    /** POST a JSON document with extra headers; the answer's JSON. */
    public JsonNode post(String path, String authorization, String body, Map<String, String> headers) {
        var builder = request(path, authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(builder::header);
        var request = builder.build();
        return json(request, send(request));
    }

    /** Sends a JSON document with {@code method} (PUT, PATCH, ...); the answer's JSON. */
    public JsonNode send(String method, String path, String authorization, String body) {
        var request = request(path, authorization)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return json(request, send(request));
    }

    /** POST one multipart {@code file} part, as MOSIP's packet receiver expects. */
    JsonNode upload(String path, String authorization, String fileName, byte[] content) {
        String boundary = "openfid-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream(content.length + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = request(path, authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return json(request, send(request));
    }

    private HttpRequest.Builder request(String path, String authorization) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The platform at " + base + " did not answer "
                            + request.uri().getPath(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the platform", e);
        }
    }

    private static JsonNode json(HttpRequest request, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            String body = response.body();
            throw new PlatformRefusal(request.method() + " " + request.uri().getPath() + " answered HTTP "
                    + response.statusCode() + ": " + body.substring(0, Math.min(400, body.length())));
        }
        return JSON.readTree(response.body());
    }

    /** The platform answered with an error status. */
    static final class PlatformRefusal extends RuntimeException {
        PlatformRefusal(String message) {
            super(message);
        }
    }
}
