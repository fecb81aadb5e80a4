package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.StageRecord;
import org.openfid.enrolment.StageRecord.Outcome;
import org.openfid.packet.FieldCategory;
import org.openfid.packet.PacketDocument;
import org.openfid.spi.biometrics.BiometricSdk;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The validation stages of the NEW flow on real packets: a good packet passes every one (skipping
 * the supervisor and introducer checks it does not need), and packet validation refuses a packet
 * whose identity breaks the schema or whose document type the country does not accept.
 */
class ValidationStagesTests extends StageChecksContext {

    @Autowired
    BiometricSdk sdk;

    @Test
    void aGoodPacketPassesEveryValidationStage() throws Exception {
        String rid = rid(shared(), MONDAY_MORNING);

        var history = process(shared(), packet(rid, adult(5), builder -> {}));

        assertThat(history)
                .extracting(StageRecord::stage, StageRecord::outcome, StageRecord::reasonCode)
                .contains(
                        tuple("PACKET_VALIDATION", Outcome.PASSED, "RPR-PKV-SUCCESS-001"),
                        tuple("CMD_VALIDATION", Outcome.PASSED, "RPR-CMD-SUCCESS-001"),
                        tuple("OPERATOR_VALIDATION", Outcome.PASSED, "RPR-OVM-SUCCESS-001"),
                        tuple("SUPERVISOR_VALIDATION", Outcome.PASSED, "RPR-SVM-SKIPPED-001"),
                        tuple("INTRODUCER_VALIDATION", Outcome.PASSED, "RPR-IVM-SKIPPED-001"),
                        tuple("QUALITY_CLASSIFICATION", Outcome.PASSED, "RPR-QCK-SUCCESS-001"));
        assertThat(history).noneMatch(r -> r.outcome() != Outcome.PASSED);
        var quality = jdbc.sql("""
                        SELECT h.cpu_micros FROM enrolment.stage_history h JOIN enrolment.enrolment_case c
                            ON c.id = h.case_id WHERE c.rid = :rid AND h.stage = 'QUALITY_CLASSIFICATION'
                        """).param("rid", rid).query(Long.class).single();
        System.out.printf(
                "QUALITY_CLASSIFICATION: %.2f ms CPU for %d fingers, %.2f ms per finger (first run, cold)%n",
                quality / 1000.0, FINGERS.size(), quality / 1000.0 / FINGERS.size());
        printWarmQualityCost(adult(5));
    }

    /** CPU time of the SDK's quality check per finger once warm (printed, never asserted). */
    private void printWarmQualityCost(int person) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var samples = FINGERS.stream()
                .map(f -> finger(person, f, false).sample().orElseThrow())
                .toList();
        int rounds = 10;
        long start = threads.getCurrentThreadCpuTime();
        for (int round = 0; round < rounds; round++) {
            samples.forEach(sdk::checkQuality);
        }
        long perFinger = (threads.getCurrentThreadCpuTime() - start) / (rounds * samples.size());
        System.out.printf("SDK checkQuality, warm: %.2f ms CPU per finger (ISO decode + score)%n", perFinger / 1e6);
    }

    @Test
    void anIdentityThatBreaksTheSchemaIsRejectedNamingTheFieldsNotTheirValues() throws Exception {
        String rid = rid(shared(), MONDAY_MORNING);
        var broken = packet(
                rid,
                6,
                builder -> builder.field(
                                "email", JsonNodeFactory.instance.stringNode("not-an-address"), FieldCategory.OPTIONAL)
                        .field("favouriteColour", JsonNodeFactory.instance.stringNode("teal"), FieldCategory.OPTIONAL));

        var history = process(shared(), broken);

        assertThat(enrolment(rid).status()).isEqualTo(CaseStatus.REJECTED);
        StageRecord last = history.getLast();
        assertThat(last.stage()).isEqualTo("PACKET_VALIDATION");
        assertThat(last.reasonCode()).isEqualTo("RPR-PKV-FAILED-002");
        assertThat(last.reason()).contains("email", "favouriteColour").doesNotContain("not-an-address", "teal");
    }

    @Test
    void aDocumentOfATypeNotAcceptedForItsCategoryIsRejected() throws Exception {
        String rid = rid(shared(), MONDAY_MORNING);
        var bill = packet(
                rid,
                adult(7),
                builder -> builder.document(new PacketDocument(
                        "proofOfException",
                        "pdf",
                        "UTILITY_BILL",
                        "proofOfException",
                        null,
                        "%PDF-1.4 utility".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        FieldCategory.EVIDENCE)));

        var history = process(shared(), bill);

        assertThat(enrolment(rid).status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(history.getLast().reasonCode()).isEqualTo("RPR-PKV-FAILED-006");
        assertThat(history.getLast().reason()).contains("proofOfException");
    }
}
