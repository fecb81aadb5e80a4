package org.openfid.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openfid.devices.capture.ImageFormat;
import org.openfid.spi.biometrics.iso.FingerImageCompression;
import org.openfid.spi.biometrics.iso.FingerImageRecord;

/**
 * {@code --image-format jp2}: the ISO 19794-4 records carry JPEG 2000 (lossy, compression code 4)
 * as MOSIP's devices send, decode with an ImageIO JPEG 2000 reader, and report the quality of the
 * decoded image.
 */
class Jpeg2000CaptureTests {

    @Test
    void recordsCarryJpeg2000ThatDecodesWithTheReportedQuality() {
        var settings = DeviceSettings.defaults(SharedDevices.dataDir("jp2"))
                .withSeed(7)
                .withPerson(3)
                .withPort(0)
                .withImageFormat(ImageFormat.JP2);
        try (var server = DeviceServer.start(settings)) {
            var request = SbiClient.rcapture(3, 2);
            // one attempt is enough here: no retries for a quality target
            ((tools.jackson.databind.node.ObjectNode) request.get("bio").get(0)).put("requestedScore", 0);
            var answer = new SbiClient(server.uri()).call("RCAPTURE", "/capture", request);

            var items = answer.get("biometrics");
            assertThat(items).hasSize(2);
            for (var item : items) {
                assertThat(item.get("error").get("errorCode").stringValue()).isEqualTo("0");
                var data = SharedDevices.verified(item.get("data").stringValue(), server.providerCa());
                byte[] iso = Base64.getUrlDecoder().decode(data.get("bioValue").stringValue());
                var representation = FingerImageRecord.read(iso).first();
                assertThat(representation.compression()).isEqualTo(FingerImageCompression.JPEG2000_LOSSY);
                // the JP2 signature box: 0000000C 6A502020 0D0A870A
                assertThat(representation.data()).startsWith(0, 0, 0, 12, 'j', 'P', ' ', ' ');
                assertThat(representation.dataLength())
                        .isLessThan(representation.width() * representation.height() / 3);
                RegistrationCaptureTests.checkRecord(iso, data);
            }
        }
    }
}
