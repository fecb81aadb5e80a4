package org.openfid.spi.biometrics.iso;

import static org.assertj.core.api.Assertions.assertThat;

import io.mosip.biometrics.util.finger.FingerBDIR;
import io.mosip.biometrics.util.finger.FingerCertificationBlock;
import io.mosip.biometrics.util.finger.FingerQualityBlock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openfid.spi.biometrics.BiometricSubtype;

/**
 * MOSIP's own ISO/IEC 19794-4 codec (io.mosip.biometric.util:biometrics-util, test scope, without its
 * transitive dependencies) reads what we write, and we read what it writes.
 */
class MosipBiometricsUtilOracleTest {

    private static final LocalDateTime CAPTURED = LocalDateTime.of(2026, 3, 14, 15, 9, 26, 535_000_000);

    @ParameterizedTest
    @EnumSource(
            value = FingerImageCompression.class,
            names = {"PNG", "UNCOMPRESSED"})
    void mosipReadsOurRecords(FingerImageCompression compression) throws IOException {
        var image = TestImages.ridges(120, 140, 9);
        var record = FingerImageRecord.of(image, BiometricSubtype.RIGHT_RING, compression, 67, CAPTURED);
        byte[] bytes = record.toBytes();

        var mosip = new FingerBDIR(new DataInputStream(new ByteArrayInputStream(bytes)));

        assertThat(mosip.getFormatIdentifier()).isEqualTo(0x46495200L);
        assertThat(mosip.getVersionNumber()).isEqualTo(0x30323000L);
        assertThat(mosip.getNoOfRepresentations()).isEqualTo(1);
        assertThat(mosip.getFingerPosition()).isEqualTo(4);
        assertThat(mosip.getCompressionType()).isEqualTo(compression.code());
        assertThat(mosip.getLineLengthHorizontal()).isEqualTo(120);
        assertThat(mosip.getLineLengthVertical()).isEqualTo(140);
        assertThat(mosip.getImageSpatialSamplingRateHorizontal()).isEqualTo(500);
        assertThat(mosip.getQualityBlocks())
                .extracting(FingerQualityBlock::getQualityScore)
                .containsExactly(67);
        assertThat(List.of(
                        mosip.getCaptureYear(),
                        mosip.getCaptureMonth(),
                        mosip.getCaptureDay(),
                        mosip.getCaptureHour(),
                        mosip.getCaptureMinute(),
                        mosip.getCaptureSecond(),
                        mosip.getCaptureMilliSecond()))
                .containsExactly(2026, 3, 14, 15, 9, 26, 535);
        assertThat(mosip.getImage()).isEqualTo(record.first().data());
    }

    @ParameterizedTest
    @EnumSource(
            value = FingerImageCompression.class,
            names = {"PNG", "WSQ", "JPEG2000_LOSSLESS"})
    void weReadMosipsRecords(FingerImageCompression compression) throws IOException {
        byte[] data = compression == FingerImageCompression.PNG
                ? FingerImage.of(TestImages.ridges(64, 80, 4), BiometricSubtype.LEFT_THUMB, compression)
                        .data()
                : new byte[] {0x00, 0x00, 0x00, 0x0c, 'j', 'P', ' ', ' '};
        Date captured = Date.from(CAPTURED.atZone(ZoneId.systemDefault()).toInstant());
        var mosip = new FingerBDIR(
                0x46495200L,
                0x30323000L,
                1,
                13,
                0x40,
                0x0f,
                captured,
                1,
                new FingerQualityBlock[] {new FingerQualityBlock(58, 0x40, 0x0f)},
                new FingerCertificationBlock[] {new FingerCertificationBlock(0x40, 2)},
                6,
                0,
                1,
                500,
                500,
                500,
                500,
                8,
                compression.code(),
                0,
                64,
                80,
                1,
                data,
                null,
                null,
                null);
        var out = new ByteArrayOutputStream();
        mosip.writeObject(new DataOutputStream(out));

        var record = FingerImageRecord.read(out.toByteArray());

        var image = record.first();
        assertThat(record.certificationFlag()).isTrue();
        assertThat(image.certifications()).containsExactly(new FingerCertification(0x40, 2));
        assertThat(image.subtype()).contains(BiometricSubtype.LEFT_THUMB);
        assertThat(image.device()).isEqualTo(new CaptureDevice(13, 0x40, 0x0f));
        assertThat(image.qualities()).containsExactly(new FingerQuality(58, 0x40, 0x0f));
        assertThat(image.captureTime()).isEqualTo(CAPTURED);
        assertThat(image.compression()).isEqualTo(compression);
        assertThat(image.data()).isEqualTo(data);
        if (compression == FingerImageCompression.PNG) {
            assertThat(image.decode().pixels())
                    .isEqualTo(TestImages.ridges(64, 80, 4).pixels());
        }
    }
}
