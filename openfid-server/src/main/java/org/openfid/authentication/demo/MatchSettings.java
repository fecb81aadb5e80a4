package org.openfid.authentication.demo;

/**
 * How names and full addresses are matched (every other attribute is matched exactly, as MOSIP
 * allows only {@code E} for them), and the score partial and phonetic matches need.
 *
 * @param name strategy for {@code name}
 * @param fullAddress strategy for {@code fullAddress}
 * @param threshold the score (0-100) a partial or phonetic match needs (MOSIP's {@code ida.default.match.value})
 */
public record MatchSettings(Strategy name, Strategy fullAddress, int threshold) {

    /** MOSIP's defaults: exact everywhere. */
    public static final MatchSettings DEFAULT = new MatchSettings(Strategy.EXACT, Strategy.EXACT, 60);

    public MatchSettings {
        if (threshold < 1 || threshold > 100) {
            throw new IllegalArgumentException("threshold must be 1-100");
        }
    }
}
