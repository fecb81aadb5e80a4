package org.openfid.authentication.bio;

import java.time.Instant;
import org.openfid.identity.IdentityId;
import org.openfid.identity.IdentityRecord;

/**
 * Which enrolment of which person a match is against: the identity and the version of its record.
 * Every change to an identity's biometrics writes a new version, and the documents of a version are
 * never rewritten, so templates extracted for one {@code Enrolment} stay valid for exactly that
 * enrolment; the time the version was written guards against a version number reused after a
 * database restore (ADR 0028).
 *
 * @param identity the identity's internal id
 * @param version the record version whose biometrics were (or will be) read
 * @param writtenAt when that version was written
 */
public record Enrolment(IdentityId identity, int version, Instant writtenAt) {

    /** The enrolment a record read holds. */
    public static Enrolment of(IdentityRecord record) {
        return new Enrolment(record.id(), record.version(), record.updatedAt());
    }
}
