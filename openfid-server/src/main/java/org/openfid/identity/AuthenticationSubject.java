package org.openfid.identity;

import java.util.List;

/**
 * What authentication needs of a person, read in one database round trip: the current record with
 * its identity JSON (as {@link ReadScope#NONE}, no documents) and the status of every authentication
 * type. Hundreds of authentications a second make the second round trip a lock query would need
 * worth saving.
 *
 * @param record the current version
 * @param lockStatuses every type's status now, as {@link AuthTypeLocks#effective} gives them
 */
public record AuthenticationSubject(IdentityRecord record, List<AuthTypeLocks.AuthTypeStatus> lockStatuses) {

    public AuthenticationSubject {
        lockStatuses = List.copyOf(lockStatuses);
    }
}
