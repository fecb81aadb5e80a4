package org.openfid.identity;

/** The lifecycle status of a UIN, as MOSIP's {@code mosip.idrepo.identity.uin-status}. */
public enum UinStatus {
    /** In use: the person can authenticate. */
    ACTIVATED,
    /** Temporarily blocked (for example on suspected fraud); can be re-activated. */
    BLOCKED,
    /** Deactivated (for example death); its VIDs are deactivated too. */
    DEACTIVATED
}
