package org.openfid.enrolment;

import java.time.Instant;
import java.util.UUID;
import org.openfid.identity.Rid;

/**
 * One enrolment: a received packet and where its processing is.
 *
 * @param id internal case id (events and stage history refer to it)
 * @param rid the registration id
 * @param process the flow its stages follow
 * @param status current status
 * @param receivedAt when the packet was accepted
 * @param updatedAt when the status last changed
 */
public record EnrolmentCase(
        UUID id, Rid rid, RegistrationType process, CaseStatus status, Instant receivedAt, Instant updatedAt) {}
