package org.openfid.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openfid.audit.AuditFixture;
import org.openfid.audit.AuditIntegrationTest;
import org.openfid.audit.AuditTrail;
import org.openfid.platform.ActionTaken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@AuditIntegrationTest
class ChainAppenderTests {

    @Autowired
    AuditFixture fixture;

    static final int THREADS = 8;
    static final int FACTS_PER_THREAD = 25;

    @Autowired
    ChainAppender appender;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void concurrentAppendsFormOneGapFreeChain() throws Exception {
        String action = "CONCURRENT_" + UUID.randomUUID();
        List<Future<?>> writers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int thread = 0; thread < THREADS; thread++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < FACTS_PER_THREAD; i++) {
                        assertThat(appender.append(fact(UUID.randomUUID(), action)))
                                .isTrue();
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        }

        long recorded = jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = :action")
                .param("action", action)
                .query(Long.class)
                .single();
        assertThat(recorded).isEqualTo(THREADS * FACTS_PER_THREAD);
        var shape = jdbc.sql("SELECT count(*) AS entries, min(seq) AS first, max(seq) AS last,"
                        + " count(DISTINCT prev_hash) AS predecessors FROM audit.entry")
                .query((rs, row) -> new long[] {
                    rs.getLong("entries"), rs.getLong("first"), rs.getLong("last"), rs.getLong("predecessors")
                })
                .single();
        assertThat(shape[1]).as("first position").isEqualTo(1);
        assertThat(shape[2]).as("last position").isEqualTo(shape[0]);
        assertThat(shape[3]).as("entries sharing a predecessor (a fork)").isEqualTo(shape[0]);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRedeliveredFactIsRecordedOnce() {
        ActionTaken fact = fact(UUID.randomUUID(), "REDELIVERED");

        assertThat(appender.append(fact)).isTrue();
        assertThat(appender.append(fact)).isFalse();

        assertThat(countOf(fact.id())).isEqualTo(1);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aFactDeliveredAgainByTheEventRegistryIsRecordedOnce() {
        ActionTaken fact = fact(UUID.randomUUID(), "DELIVERED_AGAIN");
        transactions.executeWithoutResult(status -> events.publishEvent(fact));
        await().atMost(Duration.ofSeconds(30)).until(() -> outstandingPublicationsOf(fact.id()) == 0);
        assertThat(countOf(fact.id())).isEqualTo(1);

        // The same fact again, as the registry delivers it after a restart interrupted the first delivery.
        // The redelivery must complete (a failing listener would leave its publication outstanding) and
        // add nothing.
        transactions.executeWithoutResult(status -> events.publishEvent(fact));
        await().atMost(Duration.ofSeconds(30)).until(() -> outstandingPublicationsOf(fact.id()) == 0);

        assertThat(countOf(fact.id())).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        long seq = fixture.recordFacts(1).getFirst();

        for (String statement : List.of(
                "UPDATE audit.entry SET actor = 'x' WHERE seq = " + seq,
                "DELETE FROM audit.entry WHERE seq = " + seq,
                "TRUNCATE audit.entry",
                "TRUNCATE audit.seal")) {
            assertThatThrownBy(() -> fixture.inRolledBackTransaction(statement))
                    .as(statement)
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .rootCause()
                    .hasMessageStartingWith("ERROR: audit.%s is append-only: %s is not allowed"
                            .formatted(
                                    statement.contains("seal") ? "seal" : "entry",
                                    statement.split(" ")[0]));
        }
        assertThat(trail.entries(seq - 1, 1).getFirst().actor()).isEqualTo("system");
    }

    private long countOf(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM audit.entry WHERE event_id = :id")
                .param("id", eventId)
                .query(Long.class)
                .single();
    }

    private long outstandingPublicationsOf(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND serialized_event LIKE :id")
                .param("id", "%" + eventId + "%")
                .query(Long.class)
                .single();
    }

    static ActionTaken fact(UUID id, String action) {
        return new ActionTaken(
                id,
                "audit-test",
                action,
                "tester",
                "partner-1",
                null,
                ActionTaken.Outcome.FAILURE,
                "ERR-1",
                "req-" + id,
                Instant.now());
    }
}
