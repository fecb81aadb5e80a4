package org.openfid.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** STREAM: an M-JPEG preview for the registration slap scanner, refused for the auth scanner. */
class PreviewStreamTests {

    @Test
    void theSlapScannerStreamsJpegFramesOfTheRequestedFingers() throws Exception {
        var request = HttpRequest.newBuilder(SharedDevices.server().uri().resolve("/stream"))
                .method("STREAM", HttpRequest.BodyPublishers.ofString("{\"deviceId\":\"1\",\"deviceSubId\":3}"))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("multipart/x-mixed-replace;boundary=");
        try (var in = response.body()) {
            var head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            var length = Integer.parseInt(head.toString().replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
            var jpeg = in.readNBytes(length);
            var frame = ImageIO.read(new ByteArrayInputStream(jpeg));

            assertThat(head.toString()).contains("Content-Type: image/jpeg");
            assertThat(frame.getWidth()).isGreaterThan(frame.getHeight());
        }
    }

    @Test
    void theAuthScannerHasNoPreview() {
        var answer = SharedDevices.client().call("STREAM", "/stream", "{\"deviceId\":\"2\",\"deviceSubId\":0}");

        assertThat(answer.get("error").get("errorCode").stringValue()).isEqualTo("504");
        assertThat(new String(SbiClient.JSON.writeValueAsBytes(answer), StandardCharsets.UTF_8))
                .doesNotContain("image");
    }
}
