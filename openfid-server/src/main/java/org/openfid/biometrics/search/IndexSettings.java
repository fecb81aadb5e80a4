package org.openfid.biometrics.search;

/**
 * The knobs of {@link IndexedGallery}'s first stage. The defaults keep every planted duplicate of the
 * benchmark (ADR 0010) while verifying well under 1 % of a large gallery.
 *
 * @param neighbours how many nearest minutiae each minutia is paired with (more pairs: better recall,
 *     more memory and slower votes)
 * @param candidates SourceAFIS verifies at least this many of the best-voted records
 * @param candidateShare ... and at least this share of the records searched, divided by the number of
 *     probe fingers that vote
 * @param minProbeMinutiae a probe finger with fewer minutiae does not vote; a probe with no finger
 *     that votes is searched by brute force rather than risk missing someone
 * @param exhaustiveBelow searches covering fewer records than this skip the index and score every
 *     record (the index only pays off on larger galleries)
 */
public record IndexSettings(
        int neighbours, int candidates, double candidateShare, int minProbeMinutiae, int exhaustiveBelow) {

    /**
     * Six neighbours; at least 50 records or 0.1 % of the gallery (divided by the voting fingers)
     * verified: single-finger mates ranked at worst 17th of 100,000 fingers in the benchmark's
     * diagnostic run, ten-finger mates first; 8 minutiae to vote; the index from 1,000 records on.
     */
    public static final IndexSettings DEFAULT = new IndexSettings(6, 50, 0.001, 8, 1_000);

    public IndexSettings {
        if (neighbours < 2 || neighbours > 16) {
            throw new IllegalArgumentException("neighbours must be 2-16");
        }
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be at least 1");
        }
        if (!(candidateShare >= 0 && candidateShare <= 1)) {
            throw new IllegalArgumentException("candidateShare must be 0-1");
        }
        if (minProbeMinutiae < 2) {
            throw new IllegalArgumentException("minProbeMinutiae must be at least 2");
        }
        if (exhaustiveBelow < 0) {
            throw new IllegalArgumentException("exhaustiveBelow must be >= 0");
        }
    }

    /**
     * How many records SourceAFIS verifies for a search covering {@code searched} records with
     * {@code votingFingers} probe fingers voting. The share is divided by the voting fingers: each
     * finger's votes are independent evidence, so a multi-finger mate stands out far more clearly
     * (ten-finger mates ranked first in every benchmark run) and verifying as many records as for a
     * single finger would spend SourceAFIS comparisons for nothing.
     */
    int verified(long searched, int votingFingers) {
        double share = candidateShare * searched / Math.max(votingFingers, 1);
        return (int) Math.min(Integer.MAX_VALUE, Math.max(candidates, (long) Math.ceil(share)));
    }
}
