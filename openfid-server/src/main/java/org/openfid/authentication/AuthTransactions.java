package org.openfid.authentication;

import java.util.List;
import org.openfid.identity.IndividualId;

/** The authentication history of a person, for the resident portal and administrators. */
public interface AuthTransactions {

    /**
     * The person's most recent authentication requests, newest first, across their UIN and all their
     * VIDs.
     *
     * @throws IdaRefusal {@code IDA-MLC-002/004} for a malformed id, {@code IDA-MLC-018} when no
     *     identity holds it
     */
    List<AuthTransaction> history(IndividualId id, int limit);
}
