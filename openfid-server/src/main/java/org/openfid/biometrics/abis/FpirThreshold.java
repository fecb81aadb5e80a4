package org.openfid.biometrics.abis;

import org.jspecify.annotations.Nullable;

/**
 * Turns MOSIP's {@code targetFPIR} into the fused score a candidate must reach.
 *
 * <p>MOSIP writes the wanted false positive identification rate as {@code T = round(-10 log10
 * FPIR)} (30 means 1 in 1,000 searches returns a wrong candidate). A SourceAFIS score {@code s}
 * stands for a false match rate of about {@code 10^(-s/10)} per comparison (40 is 0.01 %). A search
 * over {@code N} records makes about {@code N} chances of a false match, so {@code FPIR ≈ N * FMR},
 * which gives the threshold {@code s = T + 10 log10(N)}: 30 over 1,000 records needs 60, over
 * 100,000 records 80. The fused score sums the fingers that reach the finger floor and behaves the
 * same way (a log-likelihood ratio), so the rule applies to it. The result is never below the
 * configured fused threshold: a caller may ask for fewer false positives, not for more than the
 * operator allows.
 */
final class FpirThreshold {

    private FpirThreshold() {}

    /**
     * @param targetFpir MOSIP's {@code targetFPIR}, or null for the configured threshold
     * @param searched how many records the search covers
     * @param configured the configured fused threshold
     */
    static double of(@Nullable Integer targetFpir, long searched, double configured) {
        if (targetFpir == null) {
            return configured;
        }
        double mapped = targetFpir + 10 * Math.log10(Math.max(1, searched));
        return Math.max(configured, mapped);
    }
}
