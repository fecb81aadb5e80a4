package org.openfid.identity;

/**
 * A VID that exists but may not be used now ({@code INVALID_VID}, the message naming its status).
 * The status is kept so that callers can tell a VID that is gone for good (revoked, used up) from
 * one that is only out of use (expired, deactivated, invalidated), as MOSIP's authentication does.
 */
public class UnusableVidException extends IdentityException {

    private final VidStatus status;

    public UnusableVidException(VidStatus status) {
        super(IdentityError.INVALID_VID, "VID is " + status);
        this.status = status;
    }

    /** The VID's status (never {@link VidStatus#ACTIVE}). */
    public VidStatus vidStatus() {
        return status;
    }
}
