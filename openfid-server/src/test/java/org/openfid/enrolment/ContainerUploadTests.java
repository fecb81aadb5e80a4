package org.openfid.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Uploads through the real servlet container: its multipart parsing is lazy and capped by the packet
 * limit, so an over-large upload is answered with MOSIP's code, and a good one is accepted.
 */
class ContainerUploadTests extends IntakeContext {

    @LocalServerPort
    int port;

    JsonNode post(String fileName, byte[] content) throws Exception {
        String boundary = "openfid-test-boundary";
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + UPLOAD))
                .header("Authorization", STATION)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }
    }

    @Test
    void theContainerRefusesAnOverLargeUploadWithMosipsCode() throws Exception {
        String[] ids = centreWithMachine(true);
        String rid = rid(ids);
        byte[] big = packet(40, 200 * 1024);
        sync(ids, syncBody(entry(rid, sha256(big), 1_000)));

        assertThat(errorCode(post(rid + ".zip", big))).isEqualTo("RPR-PKR-002");
        assertThat(count("enrolment_case", rid)).isZero();
    }

    @Test
    void theContainerPassesAGoodUpload() throws Exception {
        String[] ids = centreWithMachine(true);
        String rid = rid(ids);
        byte[] content = packet(41, 10_000);
        sync(ids, syncBody(entry(rid, sha256(content), content.length)));

        assertThat(post(rid + ".zip", content).path("response").path("status").asString())
                .isEqualTo("Packet is in PACKET_RECEIVED status");
        assertThat(count("enrolment_case", rid)).isEqualTo(1);
    }
}
