package org.openfid.authentication.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.openfid.authentication.AuthenticationProperties;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.flow.Authenticator;
import org.openfid.authentication.flow.IdaAnswer;
import org.openfid.authentication.flow.OtpRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * MOSIP IDA's partner endpoints at MOSIP's paths. The body is read as bytes (the signature covers
 * exactly those bytes) and never beyond {@code maxRequestBytes}; every outcome, including malformed
 * and oversized requests, is an IDA response with MOSIP's error codes, signed.
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

    @PostMapping("/auth/{licenceKey}/{partnerId}/{apiKey}")
    ResponseEntity<byte[]> auth(
            @PathVariable String licenceKey,
            @PathVariable String partnerId,
            @PathVariable String apiKey,
            @RequestHeader(name = "signature", required = false) @Nullable String signature,
            HttpServletRequest request)
            throws IOException {
        return answer(
                "mosip.identity.auth",
                request,
                body -> responses.auth(
                        "mosip.identity.auth",
                        authenticator.authenticate(
                                new Authenticator.Call("AUTH", licenceKey, partnerId, apiKey, signature, body))));
    }

    @PostMapping("/kyc/{licenceKey}/{partnerId}/{apiKey}")
    ResponseEntity<byte[]> kyc(
            @PathVariable String licenceKey,
            @PathVariable String partnerId,
            @PathVariable String apiKey,
            @RequestHeader(name = "signature", required = false) @Nullable String signature,
            HttpServletRequest request)
            throws IOException {
        return answer(
                "mosip.identity.kyc",
                request,
                body -> responses.kyc(authenticator.authenticate(
                        new Authenticator.Call("KYC", licenceKey, partnerId, apiKey, signature, body))));
    }

    @PostMapping("/otp/{licenceKey}/{partnerId}/{apiKey}")
    ResponseEntity<byte[]> otp(
            @PathVariable String licenceKey,
            @PathVariable String partnerId,
            @PathVariable String apiKey,
            @RequestHeader(name = "signature", required = false) @Nullable String signature,
            HttpServletRequest request)
            throws IOException {
        return answer(
                "mosip.identity.otp",
                request,
                body -> responses.otp(
                        otps.request(new Authenticator.Call("OTP", licenceKey, partnerId, apiKey, signature, body))));
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

    @PostMapping({
        "/auth",
        "/auth/{a}",
        "/auth/{a}/{b}",
        "/kyc",
        "/kyc/{a}",
        "/kyc/{a}/{b}",
        "/otp",
        "/otp/{a}",
        "/otp/{a}/{b}"
    })
    ResponseEntity<byte[]> incompletePath(HttpServletRequest request) {
        String kind = request.getRequestURI().contains("/kyc")
                ? "kyc"
                : request.getRequestURI().contains("/otp") ? "otp" : "auth";
        return responses.write(
                "mosip.identity." + kind,
                new IdaAnswer(null, false, null, java.util.List.of(IdaError.pathParametersMissing()), null),
                null,
                HttpStatus.OK);
    }

    /** Reads the body within the size limit and answers with {@code handler}, or refuses it unread. */
    private ResponseEntity<byte[]> answer(
            String id, HttpServletRequest request, java.util.function.Function<byte[], ResponseEntity<byte[]>> handler)
            throws IOException {
        byte[] body = body(request);
        return body == null ? oversized(id) : handler.apply(body);
    }

    /** The body, or {@code null} when it is larger than allowed (it is then not read further). */
    private byte @Nullable [] body(HttpServletRequest request) throws IOException {
        int max = properties.maxRequestBytes();
        if (request.getContentLengthLong() > max) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            return body.length > max ? null : body;
        }
    }

    private ResponseEntity<byte[]> oversized(String id) {
        return responses.write(
                id,
                new IdaAnswer(null, false, null, java.util.List.of(IdaError.invalid("request size")), null),
                null,
                HttpStatus.PAYLOAD_TOO_LARGE);
    }
}
