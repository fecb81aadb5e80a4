package org.openfid.relyingparty;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an OTP request.
 *
 * @param sent whether an OTP was sent
 * @param maskedMobile where it went by SMS, masked
 * @param maskedEmail where it went by e-mail, masked
 * @param transactionId the transaction id to authenticate with (the OTP is bound to it)
 * @param errorCodes MOSIP's error codes
 * @param response the verified answer
 */
public record OtpResult(
        boolean sent,
        @Nullable String maskedMobile,
        @Nullable String maskedEmail,
        String transactionId,
        List<String> errorCodes,
        IdaResponse response) {}
