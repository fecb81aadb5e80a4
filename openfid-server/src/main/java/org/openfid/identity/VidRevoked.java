package org.openfid.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A VID stopped being usable: revoked, replaced, invalidated or deactivated with its UIN. Carries
 * ids only.
 *
 * @param vid the VID's internal id
 * @param identity the identity it stood for
 * @param status its new status
 * @param occurredAt when it happened
 */
public record VidRevoked(UUID vid, IdentityId identity, VidStatus status, Instant occurredAt) {}
