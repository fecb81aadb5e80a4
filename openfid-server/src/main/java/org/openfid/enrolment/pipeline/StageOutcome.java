package org.openfid.enrolment.pipeline;

import org.openfid.identity.Rid;

/**
 * How a stage ended. Codes are MOSIP-style sub-status codes ({@code RPR-PKV-SUCCESS-001}); reasons
 * are fixed texts that never repeat packet values (they are shown to operators and residents).
 */
public sealed interface StageOutcome {

    /** The MOSIP-style sub-status code. */
    String code();

    /** Done; the case goes on to the next stage, or is processed after the last one. */
    record Passed(String code) implements StageOutcome {}

    /** The packet is refused for good; the case ends {@code REJECTED}. */
    record Rejected(String code, String reason) implements StageOutcome {}

    /** Something outside failed (a service, a lock); run the stage again later with back-off. */
    record RetryLater(String code, String cause) implements StageOutcome {}

    /**
     * A person must decide (adjudication) or the applicant must answer (correction): the case pauses
     * at this stage, which runs again once the case is resumed and then finds the answer.
     */
    record NeedsReview(String code, String reason) implements StageOutcome {}

    /**
     * The stage needs another enrolment to end first (MOSIP's on-hold, for example a minor's packet
     * whose introducer's packet is not processed yet): the case pauses at this stage, and the
     * pipeline runs the stage again once the enrolment of {@code awaited} ends processed or rejected.
     * The stage then finds how it ended. The awaited RID must not be the case's own.
     */
    record Held(String code, String reason, Rid awaited) implements StageOutcome {}

    static StageOutcome passed(String code) {
        return new Passed(code);
    }

    static StageOutcome rejected(String code, String reason) {
        return new Rejected(code, reason);
    }

    static StageOutcome retryLater(String code, String cause) {
        return new RetryLater(code, cause);
    }

    static StageOutcome needsReview(String code, String reason) {
        return new NeedsReview(code, reason);
    }

    static StageOutcome held(String code, String reason, Rid awaited) {
        return new Held(code, reason, awaited);
    }
}
