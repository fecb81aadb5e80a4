package org.openfid.authentication.flow;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.authentication.bio.Enrolment;
import org.openfid.identity.AuthTypeLocks;
import org.openfid.identity.IdentityId;
import org.openfid.identity.IndividualId;
import org.openfid.identity.Uin;
import org.openfid.identity.Vid;
import tools.jackson.databind.node.ObjectNode;

/**
 * The person a request addresses, resolved. {@link #toString()} shows no number or data.
 *
 * @param identity the identity's internal id
 * @param uin its UIN (never returned to a partner)
 * @param addressedBy the id the partner gave
 * @param vid the VID used, if the partner gave one
 * @param data the identity JSON
 * @param hash keyed hash of the identity id: how the history and audit name the person
 * @param lockStatuses every authentication type's lock status, read with the record
 * @param enrolment the record version resolved: which enrolment biometric matching is against
 */
public record Individual(
        IdentityId identity,
        Uin uin,
        IndividualId addressedBy,
        @Nullable Vid vid,
        ObjectNode data,
        String hash,
        List<AuthTypeLocks.AuthTypeStatus> lockStatuses,
        Enrolment enrolment) {

    public Individual {
        lockStatuses = List.copyOf(lockStatuses);
    }

    /** Whether the person has locked {@code authType} (MOSIP's name: demo, otp, bio-FINGER, ...). */
    public boolean hasLocked(String authType) {
        return lockStatuses.stream()
                .anyMatch(status -> status.locked() && status.authType().equals(authType));
    }

    @Override
    public String toString() {
        return "Individual[" + identity + "]";
    }
}
