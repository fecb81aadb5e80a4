package org.openfid.enrolment.adjudication;

import java.time.Instant;
import java.util.UUID;
import org.openfid.identity.Rid;

/**
 * A review in the queue, waiting for a verdict.
 *
 * @param caseId the paused case
 * @param rid its registration id
 * @param reasonCode the code of the stage that asked for the review
 * @param openedAt when the review was opened (the queue's order)
 * @param receivedAt when the packet was received
 * @param candidates how many earlier registrations it may duplicate
 * @param topScore the best fused score among them (0 when there is none)
 */
public record OpenReview(
        UUID caseId,
        Rid rid,
        String reasonCode,
        Instant openedAt,
        Instant receivedAt,
        int candidates,
        double topScore) {}
