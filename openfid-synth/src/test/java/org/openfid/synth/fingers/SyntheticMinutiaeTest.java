package org.openfid.synth.fingers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.iso.FingerMinutiaeRecord;

class SyntheticMinutiaeTest {

    private static final SyntheticMinutiae MINUTIAE = new SyntheticMinutiae(7);

    @Test
    void sameSeedAndIdGiveTheSameMinutiae() {
        MasterMinutiae finger = MINUTIAE.master(11);
        MasterMinutiae again = new SyntheticMinutiae(7).master(11);

        assertThat(again.minutiae()).isEqualTo(finger.minutiae());
        assertThat(MINUTIAE.impression(again, 2)).isEqualTo(MINUTIAE.impression(finger, 2));
        assertThat(MINUTIAE.master(12).minutiae()).isNotEqualTo(finger.minutiae());
    }

    @Test
    void sharesPatternClassWithTheImageGenerator() {
        for (long id = 0; id < 20; id++) {
            assertThat(MINUTIAE.master(id).patternClass())
                    .isEqualTo(PatternClass.draw(
                            new java.util.SplittableRandom(Seeds.derive(7, id, SyntheticFingers.MASTER_SALT))));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void impressionsLookLikeExtractedTemplates(long id) {
        MasterMinutiae finger = MINUTIAE.master(id);
        MinutiaeTemplate enrolment = MINUTIAE.impression(finger, 0);
        MinutiaeTemplate probe = MINUTIAE.impression(finger, 1);

        assertThat(enrolment.minutiae()).hasSizeBetween(25, 90);
        assertThat(probe.minutiae()).hasSizeBetween(15, 90);
        assertThat(probe).isNotEqualTo(enrolment);
        assertThat(probe.width()).isEqualTo(400);
        assertThat(probe.ppi()).isEqualTo(500);
        assertThat(closestPair(finger.minutiae())).isGreaterThanOrEqualTo(10);
        assertThat(enrolment.minutiae())
                .extracting(Minutia::type)
                .contains(Minutia.Type.ENDING, Minutia.Type.BIFURCATION);
    }

    @Test
    void convertsToAnIsoRecordThatReadsBack() {
        MinutiaeTemplate template = MINUTIAE.impression(MINUTIAE.master(3), 1);

        FingerMinutiaeRecord record = FingerMinutiaeRecord.read(
                template.toRecord(BiometricSubtype.RIGHT_THUMB).toBytes());

        assertThat(record.width()).isEqualTo(template.width());
        assertThat(record.views()).hasSize(1);
        assertThat(record.views().getFirst().minutiae())
                .hasSize(template.minutiae().size());
        Minutia first = template.minutiae().getFirst();
        var read = record.views().getFirst().minutiae().getFirst();
        assertThat(read.x()).isEqualTo((int) Math.round(first.x()));
        assertThat(read.angle()).isEqualTo(first.isoAngle());
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> MINUTIAE.impression(MINUTIAE.master(1), -2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new MinutiaeTemplate(100, 100, 500, List.of(new Minutia(150, 10, 0, Minutia.Type.ENDING))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> new Minutia(Double.NaN, 1, 0, Minutia.Type.ENDING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double closestPair(List<Minutia> minutiae) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < minutiae.size(); i++) {
            for (int j = i + 1; j < minutiae.size(); j++) {
                best = Math.min(
                        best,
                        Math.hypot(
                                minutiae.get(i).x() - minutiae.get(j).x(),
                                minutiae.get(i).y() - minutiae.get(j).y()));
            }
        }
        return best;
    }
}
