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
 * MOSIP's supervisor validator: when the packet names a supervisor ({@code supervisorId}), that
 * person must be active staff with the {@code SUPERVISOR} role at the packet's centre. MOSIP routes
 * a packet without a supervisor past this stage; here the stage passes with {@code
 * RPR-SVM-SKIPPED-001} so the history shows it was not checked. Biometric authentication of the
 * supervisor waits for ID authentication (issue 6).
 */
@Component
class SupervisorValidation implements Stage {

    static final String NAME = "SUPERVISOR_VALIDATION";
    static final String SKIPPED = "RPR-SVM-SKIPPED-001";
    static final StaffCheck CHECK = new StaffCheck("RPR-SVM", "supervisor", StaffRole.SUPERVISOR);

    private final ReferenceData reference;

    SupervisorValidation(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        RegistrationPacket packet = file.packet();
        Operator supervisor = packet.supervisor();
        if (supervisor == null || supervisor.id().isBlank()) {
            return StageOutcome.passed(SKIPPED);
        }
        return CHECK.check(reference, supervisor.id(), packet.centreId());
    }
}
