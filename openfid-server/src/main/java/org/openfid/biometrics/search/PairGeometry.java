package org.openfid.biometrics.search;

import java.util.Arrays;

/**
 * The rotation- and translation-invariant geometry of minutia pairs, quantised into index keys.
 *
 * <p>Each minutia is paired with its {@code neighbours} nearest minutiae. A directed pair i&rarr;j
 * is described by its length and by the directions of both minutiae relative to the segment i&rarr;j;
 * none of the three changes when the finger is shifted or turned on the sensor. Length bins are
 * {@value #DISTANCE_BIN} px wide (at 500 dpi) and angle bins 360/{@value #ANGLE_BINS} degrees; a
 * probe pair also looks up the neighbouring bin on the nearer side of each dimension (8 keys), so a
 * value within half a bin of the gallery's value always meets it. Each posting also keeps the
 * segment's absolute angle (256 steps): a true mate's pairs all agree on one rotation between probe
 * and gallery, an impostor's do not, which is what the votes count.
 */
final class PairGeometry {

    static final int DISTANCE_BIN = 7;
    static final int DISTANCE_BINS = 46;
    static final int ANGLE_BINS = 24;
    static final int KEYS = DISTANCE_BINS * ANGLE_BINS * ANGLE_BINS;
    private static final double TWO_PI = 2 * Math.PI;
    private static final double MIN_DISTANCE_SQUARED = 6 * 6;

    private PairGeometry() {}

    /**
     * The gallery side: one key and one absolute segment angle per unordered pair, packed as
     * {@code key << 8 | angle}.
     */
    static int[] galleryPairs(TemplateMinutiae minutiae, int neighbours) {
        int[][] pairs = pairs(minutiae, neighbours);
        int[] packed = new int[pairs.length];
        for (int p = 0; p < pairs.length; p++) {
            double[] f = features(minutiae, pairs[p][0], pairs[p][1]);
            packed[p] = key((int) f[0], (int) f[1], (int) f[2]) << 8 | angleByte(f[3]);
        }
        return packed;
    }

    /**
     * The probe side: for each unordered pair in both directions, 8 keys (bin and nearer neighbour
     * per dimension) followed by the absolute segment angle; 9 ints per directed pair.
     */
    static int[] probePairs(TemplateMinutiae minutiae, int neighbours) {
        int[][] pairs = pairs(minutiae, neighbours);
        int[] out = new int[pairs.length * 2 * 9];
        int at = 0;
        for (int[] pair : pairs) {
            for (int direction = 0; direction < 2; direction++) {
                double[] f =
                        direction == 0 ? features(minutiae, pair[0], pair[1]) : features(minutiae, pair[1], pair[0]);
                at = softKeys(f, out, at);
            }
        }
        return out;
    }

    private static int softKeys(double[] f, int[] out, int at) {
        int d = (int) f[0];
        int a1 = (int) f[1];
        int a2 = (int) f[2];
        int d2 = Math.clamp(f[0] - d < 0.5 ? d - 1 : d + 1, 0, DISTANCE_BINS - 1);
        int b1 = Math.floorMod(f[1] - a1 < 0.5 ? a1 - 1 : a1 + 1, ANGLE_BINS);
        int b2 = Math.floorMod(f[2] - a2 < 0.5 ? a2 - 1 : a2 + 1, ANGLE_BINS);
        // at the first and last length bin there is no neighbour: -1 keys are skipped by the votes
        int[] ds = {d, d2 == d ? -1 : d2};
        int[] as1 = {a1, b1};
        int[] as2 = {a2, b2};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 2; k++) {
                    out[at++] = ds[i] < 0 ? -1 : key(ds[i], as1[j], as2[k]);
                }
            }
        }
        out[at++] = angleByte(f[3]);
        return at;
    }

    private static int key(int distanceBin, int angle1, int angle2) {
        return (distanceBin * ANGLE_BINS + angle1) * ANGLE_BINS + angle2;
    }

    private static int angleByte(double radians) {
        return (int) Math.floor(radians / TWO_PI * 256) & 0xFF;
    }

    /** Length (in bins), both relative directions (in bins) and the segment angle (radians). */
    private static double[] features(TemplateMinutiae m, int i, int j) {
        double dx = m.x()[j] - m.x()[i];
        double dy = m.y()[j] - m.y()[i];
        double segment = wrap(Math.atan2(dy, dx));
        double distance = Math.min(Math.sqrt(dx * dx + dy * dy) / DISTANCE_BIN, DISTANCE_BINS - 0.001);
        double a1 = wrap(m.directions()[i] - segment) / TWO_PI * ANGLE_BINS;
        double a2 = wrap(m.directions()[j] - segment) / TWO_PI * ANGLE_BINS;
        return new double[] {distance, Math.min(a1, ANGLE_BINS - 0.001), Math.min(a2, ANGLE_BINS - 0.001), segment};
    }

    private static double wrap(double radians) {
        double r = radians % TWO_PI;
        return r < 0 ? r + TWO_PI : r;
    }

    /** Each minutia with its nearest neighbours, as unordered pairs (lower index first), no repeats. */
    static int[][] pairs(TemplateMinutiae m, int neighbours) {
        int n = m.count();
        long[] seen = new long[(n * n + 63) / 64];
        int[][] out = new int[n * neighbours][];
        int count = 0;
        int[] nearest = new int[neighbours];
        double[] nearestDistance = new double[neighbours];
        for (int i = 0; i < n; i++) {
            int filled = nearestOf(m, i, nearest, nearestDistance);
            for (int r = 0; r < filled; r++) {
                int lo = Math.min(i, nearest[r]);
                int hi = Math.max(i, nearest[r]);
                int bit = lo * n + hi;
                if ((seen[bit >>> 6] & 1L << bit) == 0) {
                    seen[bit >>> 6] |= 1L << bit;
                    out[count++] = new int[] {lo, hi};
                }
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Fills the nearest minutiae of minutia i (closest first); returns how many were found. */
    private static int nearestOf(TemplateMinutiae m, int i, int[] nearest, double[] nearestDistance) {
        int k = nearest.length;
        int filled = 0;
        for (int j = 0; j < m.count(); j++) {
            // squared distances: Math.hypot is far slower and the order is the same
            double dx = m.x()[j] - m.x()[i];
            double dy = m.y()[j] - m.y()[i];
            double d = dx * dx + dy * dy;
            if (j == i || d < MIN_DISTANCE_SQUARED || (filled == k && d >= nearestDistance[k - 1])) {
                continue;
            }
            int at = filled < k ? filled++ : k - 1;
            while (at > 0 && nearestDistance[at - 1] > d) {
                nearest[at] = nearest[at - 1];
                nearestDistance[at] = nearestDistance[at - 1];
                at--;
            }
            nearest[at] = j;
            nearestDistance[at] = d;
        }
        return filled;
    }
}
