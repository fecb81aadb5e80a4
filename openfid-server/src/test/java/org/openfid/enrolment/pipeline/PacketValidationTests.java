package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.StageRecord;
import org.openfid.identity.Rid;
import org.openfid.packet.PacketProcess;

/** Real packets through intake and the validation stage: a good one passes, bad ones are rejected with the reason. */
class PacketValidationTests extends PipelineContext {

    @Test
    void aValidPacketPassesValidation() throws Exception {
        String rid = rid();
        submit(rid, written(packet(rid, 1, PacketProcess.NEW), MACHINE_KEY), "NEW", "APPROVED");

        pipeline.drain();

        assertThat(enrolments.history(new Rid(rid)))
                .extracting(StageRecord::stage, StageRecord::outcome, StageRecord::reasonCode)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(
                                "PACKET_RECEIVER", StageRecord.Outcome.PASSED, "RPR-PKR-SUCCESS-001"),
                        org.assertj.core.groups.Tuple.tuple(
                                "PACKET_VALIDATION", StageRecord.Outcome.PASSED, "RPR-PKV-SUCCESS-001"));
    }

    @Test
    void aPacketSignedByAnotherKeyIsRejected() throws Exception {
        String rid = rid();
        submit(rid, written(packet(rid, 2, PacketProcess.NEW), rsa()), "NEW", "APPROVED");

        pipeline.drain();

        var enrolment = enrolments.find(new Rid(rid)).orElseThrow();
        assertThat(enrolment.status()).isEqualTo(CaseStatus.REJECTED);
        StageRecord last = enrolments.history(new Rid(rid)).getLast();
        assertThat(last.stage()).isEqualTo("PACKET_VALIDATION");
        assertThat(last.reasonCode()).isEqualTo("RPR-PKV-FAILED-004");
        assertThat(last.reason()).contains("SIGNATURE_INVALID");
        assertThat(recorded.rejected).anySatisfy(event -> {
            assertThat(event.rid()).isEqualTo(rid);
            assertThat(event.reasonCode()).isEqualTo("RPR-PKV-FAILED-004");
        });
    }

    @Test
    void aRegistrationTheSupervisorRejectedIsRejected() throws Exception {
        String rid = rid();
        submit(rid, written(packet(rid, 3, PacketProcess.NEW), MACHINE_KEY), "NEW", "REJECTED");

        pipeline.drain();

        assertThat(enrolments.find(new Rid(rid)).orElseThrow().status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(enrolments.history(new Rid(rid)).getLast().reasonCode()).isEqualTo("RPR-PKV-FAILED-011");
    }

    @Test
    void aPacketUploadedUnderAnotherRidIsRejected() throws Exception {
        String rid = rid();
        String other = rid();
        submit(rid, written(packet(other, 4, PacketProcess.NEW), MACHINE_KEY), "NEW", "APPROVED");

        pipeline.drain();

        assertThat(enrolments.find(new Rid(rid)).orElseThrow().status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(enrolments.history(new Rid(rid)).getLast().reasonCode()).isEqualTo("RPR-PKV-FAILED-005");
    }
}
