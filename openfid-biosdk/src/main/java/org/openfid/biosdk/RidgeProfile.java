package org.openfid.biosdk;

import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * The ridge-valley profile of a square window across the ridges: pixels are binned by their
 * distance along the ridge normal, so each bin averages along one ridge or valley. How much of the
 * window's variance the profile explains is its clarity; its zero crossings give the ridge period.
 */
final class RidgeProfile {

    private static final int MIN_BIN_PIXELS = 3;

    private final GrayscaleImage image;
    private final int centreX;
    private final int centreY;
    private final int half;
    private final double cos;
    private final double sin;

    RidgeProfile(GrayscaleImage image, int centreX, int centreY, int blockSize, double normal) {
        this.image = image;
        this.centreX = centreX;
        this.centreY = centreY;
        this.half = blockSize;
        this.cos = Math.cos(normal);
        this.sin = Math.sin(normal);
    }

    /**
     * {@code [clarity 0-1, ridge period in pixels (infinite when no crossing)]}. The projection's
     * terms along x are computed once per window (the same products as per pixel, so the same bins),
     * and the sums are integers: it runs for every foreground block of every scored finger. A row's
     * bins are computed first, as {@code floor(v + 0.5)} (one instruction, where {@code Math.round}
     * is a dozen), so that the binning loop is only loads and adds.
     */
    double[] measure() {
        int bins = 2 * (int) Math.ceil(half * Math.sqrt(2)) + 3;
        int offset = bins / 2;
        long[] sums = new long[bins];
        int[] counts = new int[bins];
        long total = 0;
        long squares = 0;
        int firstX = Math.max(0, centreX - half);
        int endX = Math.min(image.width(), centreX + half);
        double[] along = new double[Math.max(0, endX - firstX)];
        for (int x = firstX; x < endX; x++) {
            along[x - firstX] = (x - centreX) * cos;
        }
        byte[] pixels = image.pixels();
        int[] bin = new int[along.length];
        for (int y = Math.max(0, centreY - half); y < Math.min(image.height(), centreY + half); y++) {
            double across = offset + (y - centreY) * sin;
            int line = y * image.width() + firstX;
            for (int i = 0; i < along.length; i++) {
                bin[i] = (int) Math.floor(along[i] + across + 0.5);
            }
            for (int i = 0; i < along.length; i++) {
                int value = pixels[line + i] & 0xff;
                sums[bin[i]] += value;
                counts[bin[i]]++;
                total += value;
                squares += value * value;
            }
        }
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        if (n == 0) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        double mean = (double) total / n;
        double variance = squares - n * mean * mean;
        if (variance <= 0) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        return new double[] {explained(sums, counts, mean) / variance, period(sums, counts, mean)};
    }

    private static double explained(long[] sums, int[] counts, double mean) {
        double explained = 0;
        for (int bin = 0; bin < sums.length; bin++) {
            if (counts[bin] >= MIN_BIN_PIXELS) {
                double deviation = (double) sums[bin] / counts[bin] - mean;
                explained += counts[bin] * deviation * deviation;
            }
        }
        return explained;
    }

    private static double period(long[] sums, int[] counts, double mean) {
        int first = -1;
        int last = -1;
        int crossings = 0;
        int previousSign = 0;
        for (int bin = 0; bin < sums.length; bin++) {
            if (counts[bin] < MIN_BIN_PIXELS) {
                continue;
            }
            int sign = (double) sums[bin] / counts[bin] >= mean ? 1 : -1;
            if (previousSign != 0 && sign != previousSign) {
                crossings++;
                if (first < 0) {
                    first = bin;
                }
                last = bin;
            }
            previousSign = sign;
        }
        if (crossings < 2) {
            return Double.POSITIVE_INFINITY;
        }
        return 2.0 * (last - first) / (crossings - 1);
    }
}
