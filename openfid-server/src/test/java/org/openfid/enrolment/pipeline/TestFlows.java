package org.openfid.enrolment.pipeline;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openfid.enrolment.RegistrationType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The standard flows, plus a test flow for {@code RES_REPRINT} (a type the platform has no flow for)
 * made of stages whose behaviour each engine test sets: the test double of the engine's one
 * extension point, the real stages being tested in the flow tests.
 */
class TestFlows implements Flows {

    /** What the test stage does on its next runs. */
    enum Behaviour {
        PASS,
        THROW,
        WRITE_THEN_THROW,
        RETRY_LATER,
        REJECT,
        REVIEW,
        /** Holds once on {@link #awaited}, then passes. */
        HOLD_ONCE
    }

    static volatile Behaviour behaviour = Behaviour.PASS;
    static volatile org.openfid.identity.Rid awaited = new org.openfid.identity.Rid("0".repeat(29));
    static final Map<UUID, AtomicInteger> RUNS = new ConcurrentHashMap<>();

    private final Flows standard;
    private final List<Stage> test;

    TestFlows(Flows standard, JdbcClient jdbc) {
        this.standard = standard;
        this.test = List.of(new Controlled("TEST_FIRST", jdbc), new Counting("TEST_SECOND"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        Flows testFlows(@Qualifier("standardFlows") Flows standard, JdbcClient jdbc) {
            return new TestFlows(standard, jdbc);
        }
    }

    @Override
    public List<Stage> stages(RegistrationType process) {
        return process == RegistrationType.RES_REPRINT ? test : standard.stages(process);
    }

    /** Does what {@link #behaviour} says. */
    private record Controlled(String name, JdbcClient jdbc) implements Stage {
        @Override
        public StageOutcome run(CaseFile file) {
            return switch (behaviour) {
                case PASS -> StageOutcome.passed("TST-SUCCESS-001");
                case THROW -> throw new IllegalStateException("a transient failure");
                case WRITE_THEN_THROW -> {
                    jdbc.sql("INSERT INTO enrolment.adjudication (case_id, rid, reason_code, opened_at)"
                                    + " VALUES (:id, :rid, 'TST', now())")
                            .param("id", file.caseId())
                            .param("rid", file.rid().value())
                            .update();
                    throw new IllegalStateException("failed after writing");
                }
                case RETRY_LATER -> StageOutcome.retryLater("TST-RETRY-001", "the service is away");
                case REJECT -> StageOutcome.rejected("TST-FAILED-001", "refused by the test");
                case REVIEW -> StageOutcome.needsReview("TST-PENDING-001", "someone must look");
                case HOLD_ONCE -> {
                    behaviour = Behaviour.PASS;
                    yield StageOutcome.held("TST-ON-HOLD-001", "waits for another enrolment", awaited);
                }
            };
        }
    }

    /** Always passes, counting its runs per case. */
    private record Counting(String name) implements Stage {
        @Override
        public StageOutcome run(CaseFile file) {
            RUNS.computeIfAbsent(file.caseId(), id -> new AtomicInteger()).incrementAndGet();
            return StageOutcome.passed("TST-SUCCESS-002");
        }
    }
}
