package org.openfid.partner;

import org.openfid.platform.OpenFidException;

/** A partner or policy operation failed; {@link #error()} says why. */
public class PartnerException extends OpenFidException {

    private final PartnerError error;

    public PartnerException(PartnerError error) {
        this(error, error.message());
    }

    public PartnerException(PartnerError error, String message) {
        super(error.code(), error.status(), message);
        this.error = error;
    }

    public PartnerError error() {
        return error;
    }
}
