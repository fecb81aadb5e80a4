package org.openfid.enrolment.stages;

import java.util.Optional;
import org.openfid.enrolment.correction.CorrectionAnswered;
import org.openfid.enrolment.correction.CorrectionRequest;
import org.openfid.enrolment.correction.CorrectionRequests;
import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The CORRECTION flow's work: the packet answers the correction request its sync names
 * ({@code additionalInfoReqId}); the answer is recorded and, once that commits, the paused case
 * resumes ({@link CorrectionAnswered}), reading the corrected biometrics from this packet. Answering is idempotent for the same packet,
 * and resuming a case that already runs changes nothing, so a re-run is harmless.
 */
@Component
class CorrectionLink implements Stage {

    static final String NAME = "CORRECTION_LINK";
    static final String LINKED = "RPR-CRT-SUCCESS-001";
    static final String NO_REQUEST = "RPR-CRT-FAILED-001";
    static final String ANSWERED = "RPR-CRT-FAILED-002";
    static final String NO_BIOMETRICS = "RPR-CRT-FAILED-003";

    private final CorrectionRequests corrections;
    private final ApplicationEventPublisher events;

    CorrectionLink(CorrectionRequests corrections, ApplicationEventPublisher events) {
        this.corrections = corrections;
        this.events = events;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        String requestId = file.facts().additionalInfoRequestId();
        Optional<CorrectionRequest> request = requestId == null ? Optional.empty() : corrections.find(requestId);
        if (request.isEmpty()) {
            return StageOutcome.rejected(NO_REQUEST, "The sync names no open correction request");
        }
        if (PacketIdentity.applicantSamples(file.packet()).isEmpty()) {
            return StageOutcome.rejected(NO_BIOMETRICS, "A biometric correction must carry the applicant's biometrics");
        }
        if (!corrections.answer(request.get().requestId(), file.rid())) {
            return StageOutcome.rejected(ANSWERED, "Another packet already answered this correction request");
        }
        events.publishEvent(new CorrectionAnswered(request.get().caseId()));
        return StageOutcome.passed(LINKED);
    }
}
