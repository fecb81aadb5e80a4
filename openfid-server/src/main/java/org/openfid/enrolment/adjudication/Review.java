package org.openfid.enrolment.adjudication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.StageRecord;
import org.openfid.identity.Rid;

/**
 * One review as an adjudicator sees it: the case, the candidates with their scores (best first) and
 * what the pipeline did so far. The adjudicator's comment stays sealed and is not part of it.
 *
 * @param caseId the case
 * @param rid its registration id
 * @param status where the case is now
 * @param reasonCode the code of the stage that asked for the review
 * @param openedAt when the review was opened
 * @param receivedAt when the packet was received
 * @param verdict the decision, once taken
 * @param decidedBy who took it
 * @param decidedAt when
 * @param matches the suspected duplicates, best score first
 * @param history the case's stage history, oldest first
 */
public record Review(
        UUID caseId,
        Rid rid,
        CaseStatus status,
        String reasonCode,
        Instant openedAt,
        Instant receivedAt,
        @Nullable Verdict verdict,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        List<SuspectedMatch> matches,
        List<StageRecord> history) {

    public Review {
        matches = List.copyOf(matches);
        history = List.copyOf(history);
    }

    /** Whether the review still waits for a verdict. */
    public boolean open() {
        return verdict == null;
    }
}
