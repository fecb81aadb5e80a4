package org.openfid.relyingparty;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of an e-KYC request.
 *
 * @param authenticated MOSIP's {@code kycStatus}
 * @param token the partner-specific token for the person
 * @param identity the attributes returned, decrypted with the partner's key
 * @param errorCodes MOSIP's error codes
 * @param response the verified answer
 */
public record KycResult(
        boolean authenticated,
        @Nullable String token,
        @Nullable ObjectNode identity,
        List<String> errorCodes,
        IdaResponse response) {}
