package org.openfid.enrolment.adjudication;

import java.util.UUID;

/**
 * An adjudicator decided a review: the case may resume. Published in the decision's transaction,
 * so the event publication registry keeps it until the case was resumed, across a crash. Ids only.
 *
 * @param caseId the decided case
 */
public record AdjudicationDecided(UUID caseId) {}
