package org.openfid.enrolment.correction;

import org.openfid.enrolment.pipeline.Pipeline;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
        if (pipeline.resume(answered.caseId()) && TransactionSynchronizationManager.isSynchronizationActive()) {
            // resume() joined this listener's transaction: wake the workers again once it is visible
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pipeline.wake();
                }
            });
        }
    }
}
