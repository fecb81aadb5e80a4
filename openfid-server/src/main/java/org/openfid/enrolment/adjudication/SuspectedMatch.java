package org.openfid.enrolment.adjudication;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.IdentityId;
import org.openfid.identity.Rid;

/**
 * An earlier record a case may duplicate.
 *
 * @param referenceId the ABIS reference id of the record (for a demographic match, the RID)
 * @param rid the earlier registration, when the record came from an enrolment
 * @param identity the identity that registration produced, if it was processed
 * @param score the fused matcher score
 * @param scores the score of each compared finger (by MOSIP subtype name, for example {@code Left
 *     IndexFinger}), empty for a demographic match
 */
public record SuspectedMatch(
        String referenceId,
        @Nullable Rid rid,
        @Nullable IdentityId identity,
        double score,
        Map<String, Double> scores) {

    public SuspectedMatch {
        scores = Map.copyOf(scores);
    }
}
