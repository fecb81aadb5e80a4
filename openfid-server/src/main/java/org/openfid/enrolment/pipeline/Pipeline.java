package org.openfid.enrolment.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.EnrolmentProperties;
import org.openfid.enrolment.EnrolmentReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workers that move cases through their flows. Each worker claims a runnable case, then keeps
 * running that case's stages one transaction at a time while they pass (so a packet is read once and
 * finishes quickly), and looks for other work when it pauses, ends or must wait for a retry. Workers
 * are woken by {@link EnrolmentReceived} and by resumed cases, and poll for due retries and for work
 * left by a crashed process; all state is in the database, so a restart simply carries on.
 */
@Component
public class Pipeline implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final StageRunner runner;
    private final CaseProgress progress;
    private final TransactionTemplate transactions;
    private final EnrolmentProperties properties;
    private final Clock clock;
    private final Semaphore signal = new Semaphore(0);
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    Pipeline(
            StageRunner runner,
            CaseProgress progress,
            TransactionTemplate transactions,
            EnrolmentProperties properties,
            Clock clock) {
        this.runner = runner;
        this.progress = progress;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Tells idle workers that there is work (a packet arrived, a case was resumed). */
    public void wake() {
        signal.release(Math.max(1, properties.pipelineWorkers()));
    }

    /**
     * Makes a paused or parked case run its current stage again (after an adjudicator's decision, a
     * correction, or an operator's retry of a failed case).
     *
     * @return whether the case was paused or parked
     */
    public boolean resume(UUID caseId) {
        Boolean resumed = transactions.execute(status -> progress.resume(caseId, clock.instant()));
        if (Boolean.TRUE.equals(resumed)) {
            wakeWhenVisible();
        }
        return Boolean.TRUE.equals(resumed);
    }

    /**
     * Wakes the workers now, and again after the surrounding transaction commits when the resume
     * joined one (a listener's): before that commit the case is not yet runnable for them.
     */
    void wakeWhenVisible() {
        wake();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        }
    }

    /**
     * Runs stages on the calling thread until no case is runnable now (tests, and nodes started with
     * no workers). Returns how many stage runs it did.
     */
    public int drain() {
        return drain(() -> true);
    }

    @ApplicationModuleListener
    void on(EnrolmentReceived received) {
        wake();
    }

    private void work() {
        while (running) {
            try {
                if (drain(() -> running) == 0) {
                    signal.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Pipeline worker error, continuing after the poll interval: {}", e.toString());
                pause();
            }
        }
    }

    private int drain(BooleanSupplier keepGoing) {
        int runs = 0;
        @Nullable UUID current = null;
        while (keepGoing.getAsBoolean()) {
            Optional<StageRunner.Ran> ran = runner.runOne(current);
            if (ran.isEmpty()) {
                if (current == null) {
                    return runs;
                }
                current = null;
                continue;
            }
            runs++;
            current = ran.get().runnable() ? ran.get().caseId() : null;
        }
        return runs;
    }

    private void pause() {
        try {
            Thread.sleep(properties.pollInterval());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < properties.pipelineWorkers(); i++) {
            workers.add(
                    Thread.ofPlatform().name("enrolment-pipeline-" + i).daemon().start(this::work));
        }
    }

    /** Lets each worker finish the stage it is running (its transaction commits or rolls back). */
    @Override
    public synchronized void stop() {
        running = false;
        wake();
        for (Thread worker : workers) {
            try {
                worker.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
