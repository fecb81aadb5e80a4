package org.openfid.enrolment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step in a case's history: a stage ran and ended with an outcome.
 *
 * @param stage stage name, for example {@code PACKET_RECEIVER}
 * @param outcome how it ended
 * @param reasonCode MOSIP-style sub-status code, for example {@code RPR-PKR-SUCCESS-001}
 * @param occurredAt when it ended
 */
public record StageRecord(
        String stage, Outcome outcome, @Nullable String reasonCode, Instant occurredAt) {

    /** The sealed outcomes of a stage. */
    public enum Outcome {
        PASSED,
        REJECTED,
        RETRY,
        REVIEW,
        FAILED
    }
}
