package org.openfid.biosdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSdkException;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.synth.fingers.SyntheticMinutiae;

/**
 * ISO/IEC 19794-2 minutiae records as samples (how large synthetic galleries are loaded): imported
 * into SourceAFIS templates that match another impression of the same finger and not another
 * finger; malformed records and quality checks of a record without an image are refused.
 */
class MinutiaeImportTest {

    private static final SourceAfisSdk SDK = new SourceAfisSdk();
    private static final SyntheticMinutiae MINUTIAE = new SyntheticMinutiae(77);

    static BiometricSample minutiae(long finger, int impression) {
        byte[] record = MINUTIAE.impression(MINUTIAE.master(finger), impression)
                .toRecord(BiometricSubtype.RIGHT_THUMB)
                .toBytes();
        return new BiometricSample(BiometricSubtype.RIGHT_THUMB, SampleFormat.ISO_19794_2_2005, record);
    }

    @Test
    void importedTemplatesMatchTheirFingerOnly() {
        var enrolled = SDK.extractTemplate(minutiae(1, 0));
        var probe = SDK.extractTemplate(minutiae(1, 1));
        var other = SDK.extractTemplate(minutiae(2, 0));

        var scores = SDK.match(probe, List.of(enrolled, other));

        assertThat(enrolled.format()).isEqualTo(SourceAfisSdk.TEMPLATE_FORMAT);
        assertThat(enrolled.subtype()).isEqualTo(BiometricSubtype.RIGHT_THUMB);
        assertThat(scores.get(0).matched()).isTrue();
        assertThat(scores.get(1).matched()).isFalse();
    }

    @Test
    void refusesMalformedRecordsAndQualityWithoutAnImage() {
        byte[] good = minutiae(3, 0).data();
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        var bad = new BiometricSample(BiometricSubtype.RIGHT_THUMB, SampleFormat.ISO_19794_2_2005, truncated);

        assertThatThrownBy(() -> SDK.extractTemplate(bad))
                .isInstanceOfSatisfying(
                        BiometricSdkException.class,
                        e -> assertThat(e.reason()).isEqualTo(BiometricSdkException.Reason.INVALID_INPUT))
                .hasMessageContaining("minutiae record is malformed");
        assertThatThrownBy(() -> SDK.checkQuality(minutiae(3, 0)))
                .isInstanceOfSatisfying(
                        BiometricSdkException.class,
                        e -> assertThat(e.reason()).isEqualTo(BiometricSdkException.Reason.INVALID_INPUT))
                .hasMessageContaining("no image");
    }
}
