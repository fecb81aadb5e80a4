package org.openfid.devices;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A plain HTTP client for the SBI custom methods, as a registration client sends them. */
final class SbiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    SbiClient(URI base) {
        this.base = base;
    }

    HttpResponse<String> raw(String method, String path, String body) {
        try {
            return http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode call(String method, String path, String body) {
        var response = raw(method, path, body);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    JsonNode call(String method, String path, JsonNode body) {
        return call(method, path, JSON.writeValueAsString(body));
    }

    CompletableFuture<JsonNode> callAsync(String method, String path, JsonNode body) {
        return http.sendAsync(
                        request(method, path, JSON.writeValueAsString(body)), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> JSON.readTree(response.body()));
    }

    private HttpRequest request(String method, String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
    }

    /** A registration capture request for the slap scanner. */
    static ObjectNode rcapture(int deviceSubId, int count, String... exceptions) {
        var request = base("Registration", "slap-tx-1");
        var bio = bio(request, "1", deviceSubId, count, 40);
        var exception = bio.putArray("exception");
        for (var name : exceptions) {
            exception.add(name);
        }
        return request;
    }

    /** An authentication capture request for the single-finger scanner. */
    static ObjectNode capture(String finger, String transactionId) {
        var request = base("Auth", transactionId);
        request.put("domainUri", "https://ida.openfid.test");
        var bio = bio(request, "2", 0, 1, 40);
        bio.putArray("bioSubType").add(finger);
        return request;
    }

    private static ObjectNode base(String purpose, String transactionId) {
        var request = JSON.createObjectNode();
        request.put("env", "Developer");
        request.put("purpose", purpose);
        request.put("specVersion", "0.9.5");
        request.put("timeout", 10000);
        request.put("captureTime", "2026-11-22T08:00:00.000Z");
        request.put("transactionId", transactionId);
        return request;
    }

    private static ObjectNode bio(ObjectNode request, String deviceId, int deviceSubId, int count, int score) {
        var bio = request.putArray("bio").addObject();
        bio.put("type", "Finger");
        bio.put("count", count);
        bio.put("requestedScore", score);
        bio.put("deviceId", deviceId);
        bio.put("deviceSubId", deviceSubId);
        bio.put("previousHash", "");
        request.putObject("customOpts");
        return bio;
    }
}
