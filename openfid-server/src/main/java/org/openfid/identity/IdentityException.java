package org.openfid.identity;

import org.openfid.platform.OpenFidException;

/** An identity operation failed for a reason in {@link IdentityError}; nothing was changed. */
public class IdentityException extends OpenFidException {

    private final IdentityError error;

    public IdentityException(IdentityError error, String detail) {
        super(error.code(), error.status(), detail);
        this.error = error;
    }

    public IdentityException(IdentityError error) {
        this(error, error.message());
    }

    public IdentityException(IdentityError error, String detail, Throwable cause) {
        super(error.code(), error.status(), detail, cause);
        this.error = error;
    }

    public IdentityError error() {
        return error;
    }
}
