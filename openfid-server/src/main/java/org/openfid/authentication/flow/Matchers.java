package org.openfid.authentication.flow;

import java.util.List;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.bio.Capture;
import org.openfid.authentication.bio.FingerProbes;
import org.openfid.authentication.bio.FingerVerifier;
import org.openfid.authentication.demo.DemographicMatcher;
import org.openfid.authentication.otp.OtpDesk;
import org.springframework.stereotype.Component;

/**
 * The matchers of each authentication type: demographic (MOSIP's strategies and normalisation), OTP
 * (the person's pending one-time password), biometric (1:1 per finger through the biometric SDK, the
 * captured fingers' templates extracted beforehand).
 */
@Component
public class Matchers {

    private final DemographicMatcher demographic;
    private final OtpDesk otps;
    private final FingerVerifier fingers;

    Matchers(OtpDesk otps, FingerVerifier fingers, org.openfid.authentication.AuthenticationProperties properties) {
        this.otps = otps;
        this.fingers = fingers;
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

    /**
     * Extracts the templates of the request's fingers: CPU-heavy, so called before the request's
     * transaction takes a database connection.
     */
    public FingerProbes fingerProbes(List<Capture> captures) {
        return fingers.prepare(captures);
    }

    /** Matches the request's fingers against the person's enrolled ones (1:1 per finger). */
    public List<IdaError> biometric(Individual person, FingerProbes probes) {
        return fingers.verify(person.uin(), person.enrolment(), probes);
    }
}
