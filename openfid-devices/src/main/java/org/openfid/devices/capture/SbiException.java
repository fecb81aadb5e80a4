package org.openfid.devices.capture;

import org.openfid.devices.SbiError;

/** A request the devices refuse, with the SBI error code to answer; the message is the code's text. */
public final class SbiException extends RuntimeException {

    private final SbiError error;

    public SbiException(SbiError error) {
        super(error.errorInfo(), null, false, false);
        this.error = error;
    }

    /** The SBI error to answer with. */
    public SbiError error() {
        return error;
    }
}
