package org.openfid.biometrics.search;

import org.openfid.spi.abis.AbisException;
import org.openfid.spi.abis.AbisFailure;

/** Checks the limits of a search request before any work starts. */
final class SearchLimits {

    private SearchLimits() {}

    static void check(int maxResults, double threshold) {
        if (maxResults < 1) {
            throw new AbisException(AbisFailure.INVALID_REQUEST_STRUCTURE, "maxResults must be at least 1");
        }
        if (Double.isNaN(threshold) || threshold < 0) {
            throw new AbisException(AbisFailure.INVALID_REQUEST_STRUCTURE, "threshold must be a score >= 0");
        }
    }
}
