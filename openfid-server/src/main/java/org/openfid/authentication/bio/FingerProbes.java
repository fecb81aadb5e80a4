package org.openfid.authentication.bio;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.authentication.IdaError;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricTemplate;

/**
 * The captured fingers of a request as templates, extracted by {@link FingerVerifier#prepare} before
 * the request's database transaction starts, so that the transaction only compares. A finger whose
 * template could not be extracted keeps the error it will be answered with; that error is reported
 * only where matching would have extracted it (after the person, the child rule and the locks were
 * checked, and only if that finger is enrolled), as MOSIP orders its checks. {@link #toString()}
 * shows no biometric data.
 */
public final class FingerProbes {

    private static final FingerProbes NONE = new FingerProbes(List.of());

    private final List<Probe> probes;

    FingerProbes(List<Probe> probes) {
        this.probes = List.copyOf(probes);
    }

    /** No fingers: a request without biometrics. */
    public static FingerProbes none() {
        return NONE;
    }

    public boolean isEmpty() {
        return probes.isEmpty();
    }

    List<Probe> probes() {
        return probes;
    }

    @Override
    public String toString() {
        return "FingerProbes[" + probes.size() + "]";
    }

    /**
     * One captured finger: its template, or why there is none.
     *
     * @param subtype the finger the device named ({@code UNKNOWN} when it could not tell)
     * @param template the extracted template, null when extraction failed
     * @param failure the error extraction ended in, null when it succeeded
     */
    record Probe(
            BiometricSubtype subtype,
            @Nullable BiometricTemplate template,
            @Nullable IdaError failure) {

        static Probe extracted(BiometricSubtype subtype, BiometricTemplate template) {
            return new Probe(subtype, template, null);
        }

        static Probe failed(BiometricSubtype subtype, IdaError failure) {
            return new Probe(subtype, null, failure);
        }

        @Override
        public String toString() {
            return "Probe[" + subtype + (failure == null ? "" : ", " + failure.errorCode()) + "]";
        }
    }
}
