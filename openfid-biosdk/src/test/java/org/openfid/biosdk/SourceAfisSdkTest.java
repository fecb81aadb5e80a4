package org.openfid.biosdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSdk;
import org.openfid.spi.biometrics.BiometricSdkException;
import org.openfid.spi.biometrics.BiometricSdkException.Reason;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricTemplate;
import org.openfid.spi.biometrics.BiometricType;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.SdkInfo;
import org.openfid.spi.biometrics.iso.FingerImageCompression;
import org.openfid.spi.biometrics.iso.FingerImageRecord;
import org.openfid.synth.fingers.SyntheticFingers;

/**
 * The SourceAFIS SDK on synthetic fingerprints (two fingers, two impressions each, rendered once):
 * same finger well above the threshold, different fingers below, and every refusal with its reason.
 */
class SourceAfisSdkTest {

    private static final SourceAfisSdk SDK = new SourceAfisSdk();
    private static GrayscaleImage enrolmentA;
    private static GrayscaleImage probeA;
    private static GrayscaleImage enrolmentB;

    @BeforeAll
    static void render() {
        var fingers = new SyntheticFingers(2026);
        var a = fingers.master(1);
        enrolmentA = fingers.impression(a, 0);
        probeA = fingers.impression(a, 1);
        enrolmentB = fingers.impression(fingers.master(2), 0);
    }

    static BiometricSample sample(GrayscaleImage image, BiometricSubtype finger) {
        byte[] record =
                FingerImageRecord.of(image, finger, FingerImageCompression.PNG).toBytes();
        return new BiometricSample(finger, SampleFormat.ISO_19794_4_2011, record);
    }

    @Test
    void impressionsOfOneFingerMatchAndOtherFingersDoNot() {
        var enrolled = SDK.extractTemplate(sample(enrolmentA, BiometricSubtype.LEFT_INDEX));
        var probe = SDK.extractTemplate(sample(probeA, BiometricSubtype.LEFT_INDEX));
        var other = SDK.extractTemplate(sample(enrolmentB, BiometricSubtype.LEFT_INDEX));

        var scores = SDK.match(probe, List.of(enrolled, other));

        assertThat(enrolled.format()).isEqualTo(SourceAfisSdk.TEMPLATE_FORMAT);
        assertThat(enrolled.subtype()).isEqualTo(BiometricSubtype.LEFT_INDEX);
        assertThat(scores.get(0).matched()).isTrue();
        assertThat(scores.get(0).score()).isGreaterThan(2 * SourceAfisSdk.DEFAULT_THRESHOLD);
        assertThat(scores.get(1).matched()).isFalse();
        assertThat(scores.get(1).score()).isLessThan(SourceAfisSdk.DEFAULT_THRESHOLD);
        assertThat(SDK.match(probe, enrolled)).isEqualTo(scores.get(0));
    }

    /** MOSIP's devices send JPEG 2000 inside the ISO record: the SDK decodes, extracts and matches it. */
    @Test
    void jpeg2000RecordsFromMosipDevicesAreExtractedAndMatched() throws Exception {
        var registration = SDK.extractTemplate(mosipRecord("Registration_Left_Index.iso", BiometricSubtype.LEFT_INDEX));
        var other = SDK.extractTemplate(mosipRecord("Registration_Right_Middle.iso", BiometricSubtype.RIGHT_MIDDLE));
        var authentication = SDK.extractTemplate(mosipRecord("Auth_Left_Index.iso", BiometricSubtype.LEFT_INDEX));

        var scores = SDK.match(authentication, List.of(registration, other));

        assertThat(scores.get(0).matched()).isTrue();
        assertThat(scores.get(0).score()).isGreaterThan(2 * SourceAfisSdk.DEFAULT_THRESHOLD);
        assertThat(scores.get(1).matched()).isFalse();
        assertThat(SDK.checkQuality(mosipRecord("Registration_Left_Index.iso", BiometricSubtype.LEFT_INDEX))
                        .score())
                .isBetween(1, 100);
    }

    private static BiometricSample mosipRecord(String name, BiometricSubtype finger) throws Exception {
        try (var in = SourceAfisSdkTest.class.getResourceAsStream("/mosip-profile/" + name)) {
            return new BiometricSample(finger, SampleFormat.ISO_19794_4_2011, in.readAllBytes());
        }
    }

    @Test
    void theThresholdIsConfigurable() {
        var enrolled = SDK.extract(BiometricSubtype.RIGHT_THUMB, enrolmentA);
        var probe = SDK.extract(BiometricSubtype.RIGHT_THUMB, probeA);
        double genuine = SDK.match(probe, enrolled).score();

        assertThat(new SourceAfisSdk(genuine + 1).match(probe, enrolled).matched())
                .isFalse();
        assertThat(new SourceAfisSdk(genuine).match(probe, enrolled).matched()).isTrue();
        assertThatThrownBy(() -> new SourceAfisSdk(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void qualityOfSyntheticImpressionsDropsWhenDegraded() {
        int clean = SDK.checkQuality(sample(enrolmentA, BiometricSubtype.LEFT_INDEX))
                .score();
        int noisy = SDK.quality(RidgeImages.noisy(enrolmentA, 40, 9)).score();
        int blurred = SDK.quality(RidgeImages.blurred(enrolmentA, 2)).score();
        int partial = SDK.quality(RidgeImages.cropped(enrolmentA, 0.4)).score();

        // a clean capture; 55 rather than 60 since synthetic ridge flow curves more (ADR 0007 amendment)
        assertThat(clean).isGreaterThanOrEqualTo(55);
        assertThat(noisy).isLessThan(clean);
        assertThat(blurred).isLessThan(clean);
        assertThat(partial).isLessThan(clean);
    }

    @Test
    void faceAndIrisAreUnsupported() {
        var face = new BiometricSample(BiometricSubtype.FACE, SampleFormat.ISO_19794_5_2011, new byte[] {1, 2});
        var iris = new BiometricSample(BiometricSubtype.LEFT_EYE, SampleFormat.ISO_19794_6_2011, new byte[] {1});
        var faceTemplate = new BiometricTemplate(BiometricSubtype.FACE, SourceAfisSdk.TEMPLATE_FORMAT, new byte[1]);

        assertReason(() -> SDK.extractTemplate(face), Reason.UNSUPPORTED_MODALITY);
        assertReason(() -> SDK.checkQuality(iris), Reason.UNSUPPORTED_MODALITY);
        assertReason(() -> SDK.match(faceTemplate, faceTemplate), Reason.UNSUPPORTED_MODALITY);
        assertThat(SDK.info().supports(SdkInfo.Operation.MATCH, BiometricType.FACE))
                .isFalse();
        assertThat(SDK.info().supports(SdkInfo.Operation.EXTRACT, BiometricType.FINGER))
                .isTrue();
    }

    @Test
    void malformedRecordsAndForeignTemplatesAreInvalidInput() {
        byte[] record = sample(enrolmentB, BiometricSubtype.LEFT_THUMB).data();
        byte[] truncated = Arrays.copyOf(record, record.length / 2);
        var garbage =
                new BiometricTemplate(BiometricSubtype.LEFT_THUMB, SourceAfisSdk.TEMPLATE_FORMAT, new byte[] {9, 9, 9});
        var foreign = new BiometricTemplate(BiometricSubtype.LEFT_THUMB, "iso-19794-2", new byte[] {1});
        var valid = SDK.extract(BiometricSubtype.LEFT_THUMB, enrolmentB);

        assertReason(
                () -> SDK.extractTemplate(
                        new BiometricSample(BiometricSubtype.LEFT_THUMB, SampleFormat.ISO_19794_4_2011, truncated)),
                Reason.INVALID_INPUT);
        assertReason(
                () -> SDK.checkQuality(
                        new BiometricSample(BiometricSubtype.LEFT_THUMB, SampleFormat.ISO_19794_4_2011, new byte[0])),
                Reason.INVALID_INPUT);
        assertReason(() -> SDK.match(valid, garbage), Reason.INVALID_INPUT);
        assertReason(() -> SDK.match(foreign, valid), Reason.INVALID_INPUT);
    }

    @Test
    void anImageWithoutRidgesIsPoorQuality() {
        assertReason(
                () -> SDK.extractTemplate(sample(RidgeImages.blank(), BiometricSubtype.RIGHT_INDEX)),
                Reason.POOR_DATA_QUALITY);
        assertThat(SDK.checkQuality(sample(RidgeImages.blank(), BiometricSubtype.RIGHT_INDEX))
                        .score())
                .isZero();
    }

    @Test
    void theServiceLoaderFindsTheSdk() {
        var found = ServiceLoader.load(BiometricSdk.class).stream()
                .map(ServiceLoader.Provider::type)
                .toList();

        assertThat(found).contains(SourceAfisSdk.class);
    }

    private static void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        BiometricSdkException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
