package org.openfid.spi.biometrics.iso;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openfid.spi.biometrics.BiometricSubtype;

/** MOSIP's own mock-device captures (see resources/mosip-profile/PROVENANCE.md) read with our reader. */
class MosipProfileRecordsTest {

    @Test
    void authenticationCaptureInJpeg2000Lossy() {
        byte[] bytes = TestImages.resource("Auth_Left_Index.iso");
        var record = FingerImageRecord.read(bytes);

        assertThat(record.images()).hasSize(1);
        assertThat(record.certificationFlag()).isFalse();
        var image = record.first();
        assertThat(image.subtype()).contains(BiometricSubtype.LEFT_INDEX);
        assertThat(image.compression()).isEqualTo(FingerImageCompression.JPEG2000_LOSSY);
        assertThat(image.ppi()).isEqualTo(500);
        assertThat(image.bitDepth()).isEqualTo(8);
        assertThat(image.impressionType()).isEqualTo(29);
        assertThat(image.width()).isEqualTo(0x118);
        assertThat(image.height()).isEqualTo(0x1c0);
        assertThat(image.quality()).contains(50);
        assertThat(image.captureTime()).isEqualTo(LocalDateTime.of(2023, 5, 11, 19, 0, 27, 287_000_000));
        assertThat(image.dataView()[4]).as("JPEG 2000 signature box").isEqualTo((byte) 'j');
        assertThat(record.toBytes()).as("re-encoding is byte-exact").isEqualTo(bytes);
    }

    @Test
    void authenticationCaptureInWsq() {
        byte[] bytes = TestImages.resource("Auth_Left_Index_wsq.iso");
        var image = FingerImageRecord.read(bytes).first();

        assertThat(image.compression()).isEqualTo(FingerImageCompression.WSQ);
        assertThat(image.subtype()).contains(BiometricSubtype.LEFT_INDEX);
        assertThat(image.dataView()[0]).as("WSQ start-of-image marker").isEqualTo((byte) 0xff);
        assertThat(image.dataView()[1]).isEqualTo((byte) 0xa0);
        assertThat(FingerImageRecord.read(bytes).toBytes()).isEqualTo(bytes);
    }

    @Test
    void registrationCaptureWithCertificationBlocks() {
        byte[] bytes = TestImages.resource("Registration_Right_Middle.iso");
        var record = FingerImageRecord.read(bytes);

        assertThat(record.certificationFlag()).isTrue();
        var image = record.first();
        assertThat(image.subtype()).contains(BiometricSubtype.RIGHT_MIDDLE);
        assertThat(image.compression()).isEqualTo(FingerImageCompression.JPEG2000_LOSSLESS);
        assertThat(image.certifications()).hasSize(2);
        assertThat(image.qualities()).hasSize(1);
        assertThat(image.extendedData())
                .extracting(ExtendedDataBlock::type)
                .containsExactly(
                        ExtendedDataBlock.SEGMENTATION, ExtendedDataBlock.ANNOTATION, ExtendedDataBlock.COMMENT);
        assertThat(record.toBytes()).isEqualTo(bytes);
    }

    private static FingerprintTemplate template(String name) {
        var image = FingerImageRecord.read(TestImages.resource(name)).first().decode();
        return new FingerprintTemplate(new FingerprintImage(
                image.width(), image.height(), image.pixels(), new FingerprintImageOptions().dpi(image.ppi())));
    }

    /**
     * With an ImageIO JPEG 2000 plug-in on the class path (jai-imageio-jpeg2000, test scope here),
     * MOSIP's JPEG 2000 captures decode to pixels SourceAFIS matches: the registration (lossless) and
     * authentication (lossy) captures of one finger score far above the usual threshold of 40,
     * different fingers far below.
     */
    @Test
    void jpeg2000CapturesDecodeAndMatchAcrossRegistrationAndAuthentication() {
        var decoded = FingerImageRecord.read(TestImages.resource("Auth_Left_Index.iso"))
                .first()
                .decode();
        assertThat(decoded.width()).isEqualTo(280);
        assertThat(decoded.height()).isEqualTo(448);

        var leftIndex = new FingerprintMatcher(template("Registration_Left_Index.iso"));
        var rightMiddle = new FingerprintMatcher(template("Registration_Right_Middle.iso"));
        var authLeftIndex = template("Auth_Left_Index.iso");
        var authRightMiddle = template("Auth_Right_Middle.iso");

        assertThat(leftIndex.match(authLeftIndex)).isGreaterThan(100);
        assertThat(rightMiddle.match(authRightMiddle)).isGreaterThan(100);
        assertThat(leftIndex.match(authRightMiddle)).isLessThan(20);
        assertThat(rightMiddle.match(authLeftIndex)).isLessThan(20);
    }
}
