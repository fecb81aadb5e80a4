package org.openfid.enrolment.adjudication;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.IdentityId;
import org.openfid.identity.Rid;

/**
 * An earlier registration a case may duplicate.
 *
 * @param rid the earlier registration
 * @param identity the identity that registration produced, if it was processed
 * @param score the fused matcher score
 * @param scores the score of each compared finger (by MOSIP subtype name, for example {@code Left
 *     IndexFinger}), empty for a demographic match
 */
public record SuspectedMatch(Rid rid, @Nullable IdentityId identity, double score, Map<String, Double> scores) {

    public SuspectedMatch {
        scores = Map.copyOf(scores);
    }
}
