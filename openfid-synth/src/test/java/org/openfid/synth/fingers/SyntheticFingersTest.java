package org.openfid.synth.fingers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.openfid.spi.biometrics.GrayscaleImage;

class SyntheticFingersTest {

    private static final SyntheticFingers FINGERS = new SyntheticFingers(42);

    @Test
    void sameSeedAndIdGiveIdenticalPixels() {
        MasterFinger first = FINGERS.master(3);
        MasterFinger again = new SyntheticFingers(42).master(3);

        assertThat(again.patternClass()).isEqualTo(first.patternClass());
        assertThat(again.image().pixels()).isEqualTo(first.image().pixels());
        assertThat(FINGERS.impression(again, 1).pixels())
                .isEqualTo(FINGERS.impression(first, 1).pixels());
    }

    @Test
    void fingersDependOnSeedAndId() {
        byte[] finger = FINGERS.master(3).image().pixels();

        assertThat(FINGERS.master(4).image().pixels()).isNotEqualTo(finger);
        assertThat(new SyntheticFingers(43).master(3).image().pixels()).isNotEqualTo(finger);
    }

    @Test
    void impressionsOfOneFingerDiffer() {
        MasterFinger finger = FINGERS.master(5);
        GrayscaleImage first = FINGERS.impression(finger, 0);
        GrayscaleImage second = FINGERS.impression(finger, 1);
        GrayscaleImage third = FINGERS.impression(finger, 2);

        assertThat(differingPixels(first, second)).isGreaterThan(first.pixels().length / 4);
        assertThat(differingPixels(second, third)).isGreaterThan(first.pixels().length / 4);
    }

    @Test
    void impressionsAreDarkRidgesOnLightBackgroundAt500Ppi() {
        GrayscaleImage image = FINGERS.impression(FINGERS.master(6), 1);

        assertThat(image.width()).isEqualTo(400);
        assertThat(image.height()).isEqualTo(500);
        assertThat(image.ppi()).isEqualTo(500);
        assertThat(mean(image, 0, 0, 40, 40)).as("background corner").isGreaterThan(200);
        assertThat(mean(image, 150, 200, 100, 100)).as("finger centre").isLessThan(170);
        assertThat(spread(image, 150, 200, 100, 100)).as("ridges and valleys").isGreaterThan(40);
    }

    @Test
    void settingsShapeTheImage() {
        ImpressionSettings small = new ImpressionSettings(300, 360, 0, 0, 0, 0, 0);

        GrayscaleImage image = FINGERS.impression(FINGERS.master(7), 0, small);

        assertThat(image.width()).isEqualTo(300);
        assertThat(image.height()).isEqualTo(360);
    }

    @Test
    void patternClassesFollowPopulationShares() {
        Map<PatternClass, Integer> counts = new EnumMap<>(PatternClass.class);
        SplittableRandom random = new SplittableRandom(1);
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            counts.merge(PatternClass.draw(random), 1, Integer::sum);
        }

        for (PatternClass pattern : PatternClass.values()) {
            assertThat(counts.get(pattern) / (double) draws)
                    .as(pattern.name())
                    .isCloseTo(pattern.share(), org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void badArgumentsAreRejected() {
        MasterFinger finger = FINGERS.master(1);

        assertThatThrownBy(() -> FINGERS.impression(finger, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new ImpressionSettings(10, 500, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 to 2048");
        assertThatThrownBy(() -> new ImpressionSettings(400, 500, 0, 0, 0, 1.5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 1");
    }

    private static int differingPixels(GrayscaleImage a, GrayscaleImage b) {
        int count = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            count += Math.abs((a.pixels()[i] & 0xff) - (b.pixels()[i] & 0xff)) > 40 ? 1 : 0;
        }
        return count;
    }

    private static double mean(GrayscaleImage image, int x0, int y0, int w, int h) {
        double sum = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                sum += image.at(x, y);
            }
        }
        return sum / (w * h);
    }

    private static double spread(GrayscaleImage image, int x0, int y0, int w, int h) {
        double mean = mean(image, x0, y0, w, h);
        double sum = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                sum += (image.at(x, y) - mean) * (image.at(x, y) - mean);
            }
        }
        return Math.sqrt(sum / (w * h));
    }
}
