package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.StageRecord;
import org.openfid.enrolment.StageRecord.Outcome;
import org.openfid.enrolment.correction.CorrectionRequests;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.Rid;
import org.openfid.packet.BiometricException;
import org.openfid.packet.FieldCategory;
import org.openfid.packet.Operator;
import org.openfid.packet.PacketProcess;
import org.openfid.packet.RegistrationPacket;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * INTRODUCER_VALIDATION (a minor needs an introducer whose UIN is active or whose enrolment was
 * processed) and QUALITY_CLASSIFICATION (a poor finger pauses the case with a correction request
 * that a correction packet can answer; a finger declared missing is no failure).
 */
class IntroducerAndQualityTests extends StageChecksContext {

    @Autowired
    CorrectionRequests corrections;

    @Autowired
    IdNumbers numbers;

    @Test
    void aMinorWithoutIntroducerIsRejected() throws Exception {
        assertThat(introducer(minor(0), builder -> {})).isEqualTo("RPR-IVM-FAILED-001");
    }

    @Test
    void aMinorWhoseIntroducerUinBelongsToNobodyIsRejected() throws Exception {
        var random = new java.util.Random(20261123L);
        String unused;
        do {
            unused = String.valueOf(1_000_000_000L + random.nextLong(9_000_000_000L));
        } while (!numbers.isValidUin(unused));

        assertThat(introducer(minor(0), field("introducerUIN", unused))).isEqualTo("RPR-IVM-FAILED-002");
        assertThat(introducer(minor(0), field("introducerUIN", "1234567890"))).isEqualTo("RPR-IVM-FAILED-002");
    }

    @Test
    void aMinorWhoseIntroducerRidWasNeverRegisteredIsRejected() throws Exception {
        assertThat(introducer(minor(0), field("introducerRID", "1".repeat(29)))).isEqualTo("RPR-IVM-FAILED-004");
    }

    @Test
    void aMinorIntroducedByAProcessedEnrolmentPasses() throws Exception {
        String parent = rid(shared(), MONDAY_MORNING);
        var history = process(shared(), packet(parent, adult(12), builder -> {}));
        assertThat(enrolment(parent).status()).as(history.toString()).isEqualTo(CaseStatus.PROCESSED);

        assertThat(introducer(minor(0), field("introducerRID", parent))).isEqualTo("RPR-IVM-SUCCESS-001");
    }

    @Test
    void aPoorFingerPausesTheCaseUntilACorrectionAnswersItsRequest() throws Exception {
        String rid = rid(shared(), MONDAY_MORNING);
        int person = adult(13);
        var packet = packet(
                shared(),
                rid,
                person,
                MONDAY_MORNING,
                officer(station[0]),
                null,
                List.of(),
                biometrics(List.of(
                        finger(person, BiometricSubtype.RIGHT_THUMB, false),
                        finger(person, BiometricSubtype.LEFT_INDEX, true))));

        var history = process(shared(), packet);

        var paused = enrolment(rid);
        assertThat(paused.status()).isEqualTo(CaseStatus.PAUSED);
        assertThat(history.getLast())
                .extracting(StageRecord::stage, StageRecord::outcome, StageRecord::reasonCode)
                .containsExactly("QUALITY_CLASSIFICATION", Outcome.REVIEW, "RPR-QCK-FAILED-001");
        assertThat(history.getLast().reason()).contains("leftIndex").doesNotContain("rightThumb");
        var request = corrections.find(rid + "-BIOMETRIC_CORRECTION-1").orElseThrow();
        assertThat(request.caseId()).isEqualTo(paused.id());
        assertThat(request.rid()).isEqualTo(new Rid(rid));
        assertThat(request.answered()).isFalse();

        String minor = rid(shared(), MONDAY_MORNING);
        process(shared(), packet(minor, minor(0), field("introducerRID", rid)));
        assertThat(enrolments.history(new Rid(minor)))
                .anySatisfy(r -> assertThat(r.reasonCode()).isEqualTo("RPR-IVM-ON-HOLD-001"));

        // the centre sends a CORRECTION packet with good captures, naming the request in its sync
        String correction = rid(shared(), MONDAY_MORNING);
        submit(correction, correctionOf(correction, person), "CORRECTION", "APPROVED", request.requestId());
        pipeline.drain();
        awaitResumedAndDrained(rid);

        assertThat(enrolment(correction).status()).isEqualTo(CaseStatus.PROCESSED);
        assertThat(enrolments.history(new Rid(correction)).getLast().stage()).isEqualTo("CORRECTION_LINK");
        assertThat(record(enrolments.history(new Rid(rid)), "QUALITY_CLASSIFICATION")
                        .orElseThrow()
                        .reasonCode())
                .isEqualTo("RPR-QCK-SUCCESS-002");
        assertThat(corrections.ofCase(paused.id()).orElseThrow().answeredRid()).isEqualTo(new Rid(correction));
        assertThat(enrolment(rid).status())
                .as("the corrected registration goes on to its UIN")
                .isEqualTo(CaseStatus.PROCESSED);

        // a second packet cannot answer the same request
        String again = rid(shared(), MONDAY_MORNING);
        submit(again, correctionOf(again, person), "CORRECTION", "APPROVED", request.requestId());
        pipeline.drain();
        assertThat(enrolments.history(new Rid(again)).getLast().reasonCode()).isEqualTo("RPR-CRT-FAILED-002");
    }

    /** A CORRECTION packet with good captures of both fingers of {@code person}. */
    private org.openfid.packet.WrittenPacket correctionOf(String rid, int person) {
        var corrected = RegistrationPacket.builder(rid, PacketProcess.CORRECTION)
                .centre(station[0], station[1])
                .createdAt(MONDAY_MORNING)
                .officer(new Operator(officer(station[0]), null))
                .audit(java.util.Map.of("eventId", "REG-EVT-001", "moduleName", "Registration"));
        biometrics(List.of(
                        finger(person, BiometricSubtype.RIGHT_THUMB, false),
                        finger(person, BiometricSubtype.LEFT_INDEX, false)))
                .accept(corrected);
        return written(corrected.build(), MACHINE_KEY);
    }

    /** The correction resumes its case from an event after commit; wait for it, then run the pipeline. */
    private void awaitResumedAndDrained(String rid) throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
        while (enrolment(rid).status() == CaseStatus.PAUSED) {
            assertThat(java.time.Instant.now()).as("resumed within 20 s").isBefore(deadline);
            Thread.sleep(50);
        }
        pipeline.drain();
    }

    @Test
    void aFingerDeclaredMissingIsNotAQualityFailure() throws Exception {
        String rid = rid(shared(), MONDAY_MORNING);
        int person = adult(14);
        var packet = packet(
                shared(),
                rid,
                person,
                MONDAY_MORNING,
                officer(station[0]),
                null,
                List.of(),
                biometrics(List.of(
                                finger(person, BiometricSubtype.RIGHT_THUMB, false),
                                finger(person, BiometricSubtype.LEFT_INDEX, true)))
                        .andThen(builder ->
                                builder.exception(new BiometricException("leftIndex", "Missing", "Permanent"))));

        var history = process(shared(), packet);

        assertThat(record(history, "QUALITY_CLASSIFICATION").orElseThrow().reasonCode())
                .isEqualTo("RPR-QCK-SUCCESS-001");
        assertThat(corrections.ofCase(enrolment(rid).id())).isEmpty();
    }

    /** The INTRODUCER_VALIDATION code of a packet of {@code person} changed by {@code change}. */
    private String introducer(int person, Consumer<RegistrationPacket.Builder> change) throws Exception {
        String rid = rid(shared(), MONDAY_MORNING);
        var history = process(shared(), packet(rid, person, change));
        return record(history, "INTRODUCER_VALIDATION")
                .map(StageRecord::reasonCode)
                .orElse("not run");
    }

    private static Consumer<RegistrationPacket.Builder> field(String name, String value) {
        return builder -> builder.field(name, JsonNodeFactory.instance.stringNode(value), FieldCategory.EVIDENCE);
    }
}
