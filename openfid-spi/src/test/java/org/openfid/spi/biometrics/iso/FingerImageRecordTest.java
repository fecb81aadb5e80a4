package org.openfid.spi.biometrics.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openfid.spi.biometrics.BiometricFormatException;
import org.openfid.spi.biometrics.BiometricSubtype;

class FingerImageRecordTest {

    private static final LocalDateTime CAPTURED = LocalDateTime.of(2026, 11, 22, 8, 15, 30, 123_000_000);

    @ParameterizedTest
    @EnumSource(
            value = FingerImageCompression.class,
            names = {"PNG", "UNCOMPRESSED"})
    void losslessRoundTripGivesTheSamePixels(FingerImageCompression compression) {
        var image = TestImages.ridges(180, 220, 7);
        var record = FingerImageRecord.of(image, BiometricSubtype.LEFT_INDEX, compression, 73, CAPTURED);

        var read = FingerImageRecord.read(record.toBytes());

        assertThat(read).isEqualTo(record);
        var only = read.first();
        assertThat(only.position()).isEqualTo(7);
        assertThat(only.subtype()).contains(BiometricSubtype.LEFT_INDEX);
        assertThat(only.compression()).isEqualTo(compression);
        assertThat(only.quality()).contains(73);
        assertThat(only.captureTime()).isEqualTo(CAPTURED);
        assertThat(only.width()).isEqualTo(180);
        assertThat(only.height()).isEqualTo(220);
        assertThat(only.ppi()).isEqualTo(500);
        var decoded = only.decode();
        assertThat(decoded.pixels()).isEqualTo(image.pixels());
        assertThat(decoded.ppi()).isEqualTo(500);
    }

    @Test
    void encodingAndDecodingNeverWriteTheImageToATemporaryFile(@TempDir Path cache) throws Exception {
        boolean used = ImageIO.getUseCache();
        File folder = ImageIO.getCacheDirectory();
        ImageIO.setUseCache(true);
        ImageIO.setCacheDirectory(cache.toFile());
        // ImageIO deletes its cache file when the stream closes, so watch for one being created at all.
        try (var watch = cache.getFileSystem().newWatchService()) {
            cache.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            for (var compression : List.of(FingerImageCompression.PNG, FingerImageCompression.JPEG)) {
                var record =
                        FingerImageRecord.of(TestImages.ridges(120, 140, 5), BiometricSubtype.LEFT_THUMB, compression);
                FingerImageRecord.read(record.toBytes()).first().decode();
            }
            WatchKey created = watch.poll(200, TimeUnit.MILLISECONDS);
            assertThat(created)
                    .as("a temporary file was created in ImageIO's cache folder")
                    .isNull();
        } finally {
            ImageIO.setUseCache(used);
            ImageIO.setCacheDirectory(folder);
        }
    }

    @Test
    void pngIsSmallerThanRaw() {
        var image = TestImages.ridges(300, 300, 3);
        int png = FingerImageRecord.of(image, BiometricSubtype.RIGHT_THUMB, FingerImageCompression.PNG)
                .toBytes()
                .length;
        int raw = FingerImageRecord.of(image, BiometricSubtype.RIGHT_THUMB, FingerImageCompression.UNCOMPRESSED)
                .toBytes()
                .length;
        assertThat(raw).isEqualTo(16 + 41 + 300 * 300);
        assertThat(png).isLessThan(raw);
    }

    @Test
    void jpegRoundTripIsCloseToTheOriginal() {
        var image = TestImages.ridges(160, 160, 11);
        var record = FingerImageRecord.of(image, BiometricSubtype.RIGHT_RING, FingerImageCompression.JPEG);

        var decoded = FingerImageRecord.read(record.toBytes()).first().decode();

        long error = 0;
        for (int i = 0; i < image.pixels().length; i++) {
            error += Math.abs((image.pixels()[i] & 0xff) - (decoded.pixels()[i] & 0xff));
        }
        assertThat(error / image.pixels().length).isLessThan(12);
    }

    @Test
    void severalRepresentationsKeepTheirOrderAndHeaders() {
        var left = FingerImage.of(
                        TestImages.ridges(100, 120, 1), BiometricSubtype.LEFT_THUMB, FingerImageCompression.PNG)
                .withQualities(
                        List.of(new FingerQuality(61, 0x0f, 0x0f), new FingerQuality(FingerQuality.FAILED, 1, 2)))
                .withDevice(new CaptureDevice(13, 0x1234, 0x42))
                .withCertifications(List.of(new FingerCertification(0x40, 2)));
        var again = left.withRepresentationNumber(1).withImpressionType(1).withCertifications(List.of());
        var right = FingerImage.of(
                        TestImages.ridges(90, 90, 2),
                        BiometricSubtype.RIGHT_LITTLE,
                        FingerImageCompression.UNCOMPRESSED)
                .withCaptureTime(CAPTURED);
        var record = FingerImageRecord.of(List.of(left, again, right));

        byte[] bytes = record.toBytes();
        var read = FingerImageRecord.read(bytes);

        assertThat(read).isEqualTo(record);
        assertThat(read.certificationFlag()).isTrue();
        assertThat(bytes[15]).as("distinct positions").isEqualTo((byte) 2);
        assertThat(read.images()).extracting(FingerImage::position).containsExactly(6, 6, 5);
        assertThat(read.images().get(1).impressionType()).isEqualTo(1);
        assertThat(read.images().get(0).device()).isEqualTo(new CaptureDevice(13, 0x1234, 0x42));
        assertThat(read.toBytes()).isEqualTo(bytes);
    }

    @Test
    void unspecifiedCaptureTimeIsWrittenAsAllOnes() {
        var record = FingerImageRecord.of(
                TestImages.ridges(40, 40, 5), BiometricSubtype.UNKNOWN_FINGER, FingerImageCompression.PNG);
        byte[] bytes = record.toBytes();
        for (int i = 20; i < 29; i++) {
            assertThat(bytes[i]).isEqualTo((byte) 0xff);
        }
        assertThat(FingerImageRecord.read(bytes).first().captureTime()).isNull();
    }

    @Test
    void wsqHeadersReadButItsPixelsAreRefused() {
        var wsq = FingerImageRecord.read(TestImages.resource("Auth_Left_Index_wsq.iso"))
                .first();
        assertThat(wsq.compression()).isEqualTo(FingerImageCompression.WSQ);
        assertThat(wsq.width()).isPositive();
        assertThatThrownBy(wsq::decode)
                .isInstanceOf(BiometricFormatException.class)
                .hasMessageContaining("compression WSQ not supported for decoding");
    }

    @Test
    void buildingRefusesWhatTheFormatCannotHold() {
        var image = TestImages.ridges(20, 20, 1);
        assertThatThrownBy(() -> FingerImage.of(image, BiometricSubtype.FACE, FingerImageCompression.PNG))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FingerImage.of(image, BiometricSubtype.LEFT_INDEX, FingerImageCompression.WSQ))
                .hasMessageContaining("not supported for encoding");
        assertThatThrownBy(() -> FingerImage.of(image, BiometricSubtype.LEFT_INDEX, FingerImageCompression.PNG)
                        .withQuality(101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
