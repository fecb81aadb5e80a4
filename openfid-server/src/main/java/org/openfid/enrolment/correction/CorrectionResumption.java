package org.openfid.enrolment.correction;

import org.openfid.enrolment.pipeline.Pipeline;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Resumes a paused case once the correction that answers it has committed (from the event
 * publication registry, so a crash in between loses nothing; resuming twice is harmless). Its stage
 * then finds the request answered and reads the corrected biometrics.
 */
@Component
class CorrectionResumption {

    private final Pipeline pipeline;

    CorrectionResumption(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @ApplicationModuleListener
    void on(CorrectionAnswered answered) {
        pipeline.resume(answered.caseId()); // wakes the workers again once this transaction commits
    }
}
