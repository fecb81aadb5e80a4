package org.openfid.synth.fingers;

import java.util.SplittableRandom;

/**
 * Local ridge period (pixels from ridge to ridge at 500 ppi, about 0.4-0.55 mm): a per-finger mean,
 * slow random variation, and wider ridges towards the tip and the sides as on real fingers.
 */
final class PeriodMap {

    private static final double PA = Double.parseDouble(System.getProperty("sf.pa", "0.6"));
    private final FingerShape shape;
    private final double mean;
    private final SmoothNoise noise;

    PeriodMap(FingerShape shape, int width, int height, SplittableRandom random) {
        this.shape = shape;
        this.mean = 8.4 + random.nextDouble() * 1.8;
        this.noise = new SmoothNoise(width, height, Double.parseDouble(System.getProperty("sf.pc", "90")), random);
    }

    double mean() {
        return mean;
    }

    double at(double x, double y) {
        double edge = Math.max(0, 0.5 - shape.inside(x, y));
        return mean + PA * noise.at(x, y) + 1.6 * edge;
    }
}
