package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openfid.enrolment.StageRecord;
import org.openfid.masterdata.Samples;
import org.openfid.masterdata.Staff;
import org.openfid.masterdata.StaffRole;

/**
 * OPERATOR_VALIDATION and SUPERVISOR_VALIDATION against master data: the officer and the supervisor
 * must be known, active, hold their role and work at the packet's centre.
 */
class StaffChecksTests extends StageChecksContext {

    @Test
    void anUnknownOfficerIsRejected() throws Exception {
        assertThat(outcome("operator.nobody", null, "OPERATOR_VALIDATION")).isEqualTo("RPR-OVM-FAILED-001");
    }

    @Test
    void anInactiveOfficerIsRejected() throws Exception {
        String retired = "operator." + Samples.fiveDigits();
        stores.of(Staff.class).create(new Staff(retired, "Retired", Set.of(StaffRole.OPERATOR), station[0], false, 0));

        assertThat(outcome(retired, null, "OPERATOR_VALIDATION")).isEqualTo("RPR-OVM-FAILED-002");
    }

    @Test
    void anOfficerOfAnotherCentreIsRejected() throws Exception {
        // operator.pam works at the demo centre 10001, not at the test centre
        assertThat(outcome("operator.pam", null, "OPERATOR_VALIDATION")).isEqualTo("RPR-OVM-FAILED-004");
    }

    @Test
    void aSupervisorOfTheCentrePasses() throws Exception {
        String supervisor = "supervisor." + Samples.fiveDigits();
        stores.of(Staff.class)
                .create(new Staff(supervisor, "Supervisor", Set.of(StaffRole.SUPERVISOR), station[0], true, 0));

        assertThat(outcome(officer(station[0]), supervisor, "SUPERVISOR_VALIDATION"))
                .isEqualTo("RPR-SVM-SUCCESS-001");
    }

    @Test
    void aSupervisorWithoutTheSupervisorRoleIsRejected() throws Exception {
        assertThat(outcome(officer(station[0]), officer(station[0]), "SUPERVISOR_VALIDATION"))
                .isEqualTo("RPR-SVM-FAILED-003");
    }

    private String outcome(String officer, @Nullable String supervisor, String stage) throws Exception {
        String rid = rid(shared(), MONDAY_MORNING);
        var packet = packet(shared(), rid, adult(11), MONDAY_MORNING, officer, supervisor, FINGERS, builder -> {});
        var history = process(shared(), packet);
        return record(history, stage).map(StageRecord::reasonCode).orElse("not run");
    }
}
