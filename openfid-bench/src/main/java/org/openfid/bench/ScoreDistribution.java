package org.openfid.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Genuine and impostor match scores of one experiment and the error rates they imply: percentiles,
 * a logarithmic histogram, FMR and FNMR at a threshold, and the equal error rate (where the two
 * curves cross, found by sweeping every observed score as a threshold).
 */
final class ScoreDistribution {

    private static final double[] PERCENTILES = {0, 1, 5, 25, 50, 75, 95, 99, 99.9, 100};
    private static final double[] BINS = {0, 5, 10, 20, 30, 40, 60, 100, 200, 400, 800};

    private final double[] genuine;
    private final double[] impostor;

    ScoreDistribution(double[] genuine, double[] impostor) {
        this.genuine = genuine.clone();
        this.impostor = impostor.clone();
        Arrays.sort(this.genuine);
        Arrays.sort(this.impostor);
    }

    /** Share of impostor scores at or above the threshold (false matches). */
    double falseMatchRate(double threshold) {
        return (impostor.length - lowerBound(impostor, threshold)) / (double) impostor.length;
    }

    /** Share of genuine scores below the threshold (false non-matches). */
    double falseNonMatchRate(double threshold) {
        return lowerBound(genuine, threshold) / (double) genuine.length;
    }

    /** The equal error rate and the threshold where it occurs, as {rate, threshold}. */
    double[] equalErrorRate() {
        double bestGap = Double.MAX_VALUE;
        double[] best = {0, 0};
        double[] candidates = new double[genuine.length + impostor.length];
        System.arraycopy(genuine, 0, candidates, 0, genuine.length);
        System.arraycopy(impostor, 0, candidates, genuine.length, impostor.length);
        for (double threshold : candidates) {
            double fmr = falseMatchRate(threshold);
            double fnmr = falseNonMatchRate(threshold);
            if (Math.abs(fmr - fnmr) < bestGap) {
                bestGap = Math.abs(fmr - fnmr);
                best = new double[] {(fmr + fnmr) / 2, threshold};
            }
        }
        return best;
    }

    /** The report: percentiles, histogram, error rates at the threshold, EER. */
    String report(String title, double threshold) {
        StringBuilder out = new StringBuilder();
        out.append(title).append('\n');
        out.append(String.format(Locale.ROOT, "  %-10s %9s %9s%n", "percentile", "genuine", "impostor"));
        for (double p : PERCENTILES) {
            out.append(String.format(
                    Locale.ROOT, "  %-10s %9.1f %9.1f%n", label(p), percentile(genuine, p), percentile(impostor, p)));
        }
        out.append(String.format(Locale.ROOT, "  %-10s %9s %9s%n", "score bin", "genuine", "impostor"));
        for (int i = 0; i < BINS.length; i++) {
            double from = BINS[i];
            double to = i + 1 < BINS.length ? BINS[i + 1] : Double.POSITIVE_INFINITY;
            out.append(String.format(
                    Locale.ROOT,
                    "  %-10s %9d %9d%n",
                    i + 1 < BINS.length ? (int) from + "-" + (int) to : ">=" + (int) from,
                    count(genuine, from, to),
                    count(impostor, from, to)));
        }
        long falseMatches = impostor.length - lowerBound(impostor, threshold);
        long falseNonMatches = lowerBound(genuine, threshold);
        double[] eer = equalErrorRate();
        out.append(String.format(
                Locale.ROOT,
                "  at threshold %.0f: FMR %.4f %% (%d of %d impostor pairs), FNMR %.4f %% (%d of %d genuine pairs)%n",
                threshold,
                100 * falseMatchRate(threshold),
                falseMatches,
                impostor.length,
                100 * falseNonMatchRate(threshold),
                falseNonMatches,
                genuine.length));
        out.append(String.format(Locale.ROOT, "  EER %.4f %% at threshold %.1f%n", 100 * eer[0], eer[1]));
        return out.toString();
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.round(p / 100 * (sorted.length - 1));
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String label(double p) {
        return p == 0 ? "min" : p == 100 ? "max" : (p == Math.rint(p) ? "p" + (int) p : "p" + p);
    }

    private static long count(double[] sorted, double from, double to) {
        return lowerBound(sorted, to) - lowerBound(sorted, from);
    }

    /** The number of values below {@code value} in a sorted array. */
    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
