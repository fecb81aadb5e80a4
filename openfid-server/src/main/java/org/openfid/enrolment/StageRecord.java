package org.openfid.enrolment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step in a case's history: a stage ran and ended with an outcome.
 *
 * @param stage stage name, for example {@code PACKET_RECEIVER}
 * @param outcome how it ended
 * @param reasonCode MOSIP-style sub-status code, for example {@code RPR-PKR-SUCCESS-001}
 * @param reason the reason in words for a rejection, retry or review (fixed texts, no packet values)
 * @param attempt which attempt of the stage this was (1 for the first)
 * @param occurredAt when it ended
 * @param cpuMicros CPU time of the stage's worker thread, -1 when not measured (intake rows, or a JVM
 *     without thread CPU time)
 * @param wallMicros elapsed time of the stage, -1 when not measured
 * @param allocatedBytes heap bytes the stage's worker thread allocated, -1 when not measured
 */
public record StageRecord(
        String stage,
        Outcome outcome,
        @Nullable String reasonCode,
        @Nullable String reason,
        int attempt,
        Instant occurredAt,
        long cpuMicros,
        long wallMicros,
        long allocatedBytes) {

    /** A step whose cost was not measured. */
    public StageRecord(
            String stage,
            Outcome outcome,
            @Nullable String reasonCode,
            @Nullable String reason,
            int attempt,
            Instant occurredAt) {
        this(stage, outcome, reasonCode, reason, attempt, occurredAt, -1, -1, -1);
    }

    /** The sealed outcomes of a stage. */
    public enum Outcome {
        PASSED,
        REJECTED,
        RETRY,
        REVIEW,
        FAILED,
        /** Paused until another enrolment ends (a hold). */
        HELD,
        /** An operator sent the parked case back to its stage. */
        REPROCESSED
    }
}
