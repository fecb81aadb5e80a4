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

    /** Integer sums per block (exact, so the results equal summing in doubles). */
    private static final class Sums {
        final long[] sum;
        final long[] squares;
        final long[] xx;
        final long[] yy;
        final long[] xy;
        final int[] pixels;

        Sums(int count) {
            sum = new long[count];
            squares = new long[count];
            xx = new long[count];
            yy = new long[count];
            xy = new long[count];
            pixels = new int[count];
        }
    }

    /**
     * One pass over the pixels straight from the pixel array, block by block along each row (no
     * division or array update per pixel): this runs for every finger the quality stage scores.
     */
    private void measure() {
        int count = mean.length;
        var sums = new Sums(count);
        int[] dx = new int[image.width()];
        int[] dy = new int[image.width()];
        for (int y = 0; y < Math.min(image.height(), rows * size); y++) {
            addRow(y, sums, dx, dy);
        }
        for (int block = 0; block < count; block++) {
            int n = Math.max(1, sums.pixels[block]);
            mean[block] = (double) sums.sum[block] / n;
            deviation[block] = Math.sqrt(Math.max(0, (double) sums.squares[block] / n - mean[block] * mean[block]));
            gxx[block] = sums.xx[block];
            gyy[block] = sums.yy[block];
            gxy[block] = sums.xy[block];
        }
    }

    private void addRow(int y, Sums sums, int[] dx, int[] dy) {
        byte[] p = image.pixels();
        int width = image.width();
        int lastX = Math.min(width, columns * size);
        int line = y * width;
        boolean inner = y > 0 && y < image.height() - 1;
        if (inner) {
            gradients(p, line, width, dx, dy);
        }
        for (int column = 0; column < columns; column++) {
            int block = (y / size) * columns + column;
            int from = column * size;
            int to = Math.min(lastX, from + size);
            // ints are exact here: a block row holds at most a few dozen pixels of at most 1020^2
            int sum = 0;
            int squares = 0;
            long xx = 0;
            long yy = 0;
            long xy = 0;
            for (int x = from; x < to; x++) {
                int value = p[line + x] & 0xff;
                sum += value;
                squares += value * value;
            }
            if (inner) {
                for (int x = Math.max(1, from); x < Math.min(width - 1, to); x++) {
                    xx += dx[x] * dx[x];
                    yy += dy[x] * dy[x];
                    xy += dx[x] * dy[x];
                }
            }
            sums.sum[block] += sum;
            sums.squares[block] += squares;
            sums.pixels[block] += Math.max(0, to - from);
            sums.xx[block] += xx;
            sums.yy[block] += yy;
            sums.xy[block] += xy;
        }
    }

    /**
     * The Sobel gradients of one inner row, whole row at a time (a loop the compiler can vectorise);
     * {@code dx[x]} and {@code dy[x]} for {@code 0 < x < width - 1}.
     */
    private static void gradients(byte[] p, int line, int width, int[] dx, int[] dy) {
        int up = line - width;
        int down = line + width;
        for (int x = 1; x < width - 1; x++) {
            int upLeft = p[up + x - 1] & 0xff;
            int upRight = p[up + x + 1] & 0xff;
            int downLeft = p[down + x - 1] & 0xff;
            int downRight = p[down + x + 1] & 0xff;
            dx[x] = upRight
                    + 2 * (p[line + x + 1] & 0xff)
                    + downRight
                    - upLeft
                    - 2 * (p[line + x - 1] & 0xff)
                    - downLeft;
            dy[x] = downLeft + 2 * (p[down + x] & 0xff) + downRight - upLeft - 2 * (p[up + x] & 0xff) - upRight;
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
