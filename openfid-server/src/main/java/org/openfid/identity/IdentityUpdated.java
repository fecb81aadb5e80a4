package org.openfid.identity;

/**
 * An identity record got a new version. Ids only: listeners read the data through {@link Identities}.
 *
 * @param identity the record
 * @param version its new version
 * @param rid the enrolment (or update request) that changed it
 */
public record IdentityUpdated(IdentityId identity, int version, Rid rid) {}
