package org.openfid.enrolment;

import java.util.List;
import java.util.Optional;
import org.openfid.identity.Rid;

/** Read access to enrolment cases: status is a query, not a message. */
public interface Enrolments {

    /** The case of a registration id, if its packet was received. */
    Optional<EnrolmentCase> find(Rid rid);

    /** The case's stage history, oldest first; empty when there is no case. */
    List<StageRecord> history(Rid rid);
}
