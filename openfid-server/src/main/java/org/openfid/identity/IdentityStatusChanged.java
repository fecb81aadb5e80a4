package org.openfid.identity;

import java.time.Instant;

/**
 * An identity's UIN status changed. Carries ids only; the reason stays in the identity's history.
 *
 * @param identity the identity record
 * @param from the previous status
 * @param to the new status
 * @param occurredAt when it changed
 */
public record IdentityStatusChanged(IdentityId identity, UinStatus from, UinStatus to, Instant occurredAt) {}
