package org.openfid.enrolment.stages;

import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.packet.PacketProblem;
import org.openfid.packet.PacketReading;
import org.openfid.packet.RegistrationPacket;
import org.springframework.stereotype.Component;

/**
 * MOSIP's packet validator: the packet must open with this platform's key and verify completely
 * (layout, hashes, the machine's signatures, {@code ID.json}, CBEFF, audit), be the packet its sync
 * record announced (RID, process, centre and machine), and have been approved by the centre's
 * supervisor. Pure checks, so re-running it is harmless.
 */
@Component
class PacketValidation implements Stage {

    static final String NAME = "PACKET_VALIDATION";
    static final String PASSED = "RPR-PKV-SUCCESS-001";
    static final String STRUCTURE = "RPR-PKV-FAILED-001";
    static final String CHECKSUM = "RPR-PKV-FAILED-003";
    static final String SIGNATURE = "RPR-PKV-FAILED-004";
    static final String MISMATCH = "RPR-PKV-FAILED-005";
    static final String SUPERVISOR_REJECTED = "RPR-PKV-FAILED-011";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        if (!file.facts().supervisorApproved()) {
            return StageOutcome.rejected(SUPERVISOR_REJECTED, "The supervisor rejected the registration at the centre");
        }
        PacketReading reading = file.reading();
        if (!reading.valid()) {
            PacketProblem first = reading.problems().getFirst();
            return StageOutcome.rejected(code(first), first.toString());
        }
        RegistrationPacket packet = file.packet();
        if (!packet.rid().equals(file.rid().value())) {
            return StageOutcome.rejected(
                    MISMATCH, "The packet's RID differs from the RID it was synced and uploaded as");
        }
        if (!packet.process().name().equals(file.facts().process().name())) {
            return StageOutcome.rejected(
                    MISMATCH, "The packet's process differs from the registration type of its sync");
        }
        return StageOutcome.passed(PASSED);
    }

    private static String code(PacketProblem problem) {
        return switch (problem.code()) {
            case SIGNATURE_INVALID, DECRYPTION_FAILED -> SIGNATURE;
            case HASH_MISMATCH, ENCRYPTED_HASH_MISMATCH -> CHECKSUM;
            default -> STRUCTURE;
        };
    }
}
