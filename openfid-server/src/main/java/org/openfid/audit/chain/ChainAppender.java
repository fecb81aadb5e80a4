package org.openfid.audit.chain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.jspecify.annotations.Nullable;
import org.openfid.audit.AuditEntry;
import org.openfid.platform.ActionTaken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends every {@link ActionTaken} fact to the chain, once, in group commits.
 *
 * <p>The fact arrives after its publisher committed, from the event publication registry, which
 * redelivers it if the process stopped before this listener finished. The listener hands the fact to
 * one appender thread and waits until the batch holding it has committed, so the registry marks the
 * publication complete only once the entry is durable; if the batch fails, every listener in it fails
 * and its publication stays outstanding. The appender locks the one-row head table, skips facts
 * already recorded (a redelivery changes nothing), appends the rest in order and moves the head once:
 * the chain stays a single line with gap-free positions, also with several processes on one
 * database. One transaction per batch rather than per fact matters at hundreds of audited requests
 * per second: per-fact appends each held a connection while queueing for the head lock, starving the
 * pool that requests need.
 */
@Component
class ChainAppender {

    private static final Logger LOG = LoggerFactory.getLogger(ChainAppender.class);
    private static final int MAX_BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private @Nullable Thread worker;

    ChainAppender(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Not transactional itself: waiting for the batch must not hold a connection. */
    @Async
    @TransactionalEventListener
    void on(ActionTaken fact) {
        append(fact);
    }

    /**
     * Appends {@code fact} unless it is already recorded, returning once its batch has committed.
     *
     * @return whether a new entry was appended
     */
    boolean append(ActionTaken fact) {
        var pending = new Pending(fact, new CompletableFuture<>());
        queue.add(pending);
        startWorker();
        try {
            return pending.result().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private synchronized void startWorker() {
        if (worker == null) {
            worker = Thread.ofPlatform().name("audit-appender").daemon().start(this::drain);
        }
    }

    private void drain() {
        while (!Thread.currentThread().isInterrupted()) {
            List<Pending> batch = new ArrayList<>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                List<Boolean> appended = transactions.execute(status -> appendAll(batch));
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i)
                            .result()
                            .complete(java.util.Objects.requireNonNull(appended).get(i));
                }
            } catch (RuntimeException e) {
                LOG.warn("An audit batch of {} facts failed; their publications stay outstanding", batch.size(), e);
                batch.forEach(pending -> pending.result().completeExceptionally(e));
            }
        }
    }

    private List<Boolean> appendAll(List<Pending> batch) {
        ChainPosition head = jdbc.sql("SELECT seq, hash FROM audit.chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new ChainPosition(rs.getLong("seq"), rs.getString("hash")))
                .single();
        Set<UUID> recorded = new HashSet<>(jdbc.sql("SELECT event_id FROM audit.entry WHERE event_id IN (:ids)")
                .param("ids", batch.stream().map(p -> p.fact().id()).toList())
                .query(UUID.class)
                .list());
        List<Boolean> appended = new ArrayList<>(batch.size());
        long seq = head.seq();
        String hash = head.hash();
        for (Pending pending : batch) {
            if (!recorded.add(pending.fact().id())) {
                LOG.debug("Audit fact {} is already recorded", pending.fact().id());
                appended.add(false);
                continue;
            }
            AuditEntry entry = AuditEntry.chain(pending.fact(), seq + 1, hash, clock.instant());
            if (insert(entry) == 0) {
                throw new IllegalStateException("Audit fact " + entry.eventId() + " appeared under the head lock");
            }
            seq = entry.seq();
            hash = entry.hash();
            appended.add(true);
        }
        if (seq != head.seq()) {
            jdbc.sql("UPDATE audit.chain_head SET seq = :seq, hash = :hash WHERE id = 1")
                    .param("seq", seq)
                    .param("hash", hash)
                    .update();
        }
        return appended;
    }

    private int insert(AuditEntry entry) {
        return jdbc.sql("INSERT INTO audit.entry (" + EntryStore.COLUMNS + ") VALUES (:seq, :eventId, :occurredAt,"
                        + " :recordedAt, :module, :action, :actor, :partner, :targetHash, :outcome, :detail,"
                        + " :requestId, :prevHash, :hash) ON CONFLICT (event_id) DO NOTHING")
                .param("seq", entry.seq())
                .param("eventId", entry.eventId())
                .param("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .param("recordedAt", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
                .param("module", entry.module())
                .param("action", entry.action())
                .param("actor", entry.actor())
                .param("partner", entry.partner())
                .param("targetHash", entry.targetHash())
                .param("outcome", entry.outcome())
                .param("detail", entry.detail())
                .param("requestId", entry.requestId())
                .param("prevHash", entry.prevHash())
                .param("hash", entry.hash())
                .update();
    }

    /** A fact waiting for its batch. */
    private record Pending(ActionTaken fact, CompletableFuture<Boolean> result) {}
}
