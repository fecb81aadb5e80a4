package org.openfid.enrolment.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.openfid.packet.WrittenPacket;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A registration station talking to the child platform over HTTP: registered by the administrator,
 * it fetches the platform's registration certificate, then syncs and uploads packets, retrying each
 * until the platform acknowledges it (as a real station does while the server is down).
 */
final class Station {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChildPlatform platform;
    private final String centre;
    private final String machine;

    Station(ChildPlatform platform, String centre, String machine) {
        this.platform = platform;
        this.centre = centre;
        this.machine = machine;
    }

    /** Registers the machine in master data with its public signing key. */
    void register(KeyPair signing, String signingPem, String encryptionPem) throws Exception {
        ObjectNode body = JSON.createObjectNode()
                .put("id", machine)
                .put("name", "Crash test station")
                .put("serial", "CT-" + machine)
                .put("centreId", centre)
                .put("signingKey", signingPem)
                .put("encryptionKey", encryptionPem)
                .put("active", true)
                .put("version", 0);
        var response = platform.send(platform.request("/v1/masterdata/machines", "admin", ChildPlatform.ADMIN_PASSWORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    /** The platform's registration certificate for this centre and machine. */
    X509Certificate certificate() throws Exception {
        var response = platform.send(platform.request(
                        "/v1/keymanager/getCertificate?applicationId=REGISTRATION&referenceId=" + centre + "_"
                                + machine,
                        "admin",
                        ChildPlatform.ADMIN_PASSWORD)
                .GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String pem = JSON.readTree(response.body())
                .path("response")
                .path("certificate")
                .asString();
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Syncs and uploads {@code packet}, retrying through platform restarts for up to five minutes. */
    void submit(WrittenPacket packet) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            try {
                if (trySubmit(packet)) {
                    return;
                }
            } catch (IOException e) {
                // the platform is down: try again
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Packet " + packet.rid() + " was never acknowledged");
            }
            Thread.sleep(500);
        }
    }

    private boolean trySubmit(WrittenPacket packet) throws Exception {
        String packetId = packet.fileName().substring(0, packet.fileName().length() - ".zip".length());
        var synced = platform.send(platform.request(
                        "/registrationprocessor/v1/registrationstatus/sync", "station", ChildPlatform.STATION_PASSWORD)
                .header("Content-Type", "application/json")
                .header("Center-Machine-RefId", centre + "_" + machine)
                .header("timestamp", "2026-11-23T10:15:30.000Z")
                .POST(HttpRequest.BodyPublishers.ofString(syncBody(packet, packetId))));
        if (synced.statusCode() != 200 || !synced.body().contains("SUCCESS")) {
            return false;
        }
        String boundary = "----openfid-" + packetId;
        var uploaded = platform.send(platform.request(
                        "/registrationprocessor/v1/packetreceiver/registrationpackets",
                        "station",
                        ChildPlatform.STATION_PASSWORD)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, packet))));
        JsonNode answer = JSON.readTree(uploaded.body());
        return answer.path("response").path("status").asString().equals("Packet is in PACKET_RECEIVED status");
    }

    private static String syncBody(WrittenPacket packet, String packetId) {
        ObjectNode entry = JSON.createObjectNode()
                .put("registrationId", packet.rid())
                .put("packetId", packetId)
                .put("registrationType", "NEW")
                .put("packetHashValue", packet.sha256Hex().toUpperCase())
                .put("packetSize", packet.bytes().length)
                .put("supervisorStatus", "APPROVED")
                .put("langCode", "eng");
        ObjectNode body = JSON.createObjectNode()
                .put("id", "mosip.registration.sync")
                .put("version", "1.0")
                .put("requesttime", "2026-11-23T10:15:30.000Z");
        body.putArray("request").add(entry);
        return body.toString();
    }

    private static byte[] multipart(String boundary, WrittenPacket packet) throws IOException {
        var out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + packet.fileName() + "\"\r\nContent-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(packet.bytes());
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
