package org.openfid.biometrics.search;

/**
 * How the per-finger SourceAFIS scores of one record combine into the record's fused score.
 *
 * <p>SourceAFIS scores behave like log-likelihood ratios (a score of 40 stands for a false match rate
 * of about 0.01 %, each further 10 points for roughly ten times rarer), so the fused score is their
 * SUM: under independence that multiplies the fingers' likelihood ratios. Summing raw scores would
 * let ten unrelated fingers of 5-15 points each add up to a "match", so only fingers scoring at least
 * {@code fingerFloor} count, and a record needs at least {@code minFingers} of them (fewer when the
 * probe has fewer fingers). The measured genuine and impostor distributions behind the defaults are
 * in ADR 0010.
 *
 * @param fingerFloor the score a finger must reach to add to the fused score
 * @param minFingers how many fingers must reach {@code fingerFloor} (capped at the probe's count)
 */
public record FusionRule(double fingerFloor, int minFingers) {

    /**
     * A finger counts from 40 points (SourceAFIS's usual decision threshold, a false match rate near
     * 0.01 %), and two counting fingers are needed whenever two or more were compared: a ten-finger
     * impostor then needs two independent false matches, while a true duplicate is only missed if
     * nine of its ten fingers fail. A single-finger probe needs its one finger.
     */
    public static final FusionRule DEFAULT = new FusionRule(40, 2);

    public FusionRule {
        if (!(fingerFloor >= 0) || Double.isInfinite(fingerFloor)) {
            throw new IllegalArgumentException("fingerFloor must be a finite score >= 0");
        }
        if (minFingers < 1 || minFingers > 10) {
            throw new IllegalArgumentException("minFingers must be 1-10");
        }
    }

    /**
     * The fused score of one record, or a negative number when too few fingers reach the floor.
     *
     * @param bestScores the best score of each probe finger against the record (NaN when the record
     *     has no finger to compare with it)
     */
    public double fuse(double[] bestScores) {
        double sum = 0;
        int counted = 0;
        int compared = 0;
        for (double score : bestScores) {
            if (Double.isNaN(score)) {
                continue;
            }
            compared++;
            if (score >= fingerFloor) {
                sum += score;
                counted++;
            }
        }
        return counted >= Math.min(minFingers, Math.max(compared, 1)) && counted > 0 ? sum : -1;
    }
}
