package org.openfid.enrolment.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.EnrolmentCompleted;
import org.openfid.enrolment.EnrolmentProperties;
import org.openfid.enrolment.EnrolmentRejected;
import org.openfid.enrolment.StageRecord.Outcome;
import org.openfid.identity.IdentityId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Runs one stage of one case in one transaction: claim the case row, run the stage, record its
 * outcome and move the case on, then commit. A stage that throws, or whose work was marked for
 * rollback, leaves nothing behind; its failure is then recorded in a second transaction as a retry
 * with exponential back-off, and after the last attempt the case is parked as {@code FAILED}.
 */
@Component
class StageRunner {

    static final String SYSTEM_ERROR = "RPR-SYS-EXCEPTION-001";
    static final String UNSUPPORTED = "RPR-SYS-UNSUPPORTED-001";
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(StageRunner.class);

    private final PlatformTransactionManager transactions;
    private final CaseProgress progress;
    private final Flows flows;
    private final CasePackets packets;
    private final CaseHolds holds;
    private final ApplicationEventPublisher events;
    private final EnrolmentProperties properties;
    private final Clock clock;

    StageRunner(
            PlatformTransactionManager transactions,
            CaseProgress progress,
            Flows flows,
            CasePackets packets,
            CaseHolds holds,
            ApplicationEventPublisher events,
            EnrolmentProperties properties,
            Clock clock) {
        this.transactions = transactions;
        this.progress = progress;
        this.flows = flows;
        this.packets = packets;
        this.holds = holds;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one run did: the case, and whether it can go on to its next stage right away. */
    record Ran(UUID caseId, boolean runnable) {}

    /**
     * Runs the current stage of {@code preferred} (when it is runnable and not locked elsewhere), or
     * of the case that has waited longest when {@code preferred} is null.
     */
    Optional<Ran> runOne(@Nullable UUID preferred) {
        TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
        Optional<CaseProgress.Claimed> claimed;
        try {
            Instant now = clock.instant();
            claimed = preferred == null ? progress.claimNext(now) : progress.claim(preferred, now);
        } catch (RuntimeException e) {
            transactions.rollback(tx);
            throw e;
        }
        if (claimed.isEmpty()) {
            transactions.commit(tx);
            return Optional.empty();
        }
        return Optional.of(run(claimed.get(), tx));
    }

    private Ran run(CaseProgress.Claimed claimed, TransactionStatus tx) {
        UUID caseId = claimed.facts().caseId();
        List<Stage> flow = flows.stages(claimed.facts().process());
        Stage stage = current(flow, claimed.nextStage());
        if (stage == null) {
            return unsupported(claimed, tx, flow.isEmpty());
        }
        CaseFile file = packets.file(claimed.facts());
        StageOutcome outcome;
        var cost = StageCost.start();
        try {
            outcome = stage.run(file);
            file.cost(cost.stop());
        } catch (RuntimeException e) {
            transactions.rollback(tx);
            LOG.warn(
                    "Stage {} of case {} failed on attempt {}: {}",
                    stage.name(),
                    caseId,
                    claimed.facts().attempt(),
                    e.toString());
            return afterRollback(
                    claimed,
                    stage,
                    flow,
                    retry("The stage failed: " + e.getClass().getSimpleName()));
        }
        if (tx.isRollbackOnly()) {
            transactions.rollback(tx);
            return afterRollback(claimed, stage, flow, rolledBack(outcome));
        }
        try {
            Ran ran = apply(claimed, stage, flow, outcome, file.notedIdentity(), file.cost());
            transactions.commit(tx);
            return ran;
        } catch (RuntimeException e) {
            if (!tx.isCompleted()) {
                transactions.rollback(tx);
            }
            LOG.warn("Stage {} of case {} could not be committed: {}", stage.name(), caseId, e.toString());
            return afterRollback(claimed, stage, flow, retry("The stage's work could not be committed"));
        }
    }

    /** A stage whose work was rolled back cannot have passed; a rejection or pause still stands. */
    private static StageOutcome rolledBack(StageOutcome outcome) {
        return outcome instanceof StageOutcome.Passed ? retry("The stage's work was rolled back") : outcome;
    }

    private static StageOutcome retry(String cause) {
        return StageOutcome.retryLater(SYSTEM_ERROR, cause);
    }

    /** Records an outcome in a new transaction, if the case is still where this run found it. */
    private Ran afterRollback(CaseProgress.Claimed claimed, Stage stage, List<Stage> flow, StageOutcome outcome) {
        UUID caseId = claimed.facts().caseId();
        TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            Optional<CaseProgress.Claimed> again = progress.claim(caseId, clock.instant());
            if (again.isEmpty()
                    || !java.util.Objects.equals(again.get().nextStage(), claimed.nextStage())
                    || again.get().facts().attempt() != claimed.facts().attempt()) {
                transactions.commit(tx);
                return new Ran(caseId, false); // another worker took it on meanwhile
            }
            Ran ran = apply(claimed, stage, flow, outcome, null, null);
            transactions.commit(tx);
            return ran;
        } catch (RuntimeException e) {
            if (!tx.isCompleted()) {
                transactions.rollback(tx);
            }
            throw e;
        }
    }

    private Ran apply(
            CaseProgress.Claimed claimed,
            Stage stage,
            List<Stage> flow,
            StageOutcome outcome,
            @Nullable IdentityId noted,
            @Nullable StageCost cost) {
        CaseFile.Facts facts = claimed.facts();
        Instant now = clock.instant();
        Done done = new Done(facts, stage, cost, now);
        if (noted != null) {
            progress.identity(facts.caseId(), noted, now);
        }
        IdentityId identity = noted != null ? noted : facts.identityId();
        return switch (outcome) {
            case StageOutcome.Passed passed -> passed(done, following(flow, stage), passed, identity);
            case StageOutcome.Rejected rejected -> rejected(done, rejected);
            case StageOutcome.NeedsReview review -> paused(done, review);
            case StageOutcome.Held held -> held(done, held);
            case StageOutcome.RetryLater retry -> retryOrPark(done, retry);
        };
    }

    /** A stage run that ended: the case, the stage, its cost and when. */
    private record Done(
            CaseFile.Facts facts, Stage stage, @Nullable StageCost cost, Instant now) {}

    private void record(Done done, Outcome outcome, StageOutcome detail) {
        progress.record(
                done.facts().caseId(),
                done.stage().name(),
                outcome,
                detail,
                done.facts().attempt(),
                done.cost(),
                done.now());
    }

    private Ran passed(Done done, @Nullable Stage next, StageOutcome.Passed passed, @Nullable IdentityId identity) {
        CaseFile.Facts facts = done.facts();
        Instant now = done.now();
        record(done, Outcome.PASSED, passed);
        if (next != null) {
            progress.advance(facts.caseId(), next.name(), now);
            return new Ran(facts.caseId(), true);
        }
        progress.finish(facts.caseId(), CaseStatus.PROCESSED, passed.code(), now);
        events.publishEvent(new EnrolmentCompleted(
                facts.caseId(), facts.rid().value(), facts.process(), identity == null ? null : identity.value()));
        packets.forget(facts.caseId());
        return new Ran(facts.caseId(), false);
    }

    private Ran rejected(Done done, StageOutcome.Rejected rejected) {
        CaseFile.Facts facts = done.facts();
        Stage stage = done.stage();
        Instant now = done.now();
        record(done, Outcome.REJECTED, rejected);
        progress.finish(facts.caseId(), CaseStatus.REJECTED, rejected.code(), now);
        events.publishEvent(new EnrolmentRejected(
                facts.caseId(), facts.rid().value(), facts.process(), stage.name(), rejected.code()));
        packets.forget(facts.caseId());
        return new Ran(facts.caseId(), false);
    }

    private Ran paused(Done done, StageOutcome.NeedsReview review) {
        CaseFile.Facts facts = done.facts();
        Instant now = done.now();
        record(done, Outcome.REVIEW, review);
        progress.hold(facts.caseId(), CaseStatus.PAUSED, review.code(), now);
        packets.forget(facts.caseId());
        return new Ran(facts.caseId(), false);
    }

    /**
     * Pauses the case until the awaited enrolment ends, unless it has ended by now: the hold row is
     * written first, then the awaited case is read under a share lock ({@link CaseHolds#settled}), so
     * either that enrolment's end is seen here and the stage runs again at once, or its end comes
     * after this commit and releases the hold.
     */
    private Ran held(Done done, StageOutcome.Held held) {
        CaseFile.Facts facts = done.facts();
        if (held.awaited().equals(facts.rid())) {
            throw new IllegalStateException("A case cannot wait for its own enrolment");
        }
        holds.hold(facts.caseId(), facts.rid(), held.awaited(), done.stage().name(), held.code(), done.now());
        if (holds.settled(held.awaited())) {
            holds.forget(facts.caseId());
            record(done, Outcome.RETRY, StageOutcome.retryLater(held.code(), "The awaited enrolment has just ended"));
            progress.retryAt(facts.caseId(), facts.attempt(), done.now(), done.now());
            return new Ran(facts.caseId(), true);
        }
        record(done, Outcome.HELD, held);
        progress.hold(facts.caseId(), CaseStatus.PAUSED, held.code(), done.now());
        packets.forget(facts.caseId());
        return new Ran(facts.caseId(), false);
    }

    private Ran retryOrPark(Done done, StageOutcome.RetryLater retry) {
        CaseFile.Facts facts = done.facts();
        Stage stage = done.stage();
        Instant now = done.now();
        int attempt = facts.attempt();
        if (attempt >= properties.maxAttempts()) {
            record(done, Outcome.FAILED, retry);
            progress.hold(facts.caseId(), CaseStatus.FAILED, retry.code(), now);
            LOG.warn("Case {} parked as FAILED at stage {} after {} attempts", facts.caseId(), stage.name(), attempt);
            packets.forget(facts.caseId());
        } else {
            record(done, Outcome.RETRY, retry);
            progress.retryAt(facts.caseId(), attempt + 1, now.plus(backOff(attempt)), now);
        }
        return new Ran(facts.caseId(), false);
    }

    /** The wait after attempt {@code attempt}: the retry delay, doubled for each earlier retry. */
    Duration backOff(int attempt) {
        return backOff(properties.retryDelay(), attempt);
    }

    /** {@code first} doubled for each attempt after the first, at most an hour. */
    static Duration backOff(Duration first, int attempt) {
        Duration wait = first.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** A case whose process has no flow, or whose stage the flow no longer has. */
    private Ran unsupported(CaseProgress.Claimed claimed, TransactionStatus tx, boolean noFlow) {
        CaseFile.Facts facts = claimed.facts();
        Stage named = new NamedOnly(claimed.nextStage() == null ? "PIPELINE" : claimed.nextStage());
        Instant now = clock.instant();
        Done done = new Done(facts, named, null, now);
        Ran ran = noFlow
                ? rejected(
                        done,
                        new StageOutcome.Rejected(UNSUPPORTED, "This platform has no flow for this registration type"))
                : retryOrPark(done, new StageOutcome.RetryLater(SYSTEM_ERROR, "The flow has no such stage any more"));
        transactions.commit(tx);
        return ran;
    }

    private static @Nullable Stage current(List<Stage> flow, @Nullable String name) {
        if (flow.isEmpty()) {
            return null;
        }
        if (name == null) {
            return flow.getFirst();
        }
        return flow.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static @Nullable Stage following(List<Stage> flow, Stage stage) {
        int index = flow.indexOf(stage);
        return index + 1 < flow.size() ? flow.get(index + 1) : null;
    }

    /** Stands for a stage that is not in the flow, so its history row can still name it. */
    private record NamedOnly(String name) implements Stage {
        @Override
        public StageOutcome run(CaseFile file) {
            throw new IllegalStateException("Not a runnable stage");
        }
    }
}
