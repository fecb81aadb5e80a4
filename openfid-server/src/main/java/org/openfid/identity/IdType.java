package org.openfid.identity;

/** Which kind of identifier names an individual in a lookup, as MOSIP's {@code idType}. */
public enum IdType {
    UIN,
    VID,
    /** A handle: {@code value@field}, for example {@code 9876543210@phone} (MOSIP's postfix form). */
    HANDLE,
    RID
}
