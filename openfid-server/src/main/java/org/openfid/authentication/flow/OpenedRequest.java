package org.openfid.authentication.flow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.IndividualId;
import tools.jackson.databind.JsonNode;

/**
 * A partner request whose signature, timestamp and encryption checked out.
 *
 * @param kind AUTH, KYC or OTP
 * @param outer the plain JSON body
 * @param inner the decrypted {@code request} (an empty object for OTP requests, which carry none)
 * @param transactionId the partner's transaction id
 * @param requestTime the partner's request time
 * @param individual the person addressed
 */
public record OpenedRequest(
        String kind,
        JsonNode outer,
        JsonNode inner,
        String transactionId,
        Instant requestTime,
        IndividualId individual) {

    /** A text field of the decrypted request, if present. */
    public @Nullable String innerText(String field) {
        JsonNode value = inner.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
