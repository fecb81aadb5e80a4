package org.openfid.enrolment.stages;

import java.util.List;
import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.spi.abis.Abis;
import org.openfid.spi.abis.AbisException;
import org.openfid.spi.biometrics.BiometricSample;
import org.springframework.stereotype.Component;

/**
 * Adds the applicant's fingers to the ABIS gallery under the case's reference id (templates are
 * extracted and stored sealed by the ABIS, in this stage's transaction; the in-memory gallery sees
 * them after commit, which is why identification is the next stage). Inserting the same samples
 * again is a no-op, so a re-run is harmless. Unusable samples reject the packet.
 */
@Component
class BiometricInsert implements Stage {

    static final String NAME = "BIOMETRIC_INSERT";
    static final String INSERTED = "RPR-BDP-SUCCESS-003";
    static final String NO_BIOMETRICS = "RPR-BDP-SKIPPED-001";
    static final String UNUSABLE = "RPR-BDP-FAILED-002";

    private final Abis abis;

    BiometricInsert(Abis abis) {
        this.abis = abis;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        List<BiometricSample> samples = PacketIdentity.applicantSamples(file.packet());
        if (samples.isEmpty()) {
            return StageOutcome.passed(NO_BIOMETRICS);
        }
        try {
            abis.insert(CaseReferences.of(file.caseId()), samples);
        } catch (AbisException e) {
            return switch (e.failure()) {
                case BIOMETRICS_EMPTY, INVALID_BIOMETRICS, QUALITY_CHECK_FAILED ->
                    StageOutcome.rejected(UNUSABLE, "The ABIS refused the applicant's biometrics: " + e.failure());
                default -> StageOutcome.retryLater(UNUSABLE, "The ABIS failed: " + e.failure());
            };
        }
        return StageOutcome.passed(INSERTED);
    }
}
