package org.openfid.authentication.flow;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.authentication.IdaError;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the platform answers to one request, before it is written and signed.
 *
 * @param transactionId the partner's transaction id, echoed ({@code null} if unreadable)
 * @param success whether the person was authenticated (or the OTP sent)
 * @param token the partner-specific token, on success
 * @param errors MOSIP's errors, on failure
 * @param payload the kind-specific part of {@code response} (e-KYC identity, masked contacts)
 */
public record IdaAnswer(
        @Nullable String transactionId,
        boolean success,
        @Nullable String token,
        List<IdaError> errors,
        @Nullable ObjectNode payload) {

    static IdaAnswer refused(@Nullable String transactionId, List<IdaError> errors) {
        return new IdaAnswer(transactionId, false, null, errors, null);
    }
}
