package org.openfid.identity;

/** The statuses of a VID, as MOSIP's {@code mosip.idrepo.vid.allowedstatus}. */
public enum VidStatus {
    /** Usable for authentication. */
    ACTIVE,
    /** Revoked by its holder or replaced by a newer VID. */
    REVOKED,
    /** Past its validity ({@code validForInMinutes}). */
    EXPIRED,
    /** Its allowed transactions are used up. */
    USED,
    /** Invalidated by an administrator. */
    INVALIDATED,
    /** Deactivated with its UIN; reactivated with it. */
    DEACTIVATED
}
