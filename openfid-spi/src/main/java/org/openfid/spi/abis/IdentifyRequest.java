package org.openfid.spi.abis;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Options of an identification (MOSIP's {@code flags} and {@code gallery}).
 *
 * @param gallery the reference ids to search among, or null for the whole gallery
 * @param maxResults at most this many candidates are returned (MOSIP's default is 30)
 * @param targetFpir the wanted false positive identification rate as MOSIP writes it: round(-10 *
 *     log10(FPIR)), so 30 means about 1 in 1,000; null for the ABIS's configured threshold
 * @since 0.4
 */
public record IdentifyRequest(
        @Nullable Set<ReferenceId> gallery,
        int maxResults,
        @Nullable Integer targetFpir) {

    public IdentifyRequest {
        if (maxResults < 1) {
            throw new AbisException(AbisFailure.INVALID_REQUEST_STRUCTURE, "maxResults must be at least 1");
        }
        gallery = gallery == null ? null : Set.copyOf(gallery);
    }

    /** Search the whole gallery with MOSIP's defaults (30 results, the configured threshold). */
    public static IdentifyRequest wholeGallery() {
        return new IdentifyRequest(null, 30, null);
    }

    /** The subset to search, if one was given. */
    public Optional<Set<ReferenceId>> subset() {
        return Optional.ofNullable(gallery);
    }
}
