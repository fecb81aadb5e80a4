package org.openfid.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java API of the identity registry for other modules (and for VIDs within this module).
 *
 * <p>Every change runs in one transaction: it validates, stores the sealed record, its history
 * version, its blobs' references, handles and update counts, publishes its event and records its
 * audit entry, or does none of these. Failures are {@link IdentityException}s.
 */
public interface Identities {

    /** The identity holding {@code uin}, if any. */
    Optional<IdentityRef> find(Uin uin);

    /** The identity with this internal id, if any. */
    Optional<IdentityRef> find(IdentityId id);

    /**
     * Creates an identity. The UIN is claimed (when given) or issued within the same transaction.
     *
     * @throws IdentityValidationException when the identity breaks the schema (nothing is stored)
     * @throws IdentityException {@code RECORD_EXISTS} for a used RID or UIN, {@code
     *     HANDLE_RECORD_EXISTS} when a selected handle belongs to someone else, {@code INVALID_UIN}
     *     for a UIN that breaks the rules
     */
    IdentityRef create(NewIdentity request);

    /**
     * Reads the current version of an identity.
     *
     * @throws IdentityException {@code NO_RECORD_FOUND} when nothing matches
     */
    IdentityRecord read(IndividualId id, ReadScope scope);

    /**
     * The identity holding {@code uin} with its authentication-type lock statuses, in one round trip,
     * or nothing. Unlike {@link #read} an absent identity is not a failure, so a caller's transaction
     * stays usable (authentication answers "not in database" and records that in the same transaction).
     */
    Optional<AuthenticationSubject> readForAuthentication(Uin uin);

    /**
     * Applies a partial update, as a new version.
     *
     * @throws IdentityException {@code CONCURRENT_UPDATE} when the record changed since {@code
     *     expectedVersion} (or during the update), {@code UPDATE_COUNT_LIMIT_EXCEEDED} when a field
     *     reached its schema limit, {@code INVALID_STATUS} when the UIN is not active, plus the
     *     failures of {@link #create}
     */
    IdentityRef update(IdentityChange change);

    /**
     * Changes the UIN status with a reason (kept sealed in the status history) and publishes {@link
     * IdentityStatusChanged}.
     *
     * @throws IdentityException {@code INVALID_STATUS} when it already has that status
     */
    IdentityRef changeStatus(IndividualId id, UinStatus status, String reason);

    /** How often each field was updated so far, and the limits, by field id. */
    Map<String, UpdateCount> updateCounts(IndividualId id);

    /** Every version of an identity, oldest first. */
    List<IdentityRecord> history(IdentityId id);

    /**
     * Who an identity is, without its data.
     *
     * @param id internal id
     * @param uin its UIN
     * @param status its current UIN status
     * @param version its current version
     */
    record IdentityRef(IdentityId id, Uin uin, UinStatus status, int version) {

        /** Compatibility with callers written against the first contract (version unknown to them). */
        public IdentityRef(IdentityId id, Uin uin, UinStatus status) {
            this(id, uin, status, 1);
        }
    }

    /**
     * Updates of one field.
     *
     * @param count updates so far
     * @param limit the schema's limit, or {@code null} for none
     */
    record UpdateCount(
            int count, @org.jspecify.annotations.Nullable Integer limit) {}
}
