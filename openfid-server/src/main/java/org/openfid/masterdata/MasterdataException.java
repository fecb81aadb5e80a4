package org.openfid.masterdata;

import org.openfid.platform.OpenFidException;

/** A master data operation failed for a reason in {@link MasterdataError}; nothing was changed. */
public class MasterdataException extends OpenFidException {

    private final MasterdataError error;

    public MasterdataException(MasterdataError error, String detail) {
        super(error.code(), error.status(), detail);
        this.error = error;
    }

    public MasterdataException(MasterdataError error) {
        this(error, error.message());
    }

    public MasterdataError error() {
        return error;
    }
}
