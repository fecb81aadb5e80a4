package org.openfid.synth.fingers;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
    private static final int SAME_CLASS_FINGERS = 8;
    private static final double SAME_CLASS_BOUND = 30;

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

    /**
     * The hard case for rendered fingers: different fingers of one loop class share the ridge flow
     * their singular points force. With too weak a per-finger wobble of that flow (before ADR 0007's
     * amendment) one impostor pair in 300 scored 40 or more, and of these 112 same-class pairs three
     * scored 30 or more (top 53.2); now the top one scores 21.9. All must stay below 30.
     */
    @Test
    void sameClassLoopsStayWellBelowThreshold() {
        SyntheticFingers generator = new SyntheticFingers(2026);
        List<Double> scores = new ArrayList<>();
        for (PatternClass pattern : List.of(PatternClass.LEFT_LOOP, PatternClass.RIGHT_LOOP)) {
            List<FingerprintTemplate> enrolments = new ArrayList<>();
            List<FingerprintTemplate> probes = new ArrayList<>();
            for (long id = 0; enrolments.size() < SAME_CLASS_FINGERS; id++) {
                if (patternOf(generator, id) == pattern) {
                    MasterFinger finger = generator.master(id);
                    enrolments.add(extract(generator.impression(finger, 0)));
                    probes.add(extract(generator.impression(finger, 1)));
                }
            }
            for (int i = 0; i < enrolments.size(); i++) {
                FingerprintMatcher matcher = new FingerprintMatcher(enrolments.get(i));
                for (int j = 0; j < probes.size(); j++) {
                    if (i != j) {
                        scores.add(matcher.match(probes.get(j)));
                    }
                }
            }
        }

        assertThat(scores).hasSize(2 * SAME_CLASS_FINGERS * (SAME_CLASS_FINGERS - 1));
        assertThat(scores).allSatisfy(score -> assertThat(score).isLessThan(SAME_CLASS_BOUND));
    }

    /** The class a finger will get, without growing its ridges (the class is the first draw). */
    private static PatternClass patternOf(SyntheticFingers generator, long id) {
        long seed = Seeds.derive(generator.seed(), id, SyntheticFingers.MASTER_SALT);
        return PatternClass.draw(new SplittableRandom(seed));
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
