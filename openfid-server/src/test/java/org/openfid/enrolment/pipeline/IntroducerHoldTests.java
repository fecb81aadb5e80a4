package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.StageRecord;
import org.openfid.enrolment.StageRecord.Outcome;
import org.openfid.identity.Rid;
import org.openfid.packet.FieldCategory;
import org.openfid.packet.RegistrationPacket;
import org.openfid.packet.WrittenPacket;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Holds (ADR 0019): a minor whose introducer's packet is not processed yet waits PAUSED at
 * INTRODUCER_VALIDATION with a hold row, and goes on when the introducer's enrolment ends, processed
 * (the child passes) or rejected (the child is rejected); a repeated completion event resumes
 * nothing; an enrolment that ended while the hold was written is seen at once (also when its last
 * stage was still running: the hold's re-read waits for it), and the sweep
 * releases a hold whose awaited enrolment ended without its event being handled.
 */
class IntroducerHoldTests extends StageChecksContext {

    private static final String HELD_CODE = "RPR-IVM-ON-HOLD-001";

    @Autowired
    HoldRelease release;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @AfterEach
    void passAgain() {
        TestFlows.behaviour = TestFlows.Behaviour.PASS;
    }

    @Test
    void aMinorIsHeldUntilItsIntroducersEnrolmentIsProcessed() throws Exception {
        String parent = rid(shared(), MONDAY_MORNING);
        WrittenPacket parentPacket = written(packet(parent, adult(30), builder -> {}), MACHINE_KEY);
        sync(parent, parentPacket, "NEW", "APPROVED", null);
        String child = rid(shared(), MONDAY_MORNING);

        var history = process(shared(), packet(child, minor(30), introducer(parent)));

        assertThat(enrolment(child).status()).isEqualTo(CaseStatus.PAUSED);
        assertThat(history.getLast())
                .extracting(StageRecord::stage, StageRecord::outcome, StageRecord::reasonCode, StageRecord::reason)
                .containsExactly(
                        "INTRODUCER_VALIDATION",
                        Outcome.HELD,
                        HELD_CODE,
                        "The introducer's packet was synced but not received yet");
        assertThat(heldOn(parent)).containsExactly(child);
        assertThat(pipeline.drain()).as("a held case does not run").isZero();

        upload(parent, parentPacket);
        pipeline.drain();
        assertThat(enrolment(parent).status()).isEqualTo(CaseStatus.PROCESSED);
        awaitResumedAndDrained(child);

        assertThat(enrolment(child).status()).isEqualTo(CaseStatus.PROCESSED);
        assertThat(record(enrolments.history(new Rid(child)), "INTRODUCER_VALIDATION")
                        .orElseThrow()
                        .reasonCode())
                .isEqualTo("RPR-IVM-SUCCESS-001");
        assertThat(heldOn(parent)).isEmpty();
    }

    @Test
    void aMinorIsRejectedWhenItsIntroducersEnrolmentIsRejected() throws Exception {
        String parent = rid(shared(), MONDAY_MORNING);
        // a minor with no introducer of its own: the parent's packet is rejected at INTRODUCER_VALIDATION
        WrittenPacket parentPacket = written(packet(parent, minor(30), builder -> {}), MACHINE_KEY);
        sync(parent, parentPacket, "NEW", "APPROVED", null);
        String child = rid(shared(), MONDAY_MORNING);
        process(shared(), packet(child, minor(30), introducer(parent)));
        assertThat(enrolment(child).status()).isEqualTo(CaseStatus.PAUSED);

        upload(parent, parentPacket);
        pipeline.drain();
        assertThat(enrolment(parent).status()).isEqualTo(CaseStatus.REJECTED);
        awaitResumedAndDrained(child);

        assertThat(enrolment(child).status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(enrolments.history(new Rid(child)).getLast())
                .extracting(StageRecord::stage, StageRecord::outcome, StageRecord::reasonCode)
                .containsExactly("INTRODUCER_VALIDATION", Outcome.REJECTED, "RPR-IVM-FAILED-005");
        assertThat(recorded.rejected)
                .anyMatch(e -> e.rid().equals(child) && e.reasonCode().equals("RPR-IVM-FAILED-005"));
    }

    @Test
    void aMinorNamingItsOwnRidAsIntroducerIsRejectedNotHeld() throws Exception {
        String child = rid(shared(), MONDAY_MORNING);

        var history = process(shared(), packet(child, minor(30), introducer(child)));

        assertThat(history.getLast())
                .extracting(StageRecord::stage, StageRecord::outcome, StageRecord::reasonCode, StageRecord::reason)
                .containsExactly(
                        "INTRODUCER_VALIDATION",
                        Outcome.REJECTED,
                        "RPR-IVM-FAILED-004",
                        "The introducer's RID is the applicant's own");
        assertThat(heldOn(child)).isEmpty();
    }

    @Test
    void aRepeatedCompletionEventResumesNothing() throws Exception {
        String parent = rid(shared(), MONDAY_MORNING);
        WrittenPacket parentPacket = written(packet(parent, adult(30), builder -> {}), MACHINE_KEY);
        sync(parent, parentPacket, "NEW", "APPROVED", null);
        // the child's left index is faded: once released, it pauses again for a correction
        String child = rid(shared(), MONDAY_MORNING);
        int person = minor(30);
        process(
                shared(),
                packet(
                        shared(),
                        child,
                        person,
                        MONDAY_MORNING,
                        officer(station[0]),
                        null,
                        List.of(),
                        biometrics(List.of(
                                        finger(person, BiometricSubtype.RIGHT_THUMB, false),
                                        finger(person, BiometricSubtype.LEFT_INDEX, true)))
                                .andThen(introducer(parent))));
        upload(parent, parentPacket);
        pipeline.drain();
        awaitResumedAndDrained(child);
        assertThat(enrolments.history(new Rid(child)).getLast())
                .extracting(StageRecord::stage, StageRecord::outcome)
                .containsExactly("QUALITY_CLASSIFICATION", Outcome.REVIEW);
        var completed = recorded.completed.stream()
                .filter(e -> e.rid().equals(parent))
                .findFirst()
                .orElseThrow();

        release.on(completed);

        assertThat(enrolment(child).status()).isEqualTo(CaseStatus.PAUSED);
        assertThat(pipeline.drain()).as("the paused child was not resumed").isZero();
        assertThat(enrolments.history(new Rid(child)).getLast().stage()).isEqualTo("QUALITY_CLASSIFICATION");
    }

    @Test
    void anEnrolmentThatEndedWhileTheHoldWasWrittenIsSeenAtOnce() throws Exception {
        String awaited = reprint();
        pipeline.drain();
        assertThat(enrolment(awaited).status()).isEqualTo(CaseStatus.PROCESSED);
        TestFlows.awaited = new Rid(awaited);
        TestFlows.behaviour = TestFlows.Behaviour.HOLD_ONCE;
        String held = reprint();

        pipeline.drain();

        assertThat(enrolment(held).status()).isEqualTo(CaseStatus.PROCESSED);
        assertThat(enrolments.history(new Rid(held)))
                .extracting(StageRecord::stage, StageRecord::outcome, StageRecord::reasonCode)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("TEST_FIRST", Outcome.RETRY, "TST-ON-HOLD-001"),
                        org.assertj.core.groups.Tuple.tuple("TEST_FIRST", Outcome.PASSED, "TST-SUCCESS-001"));
        assertThat(heldOn(awaited)).isEmpty();
    }

    @Test
    void aHoldWaitsForTheAwaitedCasesRunningStageAndSeesItEnd() throws Exception {
        TestFlows.behaviour = TestFlows.Behaviour.REVIEW;
        String awaited = reprint();
        pipeline.drain();
        TestFlows.awaited = new Rid(awaited);
        TestFlows.behaviour = TestFlows.Behaviour.HOLD_ONCE;
        String held = reprint();
        var locked = new java.util.concurrent.CountDownLatch(1);
        var end = new java.util.concurrent.CountDownLatch(1);
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            // a worker running the awaited case's last stage: its row is locked until it commits the end
            var stage = threads.submit(() -> transactions.executeWithoutResult(status -> {
                jdbc.sql("SELECT id FROM enrolment.enrolment_case WHERE rid = :rid FOR UPDATE")
                        .param("rid", awaited)
                        .query(java.util.UUID.class)
                        .single();
                locked.countDown();
                await(end);
                jdbc.sql("UPDATE enrolment.enrolment_case SET status = 'PROCESSED', next_stage = NULL WHERE rid = :rid")
                        .param("rid", awaited)
                        .update();
            }));
            await(locked);
            var drained = threads.submit(() -> pipeline.drain());
            Instant deadline = Instant.now().plusSeconds(20);
            while (waitingOnALock() == 0) {
                assertThat(Instant.now())
                        .as("the hold's re-read waits for the lock")
                        .isBefore(deadline);
                Thread.sleep(20);
            }
            end.countDown();
            stage.get();
            drained.get();
        }

        assertThat(enrolment(held).status()).isEqualTo(CaseStatus.PROCESSED);
        assertThat(enrolments.history(new Rid(held)))
                .extracting(StageRecord::outcome, StageRecord::reasonCode)
                .contains(org.assertj.core.groups.Tuple.tuple(Outcome.RETRY, "TST-ON-HOLD-001"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(Outcome.HELD, "TST-ON-HOLD-001"));
        assertThat(heldOn(awaited)).isEmpty();
    }

    private int waitingOnALock() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                .query(Integer.class)
                .single();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSweepReleasesAHoldWhoseAwaitedEnrolmentHasEnded() throws Exception {
        TestFlows.behaviour = TestFlows.Behaviour.REVIEW;
        String awaited = reprint();
        pipeline.drain();
        TestFlows.awaited = new Rid(awaited);
        TestFlows.behaviour = TestFlows.Behaviour.HOLD_ONCE;
        String held = reprint();
        pipeline.drain();
        assertThat(enrolment(held).status()).isEqualTo(CaseStatus.PAUSED);
        assertThat(heldOn(awaited)).containsExactly(held);
        assertThat(release.sweep()).as("the awaited case is only paused").isZero();

        // the awaited case ends without its event reaching the listener (as if it ended mid-hold)
        jdbc.sql("UPDATE enrolment.enrolment_case SET status = 'PROCESSED', next_stage = NULL WHERE rid = :rid")
                .param("rid", awaited)
                .update();

        assertThat(release.sweep()).isEqualTo(1);
        assertThat(release.sweep()).as("released once").isZero();
        pipeline.drain();
        assertThat(enrolment(held).status()).isEqualTo(CaseStatus.PROCESSED);
    }

    private List<String> heldOn(String awaited) {
        return jdbc.sql("SELECT held_rid FROM enrolment.case_hold WHERE awaited_rid = :rid")
                .param("rid", awaited)
                .query(String.class)
                .list();
    }

    /** A release resumes its case from an event after commit; wait for it, then run the pipeline. */
    private void awaitResumedAndDrained(String rid) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (enrolment(rid).status() == CaseStatus.PAUSED
                && enrolments.history(new Rid(rid)).getLast().outcome() == Outcome.HELD) {
            assertThat(Instant.now()).as("released within 20 s").isBefore(deadline);
            Thread.sleep(50);
        }
        pipeline.drain();
    }

    /** A test-flow case under this class's station and working hours. */
    @Override
    String reprint() throws Exception {
        return reprint(rid(shared(), MONDAY_MORNING));
    }

    private static Consumer<RegistrationPacket.Builder> introducer(String rid) {
        return builder ->
                builder.field("introducerRID", JsonNodeFactory.instance.stringNode(rid), FieldCategory.EVIDENCE);
    }
}
