package org.openfid.biosdk;

import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * The per-block measurements behind {@link FingerprintQuality}: grey-level statistics and the
 * structure tensor of the Sobel gradients, summed per block once so that every later step (windows of
 * 3x3 blocks) costs a few additions.
 */
final class BlockFeatures {

    /** Averages over the foreground blocks, and the area of the blocks with usable ridges. */
    record Summary(
            int foregroundBlocks,
            long usablePixels,
            double meanCoherence,
            double meanClarity,
            double meanContrast,
            double ridgeShare,
            double meanLocalQuality) {}

    private final GrayscaleImage image;
    private final int size;
    private final int columns;
    private final int rows;
    private final double[] mean;
    private final double[] deviation;
    private final double[] gxx;
    private final double[] gyy;
    private final double[] gxy;

    BlockFeatures(GrayscaleImage image, int size) {
        this.image = image;
        this.size = size;
        this.columns = Math.max(1, image.width() / size);
        this.rows = Math.max(1, image.height() / size);
        int count = columns * rows;
        this.mean = new double[count];
        this.deviation = new double[count];
        this.gxx = new double[count];
        this.gyy = new double[count];
        this.gxy = new double[count];
        measure();
    }

    private void measure() {
        int width = image.width();
        int height = image.height();
        double[] sum = new double[mean.length];
        double[] squares = new double[mean.length];
        int[] pixels = new int[mean.length];
        for (int y = 0; y < Math.min(height, rows * size); y++) {
            int row = y / size;
            for (int x = 0; x < Math.min(width, columns * size); x++) {
                int block = row * columns + x / size;
                int value = image.at(x, y);
                sum[block] += value;
                squares[block] += (double) value * value;
                pixels[block]++;
                if (x > 0 && y > 0 && x < width - 1 && y < height - 1) {
                    int dx = image.at(x + 1, y - 1)
                            + 2 * image.at(x + 1, y)
                            + image.at(x + 1, y + 1)
                            - image.at(x - 1, y - 1)
                            - 2 * image.at(x - 1, y)
                            - image.at(x - 1, y + 1);
                    int dy = image.at(x - 1, y + 1)
                            + 2 * image.at(x, y + 1)
                            + image.at(x + 1, y + 1)
                            - image.at(x - 1, y - 1)
                            - 2 * image.at(x, y - 1)
                            - image.at(x + 1, y - 1);
                    gxx[block] += (double) dx * dx;
                    gyy[block] += (double) dy * dy;
                    gxy[block] += (double) dx * dy;
                }
            }
        }
        for (int block = 0; block < mean.length; block++) {
            int n = Math.max(1, pixels[block]);
            mean[block] = sum[block] / n;
            deviation[block] = Math.sqrt(Math.max(0, squares[block] / n - mean[block] * mean[block]));
        }
    }

    /** Scores every foreground block and averages; {@code period} is the plausible ridge period. */
    Summary summarize(double[] period) {
        int foreground = 0;
        int ridges = 0;
        int usable = 0;
        double coherenceSum = 0;
        double claritySum = 0;
        double contrastSum = 0;
        double localSum = 0;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int block = row * columns + column;
                if (deviation[block] < FingerprintQuality.foregroundStddev()) {
                    continue;
                }
                foreground++;
                double[] tensor = windowTensor(row, column);
                double coherence = coherence(tensor);
                double normal = 0.5 * Math.atan2(2 * tensor[2], tensor[0] - tensor[1]);
                double[] profile = new RidgeProfile(image, centre(column), centre(row), size, normal).measure();
                double clarity = profile[0];
                boolean ridge = profile[1] >= period[0] && profile[1] <= period[1];
                double contrast = Math.min(1.0, deviation[block] / FingerprintQuality.contrastSaturation());
                coherenceSum += coherence;
                claritySum += clarity;
                contrastSum += contrast;
                if (ridge) {
                    ridges++;
                    double local = coherence * clarity * contrast;
                    localSum += local;
                    if (local >= FingerprintQuality.usableLocalQuality()) {
                        usable++;
                    }
                }
            }
        }
        if (foreground == 0) {
            return new Summary(0, 0, 0, 0, 0, 0, 0);
        }
        return new Summary(
                foreground,
                (long) usable * size * size,
                coherenceSum / foreground,
                claritySum / foreground,
                contrastSum / foreground,
                (double) ridges / foreground,
                localSum / foreground);
    }

    private int centre(int index) {
        return index * size + size / 2;
    }

    private double[] windowTensor(int row, int column) {
        double[] tensor = new double[3];
        for (int r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
            for (int c = Math.max(0, column - 1); c <= Math.min(columns - 1, column + 1); c++) {
                int block = r * columns + c;
                tensor[0] += gxx[block];
                tensor[1] += gyy[block];
                tensor[2] += gxy[block];
            }
        }
        return tensor;
    }

    private static double coherence(double[] tensor) {
        double energy = tensor[0] + tensor[1];
        if (energy <= 0) {
            return 0;
        }
        double difference = tensor[0] - tensor[1];
        return Math.sqrt(difference * difference + 4 * tensor[2] * tensor[2]) / energy;
    }
}
