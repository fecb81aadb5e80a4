package org.openfid.enrolment.pipeline;

import org.openfid.platform.OpenFidException;

/**
 * A refused operator request on enrolment cases. Messages are fixed texts that never repeat the
 * registration id or parameter that came in.
 */
public class CaseOperationException extends OpenFidException {

    /** The registration id is not 29 digits. */
    public static final String INVALID_RID = "ENR-OPS-001";
    /** No enrolment case has this registration id. */
    public static final String NOT_FOUND = "ENR-OPS-002";
    /** Only a case parked as {@code FAILED} can be reprocessed. */
    public static final String NOT_FAILED = "ENR-OPS-003";
    /** The status filter is not one the list serves. */
    public static final String INVALID_STATUS = "ENR-OPS-004";
    /** Page or size outside the allowed bounds. */
    public static final String INVALID_PAGE = "ENR-OPS-005";

    CaseOperationException(String code, int status, String message) {
        super(code, status, message);
    }

    /** A registration id that is not 29 digits. */
    public static CaseOperationException invalidRid() {
        return new CaseOperationException(INVALID_RID, 400, "A registration id is 29 digits");
    }

    static CaseOperationException notFound() {
        return new CaseOperationException(NOT_FOUND, 404, "No enrolment case has this registration id");
    }

    static CaseOperationException notFailed() {
        return new CaseOperationException(NOT_FAILED, 409, "Only a case parked as FAILED can be reprocessed");
    }

    /** A status filter other than FAILED or PAUSED. */
    public static CaseOperationException invalidStatus() {
        return new CaseOperationException(INVALID_STATUS, 400, "status must be FAILED or PAUSED");
    }

    /** Page or size out of bounds; {@code message} is a fixed text. */
    public static CaseOperationException invalidPage(String message) {
        return new CaseOperationException(INVALID_PAGE, 400, message);
    }
}
