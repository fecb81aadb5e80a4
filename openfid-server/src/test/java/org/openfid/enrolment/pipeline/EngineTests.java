package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.StageRecord;
import org.openfid.enrolment.StageRecord.Outcome;
import org.openfid.identity.Rid;

/**
 * The engine's own rules, through a test flow whose first stage does what each test says: retries
 * with back-off then parking, rollback of a failed stage's writes, pause and resume, rejection, and
 * two workers never running the same case twice.
 */
class EngineTests extends PipelineContext {

    @AfterEach
    void passAgain() {
        TestFlows.behaviour = TestFlows.Behaviour.PASS;
    }

    @Test
    void aStageThatKeepsFailingIsRetriedThenParkedAsFailed() throws Exception {
        TestFlows.behaviour = TestFlows.Behaviour.THROW;
        String rid = reprint();

        pipeline.drain();

        assertThat(status(rid)).isEqualTo(CaseStatus.FAILED);
        assertThat(CaseStatus.FAILED.external()).isEqualTo("REPROCESS_FAILED");
        List<StageRecord> history = enrolments.history(new Rid(rid)).subList(1, 4);
        assertThat(history)
                .extracting(StageRecord::outcome)
                .containsExactly(Outcome.RETRY, Outcome.RETRY, Outcome.FAILED);
        assertThat(history).extracting(StageRecord::attempt).containsExactly(1, 2, 3);
        assertThat(history).extracting(StageRecord::reasonCode).containsOnly(StageRunner.SYSTEM_ERROR);
        assertThat(history.getFirst().reason()).isEqualTo("The stage failed: IllegalStateException");
    }

    @Test
    void aParkedCaseResumedByAnOperatorRunsTheStageAgain() throws Exception {
        TestFlows.behaviour = TestFlows.Behaviour.RETRY_LATER;
        String rid = reprint();
        pipeline.drain();
        assertThat(status(rid)).isEqualTo(CaseStatus.FAILED);

        TestFlows.behaviour = TestFlows.Behaviour.PASS;
        assertThat(pipeline.resume(caseId(rid))).isTrue();
        pipeline.drain();

        assertThat(status(rid)).isEqualTo(CaseStatus.PROCESSED);
        assertThat(enrolments.history(new Rid(rid)).getLast().stage()).isEqualTo("TEST_SECOND");
        assertThat(recorded.completed).anyMatch(event -> event.rid().equals(rid));
        assertThat(pipeline.resume(caseId(rid)))
                .as("a processed case cannot be resumed")
                .isFalse();
    }

    @Test
    void theWritesOfAFailedStageAreRolledBack() throws Exception {
        TestFlows.behaviour = TestFlows.Behaviour.WRITE_THEN_THROW;
        String rid = reprint();

        pipeline.drain();

        assertThat(status(rid)).isEqualTo(CaseStatus.FAILED);
        assertThat(jdbc.sql("SELECT count(*) FROM enrolment.adjudication WHERE rid = :rid")
                        .param("rid", rid)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aReviewPausesTheCaseAtItsStageUntilResumed() throws Exception {
        TestFlows.behaviour = TestFlows.Behaviour.REVIEW;
        String rid = reprint();
        pipeline.drain();
        assertThat(status(rid)).isEqualTo(CaseStatus.PAUSED);
        assertThat(CaseStatus.PAUSED.external()).isEqualTo("PROCESSING");
        assertThat(pipeline.drain()).as("a paused case does not run").isZero();

        TestFlows.behaviour = TestFlows.Behaviour.REJECT;
        pipeline.resume(caseId(rid));
        pipeline.drain();

        assertThat(status(rid)).isEqualTo(CaseStatus.REJECTED);
        assertThat(enrolments.history(new Rid(rid)))
                .extracting(StageRecord::stage, StageRecord::outcome)
                .endsWith(
                        org.assertj.core.groups.Tuple.tuple("TEST_FIRST", Outcome.REVIEW),
                        org.assertj.core.groups.Tuple.tuple("TEST_FIRST", Outcome.REJECTED));
        assertThat(recorded.rejected)
                .anyMatch(e -> e.rid().equals(rid) && e.reasonCode().equals("TST-FAILED-001"));
    }

    @Test
    void twoWorkersRunEachStageOfEachCaseOnce() throws Exception {
        List<String> rids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rids.add(reprint());
        }
        try (var workers = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = List.of(workers.submit(pipeline::drain), workers.submit(pipeline::drain));
            int total = runs.get(0).get() + runs.get(1).get();
            assertThat(total).isGreaterThanOrEqualTo(24);
        }
        for (String rid : rids) {
            assertThat(status(rid)).isEqualTo(CaseStatus.PROCESSED);
            assertThat(TestFlows.RUNS.get(caseId(rid))).hasValue(1);
            assertThat(enrolments.history(new Rid(rid))).hasSize(3);
        }
    }

    @Test
    void theBackOffDoublesUpToAnHour() {
        assertThat(StageRunner.backOff(Duration.ofSeconds(5), 1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(StageRunner.backOff(Duration.ofSeconds(5), 3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(StageRunner.backOff(Duration.ofSeconds(5), 40)).isEqualTo(Duration.ofHours(1));
    }

    private UUID caseId(String rid) {
        return enrolments.find(new Rid(rid)).orElseThrow().id();
    }
}
