package org.openfid.enrolment.adjudication;

import org.openfid.enrolment.pipeline.Pipeline;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

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
        pipeline.resume(decided.caseId()); // wakes the workers again once this transaction commits
    }
}
