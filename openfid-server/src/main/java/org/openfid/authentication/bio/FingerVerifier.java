package org.openfid.authentication.bio;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.authentication.AuthenticationProperties;
import org.openfid.authentication.IdaError;
import org.openfid.identity.Identities;
import org.openfid.identity.IdentityDocument;
import org.openfid.identity.IdentityRecord;
import org.openfid.identity.IndividualId;
import org.openfid.identity.ReadScope;
import org.openfid.identity.Uin;
import org.openfid.spi.biometrics.BiometricFormatException;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSdk;
import org.openfid.spi.biometrics.BiometricSdkException;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricTemplate;
import org.openfid.spi.biometrics.BiometricType;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.spi.biometrics.cbeff.CbeffXml;
import org.springframework.stereotype.Component;

/**
 * 1:1 finger verification against the person's enrolled fingers (the {@code individualBiometrics}
 * CBEFF of the registry), through the platform's biometric SDK and its threshold. A named finger is
 * compared with the same enrolled finger only; a finger the device could not name ({@code UNKNOWN})
 * with each enrolled finger. Every captured finger must match: one finger that does not is a
 * mismatch, because accepting the best of several would let an impostor's extra fingers ride on a
 * single lucky score.
 *
 * <p>The expensive part, extracting templates, is kept out of the request's database transaction:
 * the captured fingers are extracted by {@link #prepare} before it starts, and the enrolled ones come
 * from {@link EnrolledTemplates} once a request extracted them for that enrolment (ADR 0028).
 */
@Component
public class FingerVerifier {

    /** The ID schema field that holds the biometrics MOSIP authenticates against. */
    static final String BIOMETRICS_FIELD = "individualBiometrics";

    private final Identities identities;
    private final BiometricSdk sdk;
    private final EnrolledTemplates templates;

    FingerVerifier(Identities identities, BiometricSdk sdk, AuthenticationProperties properties) {
        this.identities = identities;
        this.sdk = sdk;
        this.templates = new EnrolledTemplates(
                properties.bio().templateCacheSize(), properties.bio().templateCacheExpiry());
    }

    /**
     * Extracts the templates of the captured fingers; call before the request's transaction. Never
     * fails for a bad capture: its error is kept for {@link #verify} to report in MOSIP's order.
     */
    public FingerProbes prepare(List<Capture> captures) {
        if (captures.isEmpty()) {
            return FingerProbes.none();
        }
        List<FingerProbes.Probe> probes = new ArrayList<>(captures.size());
        for (Capture capture : captures) {
            try {
                probes.add(FingerProbes.Probe.extracted(capture.subtype(), sdk.extractTemplate(capture.sample())));
            } catch (BiometricFormatException | BiometricSdkException e) {
                probes.add(FingerProbes.Probe.failed(capture.subtype(), error(e)));
            }
        }
        return new FingerProbes(probes);
    }

    /**
     * The errors of matching the probes against this enrolment of the person with this UIN; empty when
     * all match. Call inside the request's transaction, with the version the person was resolved at.
     */
    public List<IdaError> verify(Uin uin, Enrolment enrolment, FingerProbes probes) {
        Enrolled enrolled = templates
                .find(enrolment)
                .map(fingers -> new Enrolled(uin, enrolment, fingers, null))
                .orElseGet(() -> load(uin));
        try {
            return compare(enrolled, probes);
        } catch (Superseded superseded) {
            return compare(superseded.current, probes);
        }
    }

    /**
     * Each probe in the request's order: a finger not enrolled (IDA-BIA-006) before its own extraction
     * failure, as when extraction happened here; the first finger that fails decides.
     */
    private List<IdaError> compare(Enrolled enrolled, FingerProbes probes) {
        try {
            for (FingerProbes.Probe probe : probes.probes()) {
                List<Integer> candidates = enrolled.fingers.candidates(probe.subtype());
                if (candidates.isEmpty()) {
                    return List.of(
                            IdaError.biometricNotInDatabase(probe.subtype().cbeffName()));
                }
                if (probe.template() == null) {
                    return List.of(java.util.Objects.requireNonNull(probe.failure()));
                }
                if (!matches(probe.template(), enrolled, candidates)) {
                    return List.of(IdaError.biometricMismatch(BiometricType.FINGER.cbeffName()));
                }
            }
            return List.of();
        } catch (BiometricFormatException | BiometricSdkException e) {
            return List.of(error(e));
        }
    }

    private boolean matches(BiometricTemplate probe, Enrolled enrolled, List<Integer> candidates) {
        for (int position : candidates) {
            if (sdk.match(probe, enrolled.template(position)).matched()) {
                return true;
            }
        }
        return false;
    }

    /** A bad sample is invalid biometric data (IDA-BIA-011); an SDK that cannot work is IDA-BIA-017. */
    private static IdaError error(RuntimeException e) {
        if (e instanceof BiometricSdkException sdkFailure
                && sdkFailure.reason() != BiometricSdkException.Reason.INVALID_INPUT
                && sdkFailure.reason() != BiometricSdkException.Reason.POOR_DATA_QUALITY) {
            return IdaError.biometricMatchUnavailable();
        }
        return IdaError.invalidBiometric();
    }

    /** Reads the person's current enrolment and registers it in the cache (without templates yet). */
    private Enrolled load(Uin uin) {
        IdentityRecord record = identities.read(IndividualId.of(uin), ReadScope.BIO);
        List<BiometricSample> samples = enrolledFingers(record);
        Enrolment enrolment = Enrolment.of(record);
        List<BiometricSubtype> fingers =
                samples.stream().map(BiometricSample::subtype).toList();
        return new Enrolled(uin, enrolment, templates.remember(enrolment, fingers), samples);
    }

    /** The finger samples of the person's biometrics, in CBEFF order; none when it has no biometrics. */
    private static List<BiometricSample> enrolledFingers(IdentityRecord record) {
        List<BiometricSample> samples = new ArrayList<>();
        for (IdentityDocument document : record.documents()) {
            if (document.category().equals(BIOMETRICS_FIELD)) {
                try {
                    for (Bir bir : CbeffXml.read(document.content()).birs()) {
                        bir.sample()
                                .filter(sample -> sample.type() == BiometricType.FINGER)
                                .ifPresent(samples::add);
                    }
                } catch (BiometricFormatException | IllegalArgumentException e) {
                    // an unreadable enrolment counts as no biometrics: BIA-006, never a guess
                }
            }
        }
        return samples;
    }

    /**
     * One request's view of an enrolment: the cached fingers, and the finger samples once read (only
     * when a template is not cached yet; they are never kept beyond the request).
     */
    private final class Enrolled {

        private final Uin uin;
        private final Enrolment enrolment;
        private final EnrolledTemplates.Fingers fingers;
        private @Nullable List<BiometricSample> samples;

        Enrolled(
                Uin uin,
                Enrolment enrolment,
                EnrolledTemplates.Fingers fingers,
                @Nullable List<BiometricSample> samples) {
            this.uin = uin;
            this.enrolment = enrolment;
            this.fingers = fingers;
            this.samples = samples;
        }

        BiometricTemplate template(int position) {
            BiometricTemplate template = fingers.template(position);
            if (template == null) {
                template = sdk.extractTemplate(sample(position));
                fingers.remember(position, template);
            }
            return template;
        }

        /**
         * The enrolled sample at this position, read from the registry on first need. If the record
         * moved to a new version since the person was resolved, the positions may no longer hold, so
         * matching starts over against the version read.
         */
        private BiometricSample sample(int position) {
            if (samples == null) {
                Enrolled current = load(uin);
                if (!current.enrolment.equals(enrolment)) {
                    throw new Superseded(current);
                }
                samples = current.samples;
            }
            return java.util.Objects.requireNonNull(samples).get(position);
        }
    }

    /** The enrolment changed while a request compared against it: compare against the current one. */
    private static final class Superseded extends RuntimeException {

        private final transient Enrolled current;

        Superseded(Enrolled current) {
            super(null, null, false, false);
            this.current = current;
        }
    }
}
