package org.openfid.authentication.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.openfid.authentication.AuthenticationProperties;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.flow.Authenticator;
import org.openfid.authentication.flow.IdaAnswer;
import org.openfid.authentication.flow.OtpRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * MOSIP IDA's internal endpoints, for the platform's own modules (authenticated by their accounts,
 * requests encrypted to the IDA internal key). The body is read as bytes and never beyond {@code
 * maxRequestBytes}; every outcome is an IDA response with MOSIP's error codes, signed. The partner
 * endpoints are {@link PartnerEndpoints}.
 */
@RestController
@RequestMapping("/idauthentication/v1")
class IdaController {

    private final Authenticator authenticator;
    private final OtpRequests otps;
    private final IdaResponses responses;
    private final AuthenticationProperties properties;

    IdaController(
            Authenticator authenticator,
            OtpRequests otps,
            IdaResponses responses,
            AuthenticationProperties properties) {
        this.authenticator = authenticator;
        this.otps = otps;
        this.responses = responses;
        this.properties = properties;
    }

    /** Authentication for the platform's own modules (registration processor, resident services). */
    @PostMapping("/internal/auth")
    ResponseEntity<byte[]> internalAuth(HttpServletRequest request) throws IOException {
        return answer(
                "mosip.identity.auth.internal",
                request,
                body -> responses.auth(
                        "mosip.identity.auth.internal",
                        authenticator.authenticate(Authenticator.Call.internal("INTERNAL_AUTH", body))));
    }

    /** OTP requests of the platform's own modules, ahead of an internal authentication with the OTP. */
    @PostMapping("/internal/otp")
    ResponseEntity<byte[]> internalOtp(HttpServletRequest request) throws IOException {
        return answer(
                "mosip.identity.otp.internal",
                request,
                body -> responses.otp(
                        "mosip.identity.otp.internal",
                        otps.request(Authenticator.Call.internal("INTERNAL_OTP", body))));
    }

    /** Reads the body within the size limit and answers with {@code handler}, or refuses it unread. */
    private ResponseEntity<byte[]> answer(
            String id, HttpServletRequest request, java.util.function.Function<byte[], ResponseEntity<byte[]>> handler)
            throws IOException {
        byte[] body = RequestBodies.read(request, properties.maxRequestBytes());
        return body == null ? oversized(id) : handler.apply(body);
    }

    private ResponseEntity<byte[]> oversized(String id) {
        return responses.write(
                id,
                new IdaAnswer(null, false, null, java.util.List.of(IdaError.invalid("request size")), null),
                null,
                HttpStatus.PAYLOAD_TOO_LARGE);
    }
}
