package org.openfid.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openfid.platform.AuditRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.support.TransactionTemplate;

@AuditIntegrationTest
class PeriodicSealsTests {

    @Autowired
    PeriodicSeals periodicSeals;

    @Autowired
    ScheduledTaskHolder scheduler;

    @Autowired
    AuditRecorder recorder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void sealingIsScheduledAtTheConfiguredInterval() {
        assertThat(scheduler.getScheduledTasks())
                .extracting(scheduled -> scheduled.getTask())
                .filteredOn(FixedDelayTask.class::isInstance)
                .map(FixedDelayTask.class::cast)
                .anySatisfy(task -> {
                    assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(1));
                    assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofHours(1));
                });
    }

    @Test
    void aScheduledRunSealsTheLastEntryWhenEntriesArrived() {
        var fixture = new AuditFixture(recorder, jdbc, transactions);
        fixture.recordFacts(2);
        fixture.awaitDelivered();

        periodicSeals.sealIfNew();

        long lastEntry =
                jdbc.sql("SELECT max(seq) FROM audit.entry").query(Long.class).single();
        long lastSeal =
                jdbc.sql("SELECT max(seq) FROM audit.seal").query(Long.class).single();
        assertThat(lastSeal).isEqualTo(lastEntry);
    }
}
