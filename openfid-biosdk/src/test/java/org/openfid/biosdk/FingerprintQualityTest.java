package org.openfid.biosdk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * The quality model on ideal ridge patterns and their degradations: each degradation a capture can
 * suffer must cost points, and an image without ridges must score 0. (Tests on synthetic fingerprint
 * impressions are in {@link SourceAfisSdkTest}.)
 */
class FingerprintQualityTest {

    private final FingerprintQuality quality = new FingerprintQuality();

    private int score(GrayscaleImage image) {
        return quality.assess(image).score();
    }

    @Test
    void aCleanFullPrintScoresHigh() {
        var result = quality.assess(RidgeImages.clean());

        assertThat(result.score()).isGreaterThanOrEqualTo(90);
        assertThat(result.analytics())
                .containsEntry("model", FingerprintQuality.MODEL)
                .containsKeys("area", "coherence", "clarity", "contrast", "ridgeBlocks", "localQuality");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void moreNoiseScoresLower(long seed) {
        var clean = RidgeImages.clean();
        int light = score(RidgeImages.noisy(clean, 20, seed));
        int heavy = score(RidgeImages.noisy(clean, 50, seed));
        int extreme = score(RidgeImages.noisy(clean, 90, seed));

        assertThat(light).isLessThan(score(clean));
        assertThat(heavy).isLessThan(light);
        assertThat(extreme).isLessThan(heavy).isLessThan(30);
    }

    @Test
    void blurScoresLowerAndDestroyedRidgesScoreZero() {
        var clean = RidgeImages.clean();
        int slight = score(RidgeImages.blurred(clean, 2));

        assertThat(slight).isLessThan(score(clean));
        assertThat(score(RidgeImages.blurred(clean, 4))).isZero();
    }

    @Test
    void aSmallerContactAreaScoresLower() {
        int half = score(RidgeImages.partial(0.5));
        int fifth = score(RidgeImages.partial(0.2));

        assertThat(half).isLessThan(score(RidgeImages.clean()));
        assertThat(fifth).isLessThan(half);
        assertThat(score(RidgeImages.cropped(RidgeImages.clean(), 0.4))).isLessThan(score(RidgeImages.clean()));
    }

    @Test
    void aFaintPrintScoresLower() {
        assertThat(score(RidgeImages.faint(25))).isLessThan(score(RidgeImages.faint(60)));
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 11})
    void noRidgesScoresZero(long seed) {
        assertThat(score(RidgeImages.blank())).isZero();
        assertThat(score(RidgeImages.noisy(RidgeImages.blank(), 30, seed))).isZero();
    }

    @Test
    void tinyImagesAndOtherResolutionsAreScoredWithoutFailing() {
        var tiny = new GrayscaleImage(3, 2, 500, new byte[6]);
        var lowResolution = new GrayscaleImage(160, 200, 250, new byte[160 * 200]);

        assertThat(score(tiny)).isZero();
        assertThat(score(lowResolution)).isZero();
    }

    @Test
    void theScoreIsDeterministic() {
        var image = RidgeImages.noisy(RidgeImages.clean(), 30, 5);

        assertThat(quality.assess(image)).isEqualTo(quality.assess(image));
    }

    /**
     * The model's figures for two fixed images, pinned: the measure is tuned for speed (integer sums,
     * row-wise gradients), and such work must not move a single score.
     */
    @Test
    void theFiguresOfFixedImagesStayPinned() {
        var noisy = quality.assess(RidgeImages.noisy(RidgeImages.clean(), 30, 5));
        var partial = quality.assess(RidgeImages.partial(0.5));

        assertThat(noisy.score()).isEqualTo(60);
        assertThat(noisy.analytics())
                .containsEntry("foregroundBlocks", "500")
                .containsEntry("coherence", "0.667")
                .containsEntry("clarity", "0.614")
                .containsEntry("contrast", "0.840")
                .containsEntry("ridgeBlocks", "0.772")
                .containsEntry("localQuality", "0.449")
                .containsEntry("areaSquareInches", "0.369");
        assertThat(partial.score()).isEqualTo(81);
        assertThat(partial.analytics())
                .containsEntry("foregroundBlocks", "186")
                .containsEntry("coherence", "0.880")
                .containsEntry("clarity", "0.808")
                .containsEntry("localQuality", "0.708")
                .containsEntry("areaSquareInches", "0.183");
    }
}
