package org.openfid.enrolment;

import java.util.UUID;

/**
 * A packet was accepted and its case created (published in the same transaction through the event
 * publication registry, so the pipeline cannot miss it). Ids only.
 *
 * @param caseId the enrolment case
 * @param rid the registration id (names an enrolment, not a person)
 * @param process the flow to run
 */
public record EnrolmentReceived(UUID caseId, String rid, RegistrationType process) {}
