package org.openfid.enrolment;

/**
 * Where an enrolment case is (MOSIP's internal registration status, reduced to what the pipeline
 * needs), with the external status a registration client or resident sees.
 */
public enum CaseStatus {
    /** Packet stored and acknowledged; no stage has run yet. */
    RECEIVED("RECEIVED"),
    /** A stage is running or will run. */
    PROCESSING("PROCESSING"),
    /** Waiting for something outside (correction, adjudication, a parent packet). */
    PAUSED("PROCESSING"),
    /** A stage keeps failing; parked for an operator instead of looping. */
    FAILED("REPROCESS_FAILED"),
    /** Finished: the identity was created or changed. */
    PROCESSED("PROCESSED"),
    /** Finished: refused with a reason. */
    REJECTED("REJECTED");

    private final String external;

    CaseStatus(String external) {
        this.external = external;
    }

    /** MOSIP's external status code ({@code /registrationstatus/search} {@code statusCode}). */
    public String external() {
        return external;
    }
}
