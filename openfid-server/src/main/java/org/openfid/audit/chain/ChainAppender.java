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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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
    private final NamedParameterJdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private @Nullable Thread worker;

    ChainAppender(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate batches,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
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
        List<AuditEntry> entries = new ArrayList<>(batch.size());
        long seq = head.seq();
        String hash = head.hash();
        for (Pending pending : batch) {
            if (!recorded.add(pending.fact().id())) {
                LOG.debug("Audit fact {} is already recorded", pending.fact().id());
                appended.add(false);
                continue;
            }
            AuditEntry entry = AuditEntry.chain(pending.fact(), seq + 1, hash, clock.instant());
            entries.add(entry);
            seq = entry.seq();
            hash = entry.hash();
            appended.add(true);
        }
        insertAll(entries);
        if (seq != head.seq()) {
            jdbc.sql("UPDATE audit.chain_head SET seq = :seq, hash = :hash WHERE id = 1")
                    .param("seq", seq)
                    .param("hash", hash)
                    .update();
        }
        return appended;
    }

    /** One JDBC batch; under the head lock no entry can already exist, so each must insert a row. */
    private void insertAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int[] counts = batches.batchUpdate(
                "INSERT INTO audit.entry (" + EntryStore.COLUMNS + ") VALUES (:seq, :eventId, :occurredAt,"
                        + " :recordedAt, :module, :action, :actor, :partner, :targetHash, :outcome, :detail,"
                        + " :requestId, :prevHash, :hash) ON CONFLICT (event_id) DO NOTHING",
                entries.stream().map(ChainAppender::parameters).toArray(SqlParameterSource[]::new));
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new IllegalStateException(
                        "Audit fact " + entries.get(i).eventId() + " appeared under the head lock");
            }
        }
    }

    private static SqlParameterSource parameters(AuditEntry entry) {
        return new MapSqlParameterSource()
                .addValue("seq", entry.seq())
                .addValue("eventId", entry.eventId())
                .addValue("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .addValue("recordedAt", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
                .addValue("module", entry.module())
                .addValue("action", entry.action())
                .addValue("actor", entry.actor())
                .addValue("partner", entry.partner())
                .addValue("targetHash", entry.targetHash())
                .addValue("outcome", entry.outcome())
                .addValue("detail", entry.detail())
                .addValue("requestId", entry.requestId())
                .addValue("prevHash", entry.prevHash())
                .addValue("hash", entry.hash());
    }

    /** A fact waiting for its batch. */
    private record Pending(ActionTaken fact, CompletableFuture<Boolean> result) {}
}
