package org.openfid.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

@AuditIntegrationTest
class PeriodicSealsTests {

    @Autowired
    AuditFixture fixture;

    @Autowired
    PeriodicSeals periodicSeals;

    @Autowired
    ScheduledTaskHolder scheduler;

    @Autowired
    JdbcClient jdbc;

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
