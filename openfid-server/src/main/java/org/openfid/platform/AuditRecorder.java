package org.openfid.platform;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes {@link ActionTaken} facts for the audit trail.
 *
 * <p>Inside a transaction the fact joins it, so an action and its audit entry commit or roll back
 * together. Outside one (a failed request, a pure crypto call) a short transaction is opened so the
 * event publication registry stores the fact durably before the audit listener runs: nothing is lost
 * if the process stops before the entry is written.
 */
@Component
public class AuditRecorder {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final RequestContext requests;
    private final Clock clock;

    AuditRecorder(
            ApplicationEventPublisher events, TransactionTemplate transactions, RequestContext requests, Clock clock) {
        this.events = events;
        this.transactions = transactions;
        this.requests = requests;
        this.clock = clock;
    }

    /** Records a successful action by the current actor. */
    public void success(String module, String action, @Nullable String targetHash, @Nullable String detail) {
        record(module, action, targetHash, ActionTaken.Outcome.SUCCESS, detail);
    }

    /** Records a failed action by the current actor; {@code errorCode} says why. */
    public void failure(String module, String action, @Nullable String targetHash, String errorCode) {
        record(module, action, targetHash, ActionTaken.Outcome.FAILURE, errorCode);
    }

    private void record(
            String module,
            String action,
            @Nullable String targetHash,
            ActionTaken.Outcome outcome,
            @Nullable String detail) {
        var fact = new ActionTaken(
                UUID.randomUUID(),
                module,
                action,
                requests.actor(),
                requests.partner(),
                targetHash,
                outcome,
                detail,
                requests.requestId(),
                clock.instant());
        transactions.executeWithoutResult(status -> events.publishEvent(fact));
    }
}
