package org.openfid.enrolment;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case ended {@code PROCESSED}: the identity was created, changed or found. Published in the
 * transaction of the last stage. Ids only.
 *
 * @param caseId the enrolment case
 * @param rid the registration id
 * @param process the flow it followed
 * @param identityId the identity it created, updated or found (internal id, never the UIN), if any
 */
public record EnrolmentCompleted(
        UUID caseId,
        String rid,
        RegistrationType process,
        @Nullable UUID identityId) {}
