package org.openfid.identity.record;

import java.util.Optional;
import org.openfid.identity.IdentityId;
import org.openfid.identity.Vid;

/**
 * Resolves a VID to the identity it stands for, honouring the VID's status and policy (expired,
 * revoked or used-up VIDs resolve to nothing or fail with {@code INVALID_VID}). Implemented by the VID
 * part of this module; reads by VID are refused until a bean exists.
 */
public interface VidDirectory {

    Optional<IdentityId> holder(Vid vid);
}
