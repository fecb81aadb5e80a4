package org.openfid.enrolment.pipeline;

/**
 * One step of a flow. The pipeline runs it inside the transaction that records its outcome, so its
 * database writes and the case's progress commit together or not at all. A stage must be idempotent:
 * after a crash, or after a retry, it runs again on the same case and must then do no harm (check
 * what an earlier run already did, never append twice).
 */
public interface Stage {

    /** The stable name written to the stage history, for example {@code PACKET_VALIDATION}. */
    String name();

    /**
     * Runs the stage on one case. Throwing means "transient failure": the transaction rolls back and
     * the case is retried with back-off, then parked as failed; a stage that knows the packet is bad
     * returns {@link StageOutcome.Rejected} instead.
     */
    StageOutcome run(CaseFile file);
}
