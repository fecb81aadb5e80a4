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

    /** {@code [clarity 0-1, ridge period in pixels (infinite when no crossing)]}. */
    double[] measure() {
        int bins = 2 * (int) Math.ceil(half * Math.sqrt(2)) + 3;
        int offset = bins / 2;
        double[] sums = new double[bins];
        int[] counts = new int[bins];
        double total = 0;
        double squares = 0;
        int n = 0;
        for (int y = Math.max(0, centreY - half); y < Math.min(image.height(), centreY + half); y++) {
            for (int x = Math.max(0, centreX - half); x < Math.min(image.width(), centreX + half); x++) {
                int value = image.at(x, y);
                int bin = offset + (int) Math.round((x - centreX) * cos + (y - centreY) * sin);
                sums[bin] += value;
                counts[bin]++;
                total += value;
                squares += (double) value * value;
                n++;
            }
        }
        if (n == 0) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        double mean = total / n;
        double variance = squares - n * mean * mean;
        if (variance <= 0) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        return new double[] {explained(sums, counts, mean) / variance, period(sums, counts, mean)};
    }

    private static double explained(double[] sums, int[] counts, double mean) {
        double explained = 0;
        for (int bin = 0; bin < sums.length; bin++) {
            if (counts[bin] >= MIN_BIN_PIXELS) {
                double deviation = sums[bin] / counts[bin] - mean;
                explained += counts[bin] * deviation * deviation;
            }
        }
        return explained;
    }

    private static double period(double[] sums, int[] counts, double mean) {
        int first = -1;
        int last = -1;
        int crossings = 0;
        int previousSign = 0;
        for (int bin = 0; bin < sums.length; bin++) {
            if (counts[bin] < MIN_BIN_PIXELS) {
                continue;
            }
            int sign = sums[bin] / counts[bin] >= mean ? 1 : -1;
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
