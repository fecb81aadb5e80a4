package org.openfid.enrolment.stages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openfid.enrolment.EnrolmentProperties;
import org.openfid.enrolment.correction.CorrectionRequest;
import org.openfid.enrolment.correction.CorrectionRequests;
import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.packet.BiometricException;
import org.openfid.packet.BiometricField;
import org.openfid.packet.RegistrationPacket;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSdk;
import org.openfid.spi.biometrics.BiometricSdkException;
import org.openfid.spi.biometrics.BiometricType;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.springframework.stereotype.Component;

/**
 * MOSIP's quality classifier, for fingers: every captured finger of the applicant's biometrics is
 * scored by the platform's {@link BiometricSdk} (an image measure, no template extraction; about a
 * millisecond or two of CPU per finger, see ADR 0015) and compared with {@code
 * openfid.enrolment.minimum-finger-quality}. A finger below it pauses the case and requests a
 * biometric correction ({@code RPR-QCK-FAILED-001}; MOSIP's pause-and-request-additional-info with
 * {@code BIOMETRIC_CORRECTION}), recorded in {@link CorrectionRequests} so that the correction packet
 * finds the case. When the case is resumed and the request was answered, the stage passes with {@code
 * RPR-QCK-SUCCESS-002}; resumed without an answer, it pauses again on the same request.
 *
 * <p>Not a quality failure: fingers declared missing in the packet's exceptions (or BIRs marked
 * {@code EXCEPTION}), which have nothing to score. Irises and faces are not scored (the SDK has no
 * algorithm for them and never pretends). A finger record the SDK cannot read is rejected ({@code
 * RPR-QCK-FAILED-002}). Officer and supervisor biometrics are not the applicant's and are not scored.
 */
@Component
class QualityClassification implements Stage {

    static final String NAME = "QUALITY_CLASSIFICATION";
    static final String PASSED = "RPR-QCK-SUCCESS-001";
    static final String CORRECTED = "RPR-QCK-SUCCESS-002";
    static final String NO_FINGERS = "RPR-QCK-SKIPPED-001";
    static final String LOW_QUALITY = "RPR-QCK-FAILED-001";
    static final String UNREADABLE = "RPR-QCK-FAILED-002";
    static final String APPLICANT_BIOMETRICS = "individualBiometrics";

    private final BiometricSdk sdk;
    private final EnrolmentProperties properties;
    private final CorrectionRequests corrections;
    private final Clock clock;

    QualityClassification(
            BiometricSdk sdk, EnrolmentProperties properties, CorrectionRequests corrections, Clock clock) {
        this.sdk = sdk;
        this.properties = properties;
        this.corrections = corrections;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        Optional<CorrectionRequest> earlier = corrections.ofCase(file.caseId());
        if (earlier.isPresent() && earlier.get().answered()) {
            return StageOutcome.passed(CORRECTED);
        }
        List<Bir> fingers = fingers(file.packet());
        if (fingers.isEmpty()) {
            return StageOutcome.passed(NO_FINGERS);
        }
        List<String> poor = new ArrayList<>();
        for (Bir finger : fingers) {
            Optional<BiometricSample> sample = finger.sample();
            if (sample.isEmpty()) {
                return StageOutcome.rejected(UNREADABLE, "A finger record is not in a standard finger format");
            }
            int score;
            try {
                score = sdk.checkQuality(sample.get()).score();
            } catch (BiometricSdkException e) {
                return StageOutcome.rejected(UNREADABLE, "A finger record cannot be read by the biometric SDK");
            }
            if (score < properties.minimumFingerQuality()) {
                poor.add(sample.get().subtype().attribute());
            }
        }
        if (poor.isEmpty()) {
            return StageOutcome.passed(PASSED);
        }
        corrections.requestBiometrics(file.caseId(), file.rid(), LOW_QUALITY, clock.instant());
        return StageOutcome.needsReview(
                LOW_QUALITY,
                "Finger quality below the configured level (" + String.join(", ", poor)
                        + "); biometric correction requested");
    }

    /** The applicant's captured fingers, without those declared as exceptions. */
    static List<Bir> fingers(RegistrationPacket packet) {
        Set<String> excepted =
                packet.exceptions().stream().map(BiometricException::attribute).collect(Collectors.toSet());
        return packet.biometrics().stream()
                .filter(field -> field.field().equals(APPLICANT_BIOMETRICS))
                .map(BiometricField::cbeff)
                .flatMap(cbeff -> cbeff.birs().stream())
                .filter(bir -> bir.bdbInfo().type().biometricType().orElse(null) == BiometricType.FINGER)
                .filter(bir -> bir.bdbInfo().subtype() == null
                        || !excepted.contains(bir.bdbInfo().subtype().attribute()))
                .filter(bir -> !"true".equalsIgnoreCase(bir.others().getOrDefault("EXCEPTION", "false")))
                .toList();
    }
}
