package org.openfid.synth.fingers;

import java.util.Objects;
import java.util.SplittableRandom;
import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * The synthetic fingerprint generator: master fingers by id and impressions of them, all
 * deterministic from the generator's seed. Thread-safe (no mutable state), so benchmarks render on
 * all cores with one instance.
 *
 * <pre>{@code
 * SyntheticFingers fingers = new SyntheticFingers(42);
 * MasterFinger finger = fingers.master(7);
 * GrayscaleImage enrolment = fingers.impression(finger, 0);
 * GrayscaleImage probe = fingers.impression(finger, 1);
 * }</pre>
 */
public final class SyntheticFingers {

    /** Width of the master canvas in pixels at 500 ppi (larger than an impression). */
    public static final int CANVAS_WIDTH = 480;

    /** Height of the master canvas in pixels at 500 ppi. */
    public static final int CANVAS_HEIGHT = 600;

    static final long MASTER_SALT = 1;
    private static final long IMPRESSION_SALT = 2;
    private static final int ITERATIONS = 12;
    private static final int REFINEMENTS = 1;
    private static final double SEED_SPACING = 18;

    private final long seed;
    private final RidgeSynthesis synthesis = new RidgeSynthesis(CANVAS_WIDTH, ITERATIONS, REFINEMENTS, SEED_SPACING);
    private final ImpressionRenderer renderer = new ImpressionRenderer();

    public SyntheticFingers(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** The master finger with this id; the same id always gives the same finger. */
    public MasterFinger master(long fingerId) {
        long fingerSeed = Seeds.derive(seed, fingerId, MASTER_SALT);
        SplittableRandom random = new SplittableRandom(fingerSeed);
        FingerGeometry geometry = FingerGeometry.draw(CANVAS_WIDTH, CANVAS_HEIGHT, true, random);
        FingerShape shape = geometry.shape();
        OrientationModel orientation = geometry.orientation();
        PeriodMap periods = new PeriodMap(shape, CANVAS_WIDTH, CANVAS_HEIGHT, random);
        float[] ridges = synthesis.synthesise(CANVAS_HEIGHT, shape, orientation, periods, random);
        return new MasterFinger(
                fingerId,
                fingerSeed,
                geometry.pattern(),
                shape,
                orientation,
                periods.mean(),
                CANVAS_WIDTH,
                CANVAS_HEIGHT,
                ridges);
    }

    /**
     * Impression number {@code impressionIndex} of a finger: impression 0 is a careful enrolment
     * capture ({@link ImpressionSettings#enrolment()}), the others ordinary ones
     * ({@link ImpressionSettings#defaults()}).
     */
    public GrayscaleImage impression(MasterFinger master, int impressionIndex) {
        return impression(
                master,
                impressionIndex,
                impressionIndex == 0 ? ImpressionSettings.enrolment() : ImpressionSettings.defaults());
    }

    /** Impression number {@code impressionIndex} of a finger, varied within the given settings. */
    public GrayscaleImage impression(MasterFinger master, int impressionIndex, ImpressionSettings settings) {
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(settings, "settings");
        if (impressionIndex < 0) {
            throw new IllegalArgumentException("Impression index must not be negative");
        }
        SplittableRandom random = new SplittableRandom(Seeds.derive(master.seed(), impressionIndex, IMPRESSION_SALT));
        return renderer.render(master, settings, random);
    }
}
