package org.openfid.authentication.flow;

import java.util.List;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.demo.DemographicMatcher;
import org.openfid.authentication.otp.OtpDesk;
import org.springframework.stereotype.Component;

/**
 * The matchers of each authentication type: demographic (MOSIP's strategies and normalisation), OTP
 * (the person's pending one-time password), biometric.
 */
@Component
public class Matchers {

    private final DemographicMatcher demographic;
    private final OtpDesk otps;

    Matchers(OtpDesk otps, org.openfid.authentication.AuthenticationProperties properties) {
        this.otps = otps;
        var demo = properties.demo();
        this.demographic = new DemographicMatcher(new org.openfid.authentication.demo.MatchSettings(
                strategy(demo.name()), strategy(demo.fullAddress()), demo.threshold()));
    }

    private static org.openfid.authentication.demo.Strategy strategy(String value) {
        return org.openfid.authentication.demo.Strategy.of(value)
                .orElseThrow(() -> new IllegalArgumentException(
                        "openfid.authentication.demo strategies are EXACT, PARTIAL or PHONETICS, not " + value));
    }

    public DemographicMatcher demographic() {
        return demographic;
    }

    /** Checks the request's OTP against the one sent for this person, partner and transaction. */
    public List<IdaError> otp(Individual person, OpenedRequest request, String partnerId) {
        String otp = request.innerText("otp");
        return otps.validate(
                person.hash(),
                partnerId,
                request.transactionId(),
                request.individual().type().name(),
                otp == null ? "" : otp);
    }

    /** Biometric authentication is not offered yet: refused as an unsupported type, never guessed. */
    public List<IdaError> biometric(Individual person, OpenedRequest request) {
        return List.of(new IdaError(
                "IDA-MLC-011",
                "Unsupported Authentication Type - bio",
                "Please use other Authentication Types in the request"));
    }
}
