package org.openfid.identity;

/**
 * A new identity record was stored. Ids only: listeners read the data through {@link Identities}.
 *
 * @param identity the new record
 * @param version its version (1)
 * @param rid the enrolment that created it
 */
public record IdentityCreated(IdentityId identity, int version, Rid rid) {}
