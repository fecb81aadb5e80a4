package org.openfid.enrolment.correction;

import java.util.UUID;

/**
 * A correction packet answered a paused case's request: that case may resume. Published in the
 * answering stage's transaction, so the event publication registry keeps it until the case was
 * resumed, across a crash. Ids only.
 *
 * @param caseId the paused case
 */
public record CorrectionAnswered(UUID caseId) {}
