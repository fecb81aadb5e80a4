package org.openfid.authentication;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the authentication module ({@code openfid.authentication.*}).
 *
 * @param requestTimeAllowed how long after its {@code requestTime} a request is still accepted
 *     (MOSIP's {@code authrequest.received-time-allowed.seconds})
 * @param clockSkew how far a partner's clock may run ahead of ours (MOSIP's
 *     {@code authrequest.received-time-adjustment.seconds})
 * @param maxRequestBytes the largest request body read; larger ones are refused unread
 * @param otp one-time passwords
 * @param demo demographic matching: strategy of names and full addresses ({@code EXACT}, {@code
 *     PARTIAL}, {@code PHONETICS}) and the score partial and phonetic matches need
 * @param bio biometric authentication
 * @param child which factors children may not use
 */
@ConfigurationProperties("openfid.authentication")
public record AuthenticationProperties(
        @DefaultValue("PT30S") Duration requestTimeAllowed,
        @DefaultValue("PT30S") Duration clockSkew,
        @DefaultValue("2097152") int maxRequestBytes,
        @DefaultValue Otp otp,
        @DefaultValue Demo demo,
        @DefaultValue Bio bio,
        @DefaultValue Child child) {

    /**
     * MOSIP's child authentication rule ({@code ida.child-auth-filter.*}, MOSIP's defaults).
     *
     * @param maxAge a person younger than this many years is a child
     * @param deniedFactors the factors children may not authenticate with ({@code otp}, {@code demo},
     *     {@code bio})
     */
    public record Child(
            @DefaultValue("5") int maxAge,
            @DefaultValue({"otp", "bio"}) List<String> deniedFactors) {}

    /**
     * Biometric authentication rules (MOSIP IDA's limits and time checks).
     *
     * @param segmentTimeDifference how far apart two captures (and their digital ids) of one request
     *     may be ({@code authrequest.biometrics.allowed-segment-time-difference-in-seconds})
     * @param captureAge how long before the request time a capture may have been taken
     * @param maxFingers fingers per request
     * @param templateCacheSize how many persons' enrolled finger templates are kept in memory, so that
     *     a person's next authentication matches without re-extracting them from the stored images; 0
     *     turns the cache off
     * @param templateCacheExpiry how long a person's templates stay cached after they were first
     *     extracted, however often they are used
     */
    public record Bio(
            @DefaultValue("PT120S") Duration segmentTimeDifference,
            @DefaultValue("PT180S") Duration captureAge,
            @DefaultValue("10") int maxFingers,
            @DefaultValue("10000") int templateCacheSize,
            @DefaultValue("PT30M") Duration templateCacheExpiry) {

        public Bio {
            if (templateCacheSize < 0) {
                throw new IllegalArgumentException(
                        "openfid.authentication.bio.template-cache-size must be 0 (off) or more");
            }
            if (templateCacheExpiry.isNegative() || templateCacheExpiry.isZero()) {
                throw new IllegalArgumentException("openfid.authentication.bio.template-cache-expiry must be positive");
            }
        }
    }

    /**
     * Demographic matching settings (MOSIP allows a choice for names and full addresses only).
     *
     * @param name strategy for names
     * @param fullAddress strategy for full addresses
     * @param threshold score (1-100) for partial and phonetic matches
     */
    public record Demo(
            @DefaultValue("EXACT") String name,
            @DefaultValue("EXACT") String fullAddress,
            @DefaultValue("60") int threshold) {}

    /**
     * One-time password rules (MOSIP's otpmanager and IDA defaults).
     *
     * @param length digits
     * @param validity how long an OTP may be used
     * @param maxAttempts wrong OTPs before the person's OTP validation is frozen
     * @param frozenFor how long it stays frozen
     * @param maxRequests OTP requests allowed per person within {@code requestWindow}
     * @param requestWindow the flooding window
     */
    public record Otp(
            @DefaultValue("6") int length,
            @DefaultValue("PT3M") Duration validity,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("PT30M") Duration frozenFor,
            @DefaultValue("5") int maxRequests,
            @DefaultValue("PT10M") Duration requestWindow) {}
}
