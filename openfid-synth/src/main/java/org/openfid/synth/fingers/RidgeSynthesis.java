package org.openfid.synth.fingers;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * SFinGe-style ridge synthesis: start from sparse random seeds and filter the image again and again
 * with the Gabor kernel matching each pixel's ridge direction and period, clipping after each pass.
 * Ridges grow from the seeds along the orientation field; where growing ridges of different phase
 * meet, the filter can only reconcile them with a ridge ending or a bifurcation, so minutiae appear
 * where real ones do (not placed by hand) and in a realistic number.
 *
 * <p>Coarse to fine for speed: the ridges grow on a grid {@link #SCALE} times coarser (ridges are 9-10
 * pixels apart at 500 ppi, 4-5 on the coarse grid, still well sampled), then the pattern is upsampled
 * and a few full-resolution passes restore smooth ridge edges.
 */
final class RidgeSynthesis {

    static final int SCALE = 2;

    private static final float GAIN = 1.8f;

    private final GaborBank coarse;
    private final GaborBank fine;
    private final int iterations;
    private final int refinements;
    private final double seedSpacing;

    RidgeSynthesis(int width, int iterations, int refinements, double seedSpacing) {
        this.coarse = new GaborBank(width / SCALE, SCALE);
        this.fine = new GaborBank(width, 1);
        this.iterations = iterations;
        this.refinements = refinements;
        this.seedSpacing = seedSpacing;
    }

    /**
     * The ridge pattern of a master on a {@code width x height} canvas (the width given at
     * construction): values in [-1, 1], +1 on ridges, 0 far outside the finger.
     */
    float[] synthesise(
            int height, FingerShape shape, OrientationModel orientation, PeriodMap periods, SplittableRandom random) {
        int coarseHeight = height / SCALE;
        int[] active = activePixels(coarse, coarseHeight, shape, SCALE);
        int[] kernels = kernels(coarse, active, orientation, periods, SCALE);
        float[] pattern = seeds(coarse.width() * coarseHeight, active, random);
        pattern = iterate(coarse, active, kernels, pattern, iterations);
        float[] full = upsample(pattern, coarse.width(), coarseHeight, fine.width(), height);
        if (refinements > 0) {
            int[] fineActive = activePixels(fine, height, shape, 1);
            full = iterate(fine, fineActive, kernels(fine, fineActive, orientation, periods, 1), full, refinements);
        }
        return full;
    }

    private static float[] iterate(GaborBank bank, int[] active, int[] kernels, float[] start, int passes) {
        float[] current = start;
        float[] next = current.clone();
        for (int pass = 0; pass < passes; pass++) {
            filter(bank, active, kernels, current, next);
            float[] swap = current;
            current = next;
            next = swap;
        }
        return current;
    }

    private static void filter(GaborBank bank, int[] active, int[] kernels, float[] in, float[] out) {
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

    private static int[] kernels(
            GaborBank bank, int[] active, OrientationModel orientation, PeriodMap periods, int scale) {
        int[] kernels = new int[active.length];
        for (int i = 0; i < active.length; i++) {
            double x = (active[i] % bank.width()) * scale;
            double y = (active[i] / bank.width()) * scale;
            kernels[i] = GaborBank.index(orientation.angle(x, y), periods.at(x, y));
        }
        return kernels;
    }

    private float[] seeds(int size, int[] active, SplittableRandom random) {
        float[] image = new float[size];
        double probability = SCALE * SCALE / (seedSpacing * seedSpacing);
        for (int p : active) {
            if (random.nextDouble() < probability) {
                image[p] = random.nextBoolean() ? 1 : -1;
            }
        }
        return image;
    }

    /** Bilinear upsampling from the coarse grid (pixel centres aligned) to the full canvas. */
    private static float[] upsample(float[] small, int smallWidth, int smallHeight, int width, int height) {
        float[] large = new float[width * height];
        for (int y = 0; y < height; y++) {
            float sy = Math.min(smallHeight - 1.001f, Math.max(0, (y + 0.5f) / SCALE - 0.5f));
            int iy = (int) sy;
            float fy = sy - iy;
            for (int x = 0; x < width; x++) {
                float sx = Math.min(smallWidth - 1.001f, Math.max(0, (x + 0.5f) / SCALE - 0.5f));
                int ix = (int) sx;
                float fx = sx - ix;
                int i = iy * smallWidth + ix;
                float top = small[i] + (small[i + 1] - small[i]) * fx;
                float bottom = small[i + smallWidth] + (small[i + smallWidth + 1] - small[i + smallWidth]) * fx;
                large[y * width + x] = top + (bottom - top) * fy;
            }
        }
        return large;
    }

    /** Pixels inside the finger plus a margin, away from the border by the kernel radius. */
    private static int[] activePixels(GaborBank bank, int height, FingerShape shape, int scale) {
        int width = bank.width();
        int r = bank.radius();
        int[] buffer = new int[width * height];
        int count = 0;
        for (int y = r; y < height - r; y++) {
            for (int x = r; x < width - r; x++) {
                if (shape.inside(x * scale, y * scale) > -0.08) {
                    buffer[count++] = y * width + x;
                }
            }
        }
        return Arrays.copyOf(buffer, count);
    }
}
