package org.openfid.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Virtual ids under MOSIP's policy model (Perpetual, Temporary, OneTimeUse: validity, transactions
 * allowed, instances allowed, auto-restore, restore-on-action), configurable per country through
 * {@code openfid.identity.vids.policy-file}. VIDs are stored by keyed hash against the identity's
 * internal id; their digits are returned once, at creation, and never stored.
 *
 * <p>Failures are {@link IdentityException}s: {@code INVALID_VID} for an unknown, malformed or
 * unusable VID (for an unusable one an {@link UnusableVidException}, which names and carries its
 * status), {@code VID_POLICY_FAILED} when the policy forbids the operation, {@code INVALID_UIN} /
 * {@code NO_RECORD_FOUND} for the UIN, {@code INVALID_INPUT} for an unknown VID type or status.
 * Nothing changes on failure.
 */
public interface Vids {

    /**
     * Creates a VID of {@code type} for the identity holding {@code uin}. When the policy's
     * instances are all in use and it allows auto-restore, the oldest active one is revoked first.
     */
    CreatedVid create(Uin uin, String type);

    /**
     * Sets a VID's status (REVOKED, INVALIDATED, ...). When the new status is the policy's
     * restore-on-action and auto-restore is allowed, a new VID of the same type is created.
     */
    StatusChange changeStatus(Vid vid, VidStatus status);

    /** Replaces a VID (ACTIVE, REVOKED, EXPIRED or USED) with a new one of the same type. */
    CreatedVid regenerate(Vid vid);

    /**
     * The identity an ACTIVE VID stands for. An expired VID becomes EXPIRED and is refused.
     */
    Resolved resolve(Vid vid);

    /** Counts one use of a VID; it becomes USED when its transactions run out. */
    VidDetails recordTransaction(Vid vid);

    /** Every VID of the identity holding {@code uin}, masked, newest first. */
    List<VidDetails> list(Uin uin);

    /** Deactivates every ACTIVE VID of the identity; returns how many changed. */
    int deactivateAll(Uin uin);

    /** Reactivates every DEACTIVATED VID of the identity; returns how many changed. */
    int reactivateAll(Uin uin);

    /**
     * A new VID, with its digits (shown this once).
     *
     * @param vid the VID
     * @param details what is stored about it
     */
    record CreatedVid(Vid vid, VidDetails details) {}

    /**
     * The outcome of a status change.
     *
     * @param details the VID after the change
     * @param restored the VID created to replace it, if the policy restores on this action
     */
    record StatusChange(VidDetails details, @Nullable CreatedVid restored) {}

    /**
     * The identity behind a VID.
     *
     * @param identity the identity's internal id
     * @param uin its UIN
     * @param details the VID
     */
    record Resolved(IdentityId identity, Uin uin, VidDetails details) {}
}
