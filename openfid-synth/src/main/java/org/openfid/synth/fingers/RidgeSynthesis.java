package org.openfid.synth.fingers;

import java.util.SplittableRandom;

/**
 * SFinGe-style ridge synthesis: start from sparse random seeds and filter the image again and again
 * with the Gabor kernel matching each pixel's ridge direction and period, clipping after each pass.
 * Ridges grow from the seeds along the orientation field; where growing ridges of different phase
 * meet, the filter can only reconcile them with a ridge ending or a bifurcation, so minutiae appear
 * where real ones do (not placed by hand) and in a realistic number.
 */
final class RidgeSynthesis {

    private static final float GAIN = 1.8f;

    private final GaborBank bank;
    private final int iterations;
    private final double seedSpacing;

    RidgeSynthesis(GaborBank bank, int iterations, double seedSpacing) {
        this.bank = bank;
        this.iterations = iterations;
        this.seedSpacing = seedSpacing;
    }

    /**
     * The ridge pattern of a master on a canvas of the bank's width: values in [-1, 1], +1 on ridges,
     * 0 far outside the finger.
     */
    float[] synthesise(
            int height, FingerShape shape, OrientationModel orientation, PeriodMap periods, SplittableRandom random) {
        int width = bank.width();
        int[] active = activePixels(width, height, shape);
        int[] kernels = new int[active.length];
        for (int i = 0; i < active.length; i++) {
            int x = active[i] % width;
            int y = active[i] / width;
            kernels[i] = GaborBank.index(orientation.angle(x, y), periods.at(x, y));
        }
        float[] current = seeds(width, height, active, random);
        float[] next = new float[current.length];
        for (int pass = 0; pass < iterations; pass++) {
            filter(active, kernels, current, next);
            float[] swap = current;
            current = next;
            next = swap;
        }
        return current;
    }

    private void filter(int[] active, int[] kernels, float[] in, float[] out) {
        for (int i = 0; i < active.length; i++) {
            int p = active[i];
            int[] offsets = bank.offsets(kernels[i]);
            float[] weights = bank.weights(kernels[i]);
            float sum = 0;
            for (int t = 0; t < offsets.length; t++) {
                sum += weights[t] * in[p + offsets[t]];
            }
            sum *= GAIN;
            out[p] = sum > 1 ? 1 : Math.max(sum, -1);
        }
    }

    private float[] seeds(int width, int height, int[] active, SplittableRandom random) {
        float[] image = new float[width * height];
        double probability = 1 / (seedSpacing * seedSpacing);
        for (int p : active) {
            if (random.nextDouble() < probability) {
                image[p] = random.nextBoolean() ? 1 : -1;
            }
        }
        return image;
    }

    /** Pixels inside the finger plus a margin, away from the canvas border by the kernel radius. */
    private static int[] activePixels(int width, int height, FingerShape shape) {
        int r = GaborBank.RADIUS;
        int[] buffer = new int[width * height];
        int count = 0;
        for (int y = r; y < height - r; y++) {
            for (int x = r; x < width - r; x++) {
                if (shape.inside(x, y) > -0.08) {
                    buffer[count++] = y * width + x;
                }
            }
        }
        return java.util.Arrays.copyOf(buffer, count);
    }
}
