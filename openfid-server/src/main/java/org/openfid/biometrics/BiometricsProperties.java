package org.openfid.biometrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the biometrics module ({@code openfid.biometrics.*}). Scores are SourceAFIS scores,
 * which behave like {@code -10 log10(false match rate)}: 40 is about 1 in 10,000 per comparison.
 *
 * @param matchThreshold the SDK's 1:1 decision threshold (BioSDK {@code match}), per finger
 * @param fusedThreshold the fused score (sum over a record's matching fingers) a gallery record must
 *     reach to be a duplicate candidate when the request names no {@code targetFPIR}
 * @param maxResults candidates returned when a request does not say (MOSIP's default is 30)
 * @param fusion how per-finger scores are fused
 * @param gallery the in-memory gallery
 */
@ConfigurationProperties("openfid.biometrics")
public record BiometricsProperties(
        @DefaultValue("40") double matchThreshold,
        @DefaultValue("40") double fusedThreshold,
        @DefaultValue("30") int maxResults,
        @DefaultValue Fusion fusion,
        @DefaultValue Gallery gallery) {

    public BiometricsProperties {
        if (!(matchThreshold > 0) || !(fusedThreshold > 0)) {
            throw new IllegalArgumentException("openfid.biometrics thresholds must be positive");
        }
        if (maxResults < 1) {
            throw new IllegalArgumentException("openfid.biometrics.max-results must be at least 1");
        }
    }

    /**
     * The fusion rule; the defaults are the search's {@code FusionRule.DEFAULT} (ADR 0010): a finger
     * counts from 40 points and two counting fingers are needed when two or more were compared.
     *
     * @param fingerFloor the score a finger must reach to add to a record's fused score (ten unrelated
     *     fingers of 5-15 points each must not add up to a match)
     * @param minFingers how many fingers must reach the floor (capped at the probe's finger count)
     */
    public record Fusion(
            @DefaultValue("40") double fingerFloor,
            @DefaultValue("2") int minFingers) {}

    /**
     * @param indexed whether the indexed gallery (pre-filter, then SourceAFIS) is used; false uses
     *     brute force (every finger compared)
     * @param residentTemplates how many deserialized SourceAFIS templates the gallery may keep in
     *     memory (about 16 KB each), capped at a quarter of the heap; the rest are deserialized per
     *     search from their compact form
     */
    public record Gallery(
            @DefaultValue("true") boolean indexed,
            @DefaultValue("200000") long residentTemplates) {}
}
