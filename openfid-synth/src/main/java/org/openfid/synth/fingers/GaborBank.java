package org.openfid.synth.fingers;

/**
 * Precomputed oriented band-pass (Gabor) kernels for one canvas width, quantised by ridge direction
 * and period, stored sparse as pixel offsets and weights so the synthesis loop is a plain dot
 * product. Immutable once built; one bank serves every master finger of a generator.
 */
final class GaborBank {

    static final int ANGLES = 36;
    static final double MIN_PERIOD = 6.5;
    static final double PERIOD_STEP = 0.5;
    static final int PERIODS = 15;
    /** Kernel radius at full resolution. */
    static final int RADIUS = 6;

    private static final double SIGMA_ALONG = 4.2;
    private static final double SIGMA_ACROSS = 3.0;

    private final int width;
    private final double scale;
    private final int radius;
    private final int[][] offsets = new int[ANGLES * PERIODS][];
    private final float[][] weights = new float[ANGLES * PERIODS][];

    /**
     * A bank for images {@code width} pixels wide sampled {@code scale} times coarser than 500 ppi
     * (periods and kernel sizes shrink by that factor; indexes stay in full-resolution periods).
     */
    GaborBank(int width, int scale) {
        this.width = width;
        this.scale = scale;
        this.radius = (int) Math.ceil(RADIUS / (double) scale);
        for (int a = 0; a < ANGLES; a++) {
            for (int p = 0; p < PERIODS; p++) {
                build(a, p);
            }
        }
    }

    int width() {
        return width;
    }

    /** Kernel radius in this bank's pixels: active pixels keep at least this far from the border. */
    int radius() {
        return radius;
    }

    /** The kernel index for a ridge direction (radians, any range) and period (pixels). */
    static int index(double angle, double period) {
        double turns = angle / Math.PI;
        int a = (int) Math.floor((turns - Math.floor(turns)) * ANGLES + 0.5) % ANGLES;
        int p = (int) Math.round((period - MIN_PERIOD) / PERIOD_STEP);
        return a * PERIODS + Math.max(0, Math.min(PERIODS - 1, p));
    }

    int[] offsets(int kernel) {
        return offsets[kernel];
    }

    float[] weights(int kernel) {
        return weights[kernel];
    }

    private void build(int a, int p) {
        double theta = Math.PI * a / ANGLES;
        double period = (MIN_PERIOD + p * PERIOD_STEP) / scale;
        double along2 = 2 * SIGMA_ALONG * SIGMA_ALONG / (scale * scale);
        double across2 = 2 * SIGMA_ACROSS * SIGMA_ACROSS / (scale * scale);
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        int side = 2 * radius + 1;
        double[] raw = new double[side * side];
        double[] envelope = new double[side * side];
        double envelopeSum = 0;
        double waveSum = 0;
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                double along = dx * cos + dy * sin;
                double across = -dx * sin + dy * cos;
                double g = Math.exp(-along * along / along2 - across * across / across2);
                int i = (dy + radius) * side + dx + radius;
                envelope[i] = g;
                raw[i] = g * Math.cos(2 * Math.PI * across / period);
                envelopeSum += g;
                waveSum += raw[i];
            }
        }
        store(a * PERIODS + p, raw, envelope, waveSum / envelopeSum, sin, cos, period);
    }

    /** Removes the mean (flat areas give 0), scales to gain 1 on an ideal ridge pattern, drops tiny taps. */
    private void store(
            int kernel, double[] raw, double[] envelope, double mean, double sin, double cos, double period) {
        int side = 2 * radius + 1;
        double response = 0;
        for (int i = 0; i < raw.length; i++) {
            raw[i] -= mean * envelope[i];
            int dx = i % side - radius;
            int dy = i / side - radius;
            response += raw[i] * Math.cos(2 * Math.PI * (-dx * sin + dy * cos) / period);
        }
        double max = 0;
        for (double value : raw) {
            max = Math.max(max, Math.abs(value / response));
        }
        int count = 0;
        for (double value : raw) {
            count += Math.abs(value / response) >= max * 0.02 ? 1 : 0;
        }
        int[] kernelOffsets = new int[count];
        float[] kernelWeights = new float[count];
        int j = 0;
        for (int i = 0; i < raw.length; i++) {
            double w = raw[i] / response;
            if (Math.abs(w) >= max * 0.02) {
                kernelOffsets[j] = (i / side - radius) * width + (i % side - radius);
                kernelWeights[j++] = (float) w;
            }
        }
        offsets[kernel] = kernelOffsets;
        weights[kernel] = kernelWeights;
    }
}
