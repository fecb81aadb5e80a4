package org.openfid.enrolment;

import java.util.UUID;

/**
 * A case ended {@code REJECTED}. Published in the transaction of the rejecting stage. Ids and the
 * reason code only.
 *
 * @param caseId the enrolment case
 * @param rid the registration id
 * @param process the flow it followed
 * @param stage the stage that rejected it
 * @param reasonCode the MOSIP-style sub-status code, for example {@code RPR-PKV-FAILED-003}
 */
public record EnrolmentRejected(UUID caseId, String rid, RegistrationType process, String stage, String reasonCode) {}
