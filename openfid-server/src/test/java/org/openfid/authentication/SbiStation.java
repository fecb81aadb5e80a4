package org.openfid.authentication;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.openfid.devices.DeviceServer;
import org.openfid.devices.DeviceSettings;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.cbeff.BdbInfo;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;
import org.openfid.spi.biometrics.cbeff.CbeffXml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The software SBI devices of {@code openfid-devices}, running over HTTP as a relying party's
 * counter would have them: the slap scanner enrols a synthetic person (RCAPTURE, plain ISO records
 * put into the CBEFF the registry keeps) and the single-finger scanner captures for authentication
 * (CAPTURE, encrypted for the platform's {@code IDA/FIR} certificate and signed by the device).
 */
final class SbiStation implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final DeviceServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private SbiStation(DeviceServer server) {
        this.server = server;
    }

    /** Devices with their own provider CA, encrypting authentication captures for {@code ida}. */
    static SbiStation start(X509Certificate ida, long person) {
        Path data = Path.of("target", "test-data", "sbi-" + UUID.randomUUID());
        return new SbiStation(DeviceServer.start(DeviceSettings.defaults(data)
                .withSeed(11)
                .withPerson(person)
                .withPort(0)
                .withEnv("Production")
                .withIdaCertificate(ida)));
    }

    X509Certificate providerCa() {
        return server.providerCa();
    }

    void present(long person) {
        server.present(person);
    }

    /** The CBEFF XML of the present person's left and right slaps (eight fingers, no thumbs). */
    byte[] enrolSlaps() {
        List<Bir> birs = new ArrayList<>();
        for (int slap : List.of(1, 2)) {
            JsonNode answer = call("RCAPTURE", registration(slap));
            for (JsonNode item : answer.path("biometrics")) {
                JsonNode data = payload(item.path("data").asString());
                BiometricSubtype finger = BiometricSubtype.ofCbeffName(
                                org.openfid.spi.biometrics.BiometricType.FINGER,
                                data.path("bioSubType").asString())
                        .orElseThrow();
                byte[] iso = Base64.getUrlDecoder().decode(data.path("bioValue").asString());
                birs.add(Bir.of(
                        BdbInfo.enrolment(UUID.randomUUID(), SampleFormat.ISO_19794_4_2011, finger, Instant.now(), 60),
                        iso));
            }
        }
        return CbeffXml.write(CbeffDocument.of(birs));
    }

    /** One authentication capture of a finger, chained from {@code previousHash} (empty: first). */
    JsonNode capture(String finger, String transactionId, String domainUri, String previousHash) {
        ObjectNode request = base("Auth", transactionId);
        request.put("domainUri", domainUri);
        ObjectNode bio = bio(request, "2", 0, 1);
        bio.putArray("bioSubType").add(finger);
        bio.put("previousHash", previousHash);
        return call("CAPTURE", request);
    }

    /** The last hash of a capture answer, to chain the next capture from. */
    static String lastHash(JsonNode answer) {
        JsonNode items = answer.path("biometrics");
        return items.get(items.size() - 1).path("hash").asString();
    }

    /** The payload of a compact JWS (not verified: the platform is what verifies). */
    static JsonNode payload(String compactJws) {
        String[] parts = compactJws.split("\\.");
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static ObjectNode registration(int slap) {
        ObjectNode request = base("Registration", "enrol-" + slap);
        bio(request, "1", slap, 4);
        return request;
    }

    private static ObjectNode base(String purpose, String transactionId) {
        ObjectNode request = JSON.createObjectNode();
        request.put("env", "Production");
        request.put("purpose", purpose);
        request.put("specVersion", "0.9.5");
        request.put("timeout", 10000);
        request.put("captureTime", Instant.now().toString());
        request.put("transactionId", transactionId);
        request.putObject("customOpts");
        return request;
    }

    private static ObjectNode bio(ObjectNode request, String deviceId, int deviceSubId, int count) {
        ObjectNode bio = request.putArray("bio").addObject();
        bio.put("type", "Finger");
        bio.put("count", count);
        bio.put("requestedScore", 40);
        bio.put("deviceId", deviceId);
        bio.put("deviceSubId", deviceSubId);
        bio.put("previousHash", "");
        bio.putArray("exception");
        return bio;
    }

    private JsonNode call(String method, ObjectNode body) {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("capture"))
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json")
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("SBI answered HTTP " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
