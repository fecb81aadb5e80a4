package org.openfid.identity;

import java.util.Optional;

/**
 * The Java API of the identity registry for other modules (and for VIDs within this module).
 *
 * <p>The records work adds create, read (demographic/biometric/all), update, status changes and the
 * history to this interface; drafts are in their own interface.
 */
public interface Identities {

    /** The identity holding {@code uin}, if any. */
    Optional<IdentityRef> find(Uin uin);

    /** The identity with this internal id, if any. */
    Optional<IdentityRef> find(IdentityId id);

    /**
     * Who an identity is, without its data.
     *
     * @param id internal id
     * @param uin its UIN
     * @param status its current UIN status
     */
    record IdentityRef(IdentityId id, Uin uin, UinStatus status) {}
}
