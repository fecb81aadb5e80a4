package org.openfid.enrolment.stages;

import java.util.Optional;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.masterdata.ReferenceData;
import org.openfid.masterdata.Staff;
import org.openfid.masterdata.StaffRole;

/**
 * The master-data half of MOSIP's operator and supervisor validators, shared by both: the person
 * exists in master data, is active, holds the role, and works at the packet's centre.
 *
 * <p>The other half, authenticating the officer's or supervisor's biometrics (or password, OTP)
 * captured in the packet against their identity through ID authentication, needs the authentication
 * service of issue 6 and is not done yet; the stages say so in their success reason.
 *
 * @param family the code family, {@code RPR-OVM} or {@code RPR-SVM}
 * @param who the person in the reasons: "officer" or "supervisor"
 */
record StaffCheck(String family, String who, StaffRole role) {

    String passed() {
        return family + "-SUCCESS-001";
    }

    String unknown() {
        return family + "-FAILED-001";
    }

    String inactive() {
        return family + "-FAILED-002";
    }

    String noRole() {
        return family + "-FAILED-003";
    }

    String otherCentre() {
        return family + "-FAILED-004";
    }

    /** Passed, or why {@code userId} may not have handled a registration at {@code centreId}. */
    StageOutcome check(ReferenceData reference, String userId, String centreId) {
        Optional<Staff> staff = reference.staff(userId);
        if (staff.isEmpty()) {
            return StageOutcome.rejected(unknown(), "The " + who + " is not known in master data");
        }
        if (!staff.get().active()) {
            return StageOutcome.rejected(inactive(), "The " + who + " is not active");
        }
        if (!staff.get().roles().contains(role)) {
            return StageOutcome.rejected(noRole(), "The " + who + " does not have the " + role + " role");
        }
        if (!centreId.equals(staff.get().centreId())) {
            return StageOutcome.rejected(otherCentre(), "The " + who + " does not work at the packet's centre");
        }
        return StageOutcome.passed(passed());
    }
}
