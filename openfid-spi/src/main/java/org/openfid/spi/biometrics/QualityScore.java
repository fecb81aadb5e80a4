package org.openfid.spi.biometrics;

import java.util.Map;

/**
 * How usable a sample is, on MOSIP's 0-100 scale (higher is better).
 *
 * @param score 0-100
 * @param analytics algorithm-specific figures behind the score (for example area, contrast,
 *     orientation coherence), for display and tuning; never biometric data
 * @since 0.4
 */
public record QualityScore(int score, Map<String, String> analytics) {

    public QualityScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("A quality score is between 0 and 100, got " + score);
        }
        analytics = Map.copyOf(analytics);
    }
}
