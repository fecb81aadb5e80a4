package org.openfid.identity;

import java.util.Optional;
import org.openfid.masterdata.CentreId;
import org.openfid.masterdata.MachineId;

/**
 * Issues and validates the platform's numbers: UINs and VIDs from pre-generated pools of numbers that
 * obey every configured rule, and RIDs from a per-(centre, machine) sequence.
 */
public interface IdNumbers {

    /**
     * Takes an unused UIN from the pool and marks it used within the caller's transaction: if that
     * transaction rolls back, the UIN goes back to the pool; if it commits, the UIN can never be
     * issued again.
     *
     * @throws IdentityException {@code UIN_GENERATION_FAILED} when the pool is empty and cannot be
     *     refilled in time
     */
    Uin issueUin();

    /**
     * Marks a UIN obtained elsewhere (for example from the idgenerator endpoint) as used, within the
     * caller's transaction.
     *
     * <p>A UIN handed out by the idgenerator endpoint and not yet acknowledged becomes assigned; a
     * UIN still in the pool leaves it; a UIN the platform never generated is recorded as used.
     *
     * @throws IdentityException {@code INVALID_UIN} when it breaks the rules, {@code RECORD_EXISTS}
     *     when it is already used
     */
    void claimUin(Uin uin);

    /** Takes an unused VID from the pool, like {@link #issueUin()}. */
    Vid issueVid();

    /**
     * The next RID for a machine at a centre, stamped with the current time (UTC).
     *
     * @throws IdentityException {@code INVALID_INPUT} when the machine is not an active machine of
     *     that centre
     */
    Rid nextRid(CentreId centre, MachineId machine);

    /** Whether {@code value} is a UIN under the configured rules (length, check digit, filters). */
    boolean isValidUin(String value);

    /** Whether {@code value} is a VID under the configured rules. */
    boolean isValidVid(String value);

    /** Whether {@code value} is a well-formed RID (length, digits, a real timestamp). */
    boolean isValidRid(String value);

    /** The first rule {@code value} breaks as a UIN, or empty when it is a valid UIN. */
    Optional<NumberRule> uinViolation(String value);

    /** The first rule {@code value} breaks as a VID, or empty when it is a valid VID. */
    Optional<NumberRule> vidViolation(String value);

    /** The first rule {@code value} breaks as an RID, or empty when it is a well-formed RID. */
    Optional<NumberRule> ridViolation(String value);
}
