package org.openfid.spi.biometrics;

/**
 * The result of comparing two templates.
 *
 * @param score the SDK's similarity score (for SourceAFIS 0 upwards; 40 means a false match rate of
 *     about 0.01 %)
 * @param matched whether the score reaches the SDK's configured decision threshold
 * @since 0.4
 */
public record MatchScore(double score, boolean matched) {}
