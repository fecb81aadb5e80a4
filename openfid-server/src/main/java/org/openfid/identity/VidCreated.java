package org.openfid.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A VID was created (also when one replaces a revoked or regenerated VID). Carries ids only, never
 * the VID's or the UIN's digits.
 *
 * @param vid the VID's internal id
 * @param identity the identity it stands for
 * @param type its policy type
 * @param occurredAt when it was created
 */
public record VidCreated(UUID vid, IdentityId identity, String type, Instant occurredAt) {}
