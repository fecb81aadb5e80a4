package org.openfid.enrolment.pipeline;

import java.time.Clock;
import org.openfid.enrolment.EnrolmentCompleted;
import org.openfid.enrolment.EnrolmentProperties;
import org.openfid.enrolment.EnrolmentRejected;
import org.openfid.identity.Rid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resumes the cases held on an enrolment once it has ended, processed or rejected. The events come
 * from the event publication registry after the ending stage committed (republished on restart, so a
 * crash in between loses nothing); the release deletes the holds it resumes, so a repeated event
 * resumes nothing. The held stage runs again and reads how the awaited enrolment ended. The workers'
 * sweep ({@link #sweep()}, every 30 s on processing nodes) releases holds whose awaited enrolment
 * ended while they were written.
 */
@Component
class HoldRelease {

    private static final Logger LOG = LoggerFactory.getLogger(HoldRelease.class);

    private final CaseHolds holds;
    private final Pipeline pipeline;
    private final TransactionTemplate transactions;
    private final EnrolmentProperties properties;
    private final Clock clock;

    HoldRelease(
            CaseHolds holds,
            Pipeline pipeline,
            TransactionTemplate transactions,
            EnrolmentProperties properties,
            Clock clock) {
        this.holds = holds;
        this.pipeline = pipeline;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EnrolmentCompleted completed) {
        release(new Rid(completed.rid()));
    }

    @ApplicationModuleListener
    void on(EnrolmentRejected rejected) {
        release(new Rid(rejected.rid()));
    }

    private void release(Rid awaited) {
        if (holds.release(awaited, clock.instant()) > 0) {
            pipeline.wakeWhenVisible();
        }
    }

    /** The safety net, on nodes that process (an intake-only node leaves it to them). */
    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT30S")
    void sweepIfProcessing() {
        if (properties.pipelineWorkers() > 0) {
            sweep();
        }
    }

    /** Releases the holds whose awaited enrolment has ended; returns how many cases resumed. */
    int sweep() {
        Integer resumed = transactions.execute(status -> holds.releaseSettled(clock.instant()));
        int count = resumed == null ? 0 : resumed;
        if (count > 0) {
            LOG.info("Released {} held case(s) whose awaited enrolment had ended", count);
            pipeline.wake();
        }
        return count;
    }
}
