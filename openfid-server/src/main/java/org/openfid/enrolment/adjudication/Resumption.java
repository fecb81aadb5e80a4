package org.openfid.enrolment.adjudication;

import org.openfid.enrolment.pipeline.Pipeline;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Resumes a case once its verdict has committed. The event publication registry holds the
 * {@link AdjudicationDecided} fact until this listener completed, and republishes it on restart, so a
 * crash between the decision and the resumption loses nothing; resuming twice is harmless (only a
 * paused case resumes). The stage that paused the case reads the verdict when it runs again.
 */
@Component
class Resumption {

    private final Pipeline pipeline;

    Resumption(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @ApplicationModuleListener
    void on(AdjudicationDecided decided) {
        if (pipeline.resume(decided.caseId()) && TransactionSynchronizationManager.isSynchronizationActive()) {
            // resume() joined this listener's transaction, so its wake-up came before the case was
            // visible as runnable; wake the workers again once it is.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pipeline.wake();
                }
            });
        }
    }
}
