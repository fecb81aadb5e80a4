package org.openfid.enrolment.stages;

import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.masterdata.ReferenceData;
import org.openfid.masterdata.StaffRole;
import org.openfid.packet.Operator;
import org.openfid.packet.RegistrationPacket;
import org.springframework.stereotype.Component;

/**
 * MOSIP's operator validator: the registration officer named in the packet ({@code officerId}) must
 * be active staff with the {@code OPERATOR} role at the packet's centre ({@link StaffCheck}). A
 * packet without an officer is rejected: a station always records who registered the person.
 * Biometric authentication of the officer waits for ID authentication (issue 6).
 */
@Component
class OperatorValidation implements Stage {

    static final String NAME = "OPERATOR_VALIDATION";
    static final StaffCheck CHECK = new StaffCheck("RPR-OVM", "officer", StaffRole.OPERATOR);

    private final ReferenceData reference;

    OperatorValidation(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        RegistrationPacket packet = file.packet();
        Operator officer = packet.officer();
        if (officer == null || officer.id().isBlank()) {
            return StageOutcome.rejected(CHECK.unknown(), "The packet names no registration officer");
        }
        return CHECK.check(reference, officer.id(), packet.centreId());
    }
}
