package org.openfid.authentication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One authentication request as the person's history shows it (MOSIP's {@code auth_transaction}).
 *
 * @param id record id
 * @param kind AUTH, KYC, OTP, INTERNAL_AUTH or INTERNAL_OTP
 * @param partnerId who asked ({@code internal} for the platform's own modules)
 * @param transactionId the partner's transaction id
 * @param requestTime when the partner made the request
 * @param responseTime when the platform answered
 * @param idType UIN or VID
 * @param authTypes the types used, for example {@code demo}, {@code otp}, {@code bio-Finger}
 * @param success whether the person was authenticated
 * @param errorCodes MOSIP's codes of every reason for a refusal (empty on success)
 */
public record AuthTransaction(
        UUID id,
        String kind,
        String partnerId,
        String transactionId,
        Instant requestTime,
        Instant responseTime,
        String idType,
        List<String> authTypes,
        boolean success,
        List<String> errorCodes) {}
