package org.openfid.audit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.openfid.platform.AuditRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit integration tests do to the shared database: record facts the way every module does
 * and wait for the trail to hold them, and tamper with the tables the way someone with the table
 * owner's rights could, inside a transaction that is rolled back so the next test finds an intact
 * chain again. A bean of the shared audit test context ({@link AuditIntegrationTest} imports it).
 */
@Component
public final class AuditFixture {

    private final AuditRecorder recorder;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public AuditFixture(AuditRecorder recorder, JdbcClient jdbc, TransactionTemplate transactions) {
        this.recorder = recorder;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Records {@code count} facts through {@link AuditRecorder} and waits until each has its entry.
     *
     * @return the entries' positions, in chain order
     */
    public List<Long> recordFacts(int count) {
        String action =
                "TEST_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        for (int i = 0; i < count; i++) {
            recorder.success("audit-test", action, "target-" + i, "detail-" + i);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> positionsOf(action).size() == count);
        return positionsOf(action);
    }

    /** Waits until every published fact has been delivered, so no append is under way. */
    public void awaitDelivered() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    /** Positions of the entries with {@code action}, in chain order. */
    public List<Long> positionsOf(String action) {
        return jdbc.sql("SELECT seq FROM audit.entry WHERE action = :action ORDER BY seq")
                .param("action", action)
                .query(Long.class)
                .list();
    }

    /**
     * Disables the append-only triggers as the table owner, applies {@code tamper}, re-enables them,
     * then returns what {@code observe} sees, and rolls everything back. The chain head is locked
     * first so appends running meanwhile wait instead of deadlocking.
     */
    public <T> T tampered(Consumer<JdbcClient> tamper, Supplier<T> observe) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("SELECT seq FROM audit.chain_head WHERE id = 1 FOR UPDATE")
                    .query(Long.class)
                    .single();
            jdbc.sql("ALTER TABLE audit.entry DISABLE TRIGGER USER").update();
            jdbc.sql("ALTER TABLE audit.seal DISABLE TRIGGER USER").update();
            tamper.accept(jdbc);
            jdbc.sql("ALTER TABLE audit.entry ENABLE TRIGGER USER").update();
            jdbc.sql("ALTER TABLE audit.seal ENABLE TRIGGER USER").update();
            return observe.get();
        });
    }

    /** Runs {@code statement} in a transaction that is rolled back whatever happens. */
    public void inRolledBackTransaction(String statement) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql(statement).update();
        });
    }
}
