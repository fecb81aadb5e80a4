package org.openfid.synth.fingers;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * The real matcher on synthetic data: impressions of one finger must match well above SourceAFIS's
 * usual threshold and different fingers stay below it, both for rendered images and for template-level
 * minutiae imported as ISO/IEC 19794-2 records. Small on purpose (the benchmark measures thousands).
 */
class SourceAfisSeparationTest {

    private static final double THRESHOLD = 40;
    private static final int FINGERS = 8;

    @Test
    void renderedImpressionsSeparateGenuineFromImpostor() {
        SyntheticFingers generator = new SyntheticFingers(2026);
        List<FingerprintTemplate> enrolments = new ArrayList<>();
        List<FingerprintTemplate> probes = new ArrayList<>();
        for (int id = 0; id < FINGERS; id++) {
            MasterFinger finger = generator.master(id);
            enrolments.add(extract(generator.impression(finger, 0)));
            probes.add(extract(generator.impression(finger, 1)));
        }

        assertSeparated(enrolments, probes);
    }

    @Test
    void importedMinutiaeSeparateGenuineFromImpostor() {
        SyntheticMinutiae generator = new SyntheticMinutiae(2026);
        List<FingerprintTemplate> enrolments = new ArrayList<>();
        List<FingerprintTemplate> probes = new ArrayList<>();
        for (int id = 0; id < 3 * FINGERS; id++) {
            MasterMinutiae finger = generator.master(id);
            enrolments.add(imported(generator.impression(finger, 0)));
            probes.add(imported(generator.impression(finger, 1)));
        }

        assertSeparated(enrolments, probes);
    }

    private static void assertSeparated(List<FingerprintTemplate> enrolments, List<FingerprintTemplate> probes) {
        for (int i = 0; i < enrolments.size(); i++) {
            FingerprintMatcher matcher = new FingerprintMatcher(enrolments.get(i));
            for (int j = 0; j < probes.size(); j++) {
                double score = matcher.match(probes.get(j));
                if (i == j) {
                    assertThat(score).as("genuine finger %d", i).isGreaterThan(THRESHOLD);
                } else {
                    assertThat(score).as("impostor %d vs %d", i, j).isLessThan(THRESHOLD);
                }
            }
        }
    }

    private static FingerprintTemplate extract(GrayscaleImage image) {
        return new FingerprintTemplate(new FingerprintImage(
                image.width(), image.height(), image.pixels(), new FingerprintImageOptions().dpi(image.ppi())));
    }

    private static FingerprintTemplate imported(MinutiaeTemplate template) {
        return FingerprintCompatibility.importTemplate(
                template.toRecord(BiometricSubtype.LEFT_INDEX).toBytes());
    }
}
