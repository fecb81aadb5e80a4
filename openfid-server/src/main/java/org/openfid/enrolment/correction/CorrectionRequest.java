package org.openfid.enrolment.correction;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.Rid;

/**
 * A request for a correction packet, and whether one answered it.
 *
 * @param requestId the id a correction packet's sync names as {@code additionalInfoReqId}
 * @param caseId the paused case
 * @param rid the paused case's registration id
 * @param reasonCode the stage code that paused it, for example {@code RPR-QCK-FAILED-001}
 * @param requestedAt when the request was made
 * @param answeredRid the RID of the correction packet that answered it, if one did
 */
public record CorrectionRequest(
        String requestId,
        UUID caseId,
        Rid rid,
        String reasonCode,
        Instant requestedAt,
        @Nullable Rid answeredRid) {

    /** Whether a correction packet answered it. */
    public boolean answered() {
        return answeredRid != null;
    }
}
